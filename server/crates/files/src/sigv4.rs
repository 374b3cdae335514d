//! AWS Signature Version 4 for S3 requests: what MinIO, Ceph, Garage and AWS itself accept.
//! Only what the file store needs: path-style requests without a query string, the payload's
//! SHA-256 signed in `x-amz-content-sha256`.

use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use time::macros::format_description;

type HmacSha256 = Hmac<Sha256>;

#[derive(Clone)]
pub struct Credentials {
    pub access_key: String,
    pub secret_key: String,
    pub region: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key", &self.access_key)
            .field("secret_key", &"[redacted]")
            .field("region", &self.region)
            .finish()
    }
}

pub fn hex_sha256(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn hmac(key: &[u8], data: &str) -> Vec<u8> {
    // HMAC takes keys of any length; this cannot fail.
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC accepts any key length");
    mac.update(data.as_bytes());
    mac.finalize().into_bytes().to_vec()
}

/// The request to sign.
pub struct Request<'a> {
    pub method: &'a str,
    pub host: &'a str,
    /// Already percent-encoded where needed, e.g. `/uploads/drafts/KP7Q/3f9a`.
    pub path: &'a str,
    pub payload_sha256: &'a str,
    /// Further headers to sign, lower-case names.
    pub headers: &'a [(&'a str, &'a str)],
}

/// The headers to send with the request: `x-amz-date`, `x-amz-content-sha256` and
/// `authorization`.
pub fn sign(
    credentials: &Credentials,
    request: &Request<'_>,
    now: OffsetDateTime,
) -> Vec<(&'static str, String)> {
    let now = now.to_offset(time::UtcOffset::UTC);
    let amz_date = now
        .format(format_description!(
            "[year][month][day]T[hour][minute][second]Z"
        ))
        .unwrap_or_default();
    let date = &amz_date[..8];
    let mut headers: Vec<(String, String)> = vec![
        ("host".into(), request.host.to_owned()),
        (
            "x-amz-content-sha256".into(),
            request.payload_sha256.to_owned(),
        ),
        ("x-amz-date".into(), amz_date.clone()),
    ];
    headers.extend(
        request
            .headers
            .iter()
            .map(|(name, value)| (name.to_lowercase(), value.trim().to_owned())),
    );
    headers.sort();
    let canonical_headers: String = headers.iter().map(|(n, v)| format!("{n}:{v}\n")).collect();
    let signed_headers = headers
        .iter()
        .map(|(n, _)| n.as_str())
        .collect::<Vec<_>>()
        .join(";");
    let canonical_request = format!(
        "{}\n{}\n\n{canonical_headers}\n{signed_headers}\n{}",
        request.method, request.path, request.payload_sha256
    );
    let scope = format!("{date}/{}/s3/aws4_request", credentials.region);
    let string_to_sign = format!(
        "AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{}",
        hex_sha256(canonical_request.as_bytes())
    );
    let key = [date, &credentials.region, "s3", "aws4_request"]
        .iter()
        .fold(
            format!("AWS4{}", credentials.secret_key).into_bytes(),
            |key, part| hmac(&key, part),
        );
    let signature = hex(&hmac(&key, &string_to_sign));
    vec![
        ("x-amz-date", amz_date),
        ("x-amz-content-sha256", request.payload_sha256.to_owned()),
        (
            "authorization",
            format!(
                "AWS4-HMAC-SHA256 Credential={}/{scope}, SignedHeaders={signed_headers}, Signature={signature}",
                credentials.access_key
            ),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    /// The worked example of AWS's documentation ("GET Object" with a range), whose signature
    /// is published.
    #[test]
    fn the_published_example_gets_the_published_signature() {
        let credentials = Credentials {
            access_key: "AKIAIOSFODNN7EXAMPLE".into(),
            secret_key: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY".into(),
            region: "us-east-1".into(),
        };
        let empty = hex_sha256(b"");
        let headers = sign(
            &credentials,
            &Request {
                method: "GET",
                host: "examplebucket.s3.amazonaws.com",
                path: "/test.txt",
                payload_sha256: &empty,
                headers: &[("range", "bytes=0-9")],
            },
            datetime!(2013-05-24 00:00 UTC),
        );
        let authorization = &headers
            .iter()
            .find(|(n, _)| *n == "authorization")
            .unwrap()
            .1;
        assert_eq!(
            authorization,
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, \
             SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, \
             Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"
        );
    }
}
