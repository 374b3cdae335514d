//! Time-based one-time passwords (RFC 6238, HMAC-SHA1, 30-second steps, 6 digits), the second
//! factor of a local staff login. A code is accepted one step early or late (clock drift), and
//! the step it matched is returned so that storage can refuse the same step twice (replay).

use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;
use time::OffsetDateTime;

const STEP_SECONDS: i64 = 30;
const DIGITS: u32 = 6;
const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// The shared secret of an authenticator app (20 random bytes).
#[derive(Clone, PartialEq, Eq)]
pub struct TotpSecret(Vec<u8>);

impl std::fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TotpSecret(…)")
    }
}

impl TotpSecret {
    pub fn from_bytes(bytes: [u8; 20]) -> Self {
        TotpSecret(bytes.to_vec())
    }

    /// Reads the base 32 form (RFC 4648, padding and spaces ignored, any case).
    pub fn parse(text: &str) -> Option<Self> {
        let mut bits: u64 = 0;
        let mut count = 0;
        let mut bytes = Vec::new();
        for c in text.chars().filter(|c| !c.is_whitespace() && *c != '=') {
            let value = BASE32
                .iter()
                .position(|b| char::from(*b) == c.to_ascii_uppercase())?;
            bits = (bits << 5) | u64::try_from(value).ok()?;
            count += 5;
            if count >= 8 {
                count -= 8;
                bytes.push(u8::try_from((bits >> count) & 0xff).ok()?);
            }
        }
        (bytes.len() >= 10).then_some(TotpSecret(bytes))
    }

    /// The base 32 form, as authenticator apps take it.
    pub fn to_base32(&self) -> String {
        let mut text = String::new();
        let mut bits: u64 = 0;
        let mut count = 0;
        for byte in &self.0 {
            bits = (bits << 8) | u64::from(*byte);
            count += 8;
            while count >= 5 {
                count -= 5;
                text.push(char::from(
                    BASE32[usize::try_from((bits >> count) & 31).unwrap_or(0)],
                ));
            }
        }
        if count > 0 {
            text.push(char::from(
                BASE32[usize::try_from((bits << (5 - count)) & 31).unwrap_or(0)],
            ));
        }
        text
    }

    /// The `otpauth://` address an authenticator app reads from a QR code.
    pub fn otpauth_uri(&self, issuer: &str, account: &str) -> String {
        let encode = |text: &str| -> String {
            text.bytes()
                .map(|b| match b {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => {
                        char::from(b).to_string()
                    }
                    _ => format!("%{b:02X}"),
                })
                .collect()
        };
        format!(
            "otpauth://totp/{}:{}?secret={}&issuer={}&algorithm=SHA1&digits=6&period=30",
            encode(issuer),
            encode(account),
            self.to_base32(),
            encode(issuer)
        )
    }

    /// The code of time step `step` (Unix time / 30).
    fn code_of_step(&self, step: i64) -> u32 {
        let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(&self.0) else {
            return u32::MAX;
        };
        mac.update(&step.to_be_bytes());
        let digest = mac.finalize().into_bytes();
        let offset = usize::from(digest[digest.len() - 1] & 0x0f);
        let binary = u32::from_be_bytes([
            digest[offset] & 0x7f,
            digest[offset + 1],
            digest[offset + 2],
            digest[offset + 3],
        ]);
        binary % 10u32.pow(DIGITS)
    }

    /// The six-digit code at `at`.
    pub fn code_at(&self, at: OffsetDateTime) -> String {
        format!(
            "{:06}",
            self.code_of_step(at.unix_timestamp().div_euclid(STEP_SECONDS))
        )
    }

    /// The time step `code` belongs to, when it is valid at `now` (one step either side).
    pub fn verify(&self, code: &str, now: OffsetDateTime) -> Option<i64> {
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let given: u32 = code.parse().ok()?;
        let current = now.unix_timestamp().div_euclid(STEP_SECONDS);
        [current, current - 1, current + 1]
            .into_iter()
            .find(|step| self.code_of_step(*step) == given)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The SHA-1 key of RFC 6238's test vectors.
    fn rfc_secret() -> TotpSecret {
        TotpSecret(b"12345678901234567890".to_vec())
    }

    #[test]
    fn the_codes_of_rfc_6238_appendix_b() {
        // The RFC gives eight digits; six are their last six.
        for (unix, eight) in [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
        ] {
            let at = OffsetDateTime::from_unix_timestamp(unix).unwrap();
            assert_eq!(rfc_secret().code_at(at), eight[2..], "at {unix}");
        }
    }

    #[test]
    fn a_code_counts_one_step_either_side_and_names_its_step() {
        let now = OffsetDateTime::from_unix_timestamp(1_234_567_890).unwrap();
        let secret = rfc_secret();
        let step = 1_234_567_890 / 30;
        assert_eq!(secret.verify("005924", now), Some(step));
        let late = secret.code_at(now - time::Duration::seconds(30));
        assert_eq!(secret.verify(&late, now), Some(step - 1));
        let too_late = secret.code_at(now - time::Duration::seconds(90));
        assert_eq!(secret.verify(&too_late, now), None);
        assert_eq!(secret.verify("00592", now), None);
        assert_eq!(secret.verify("abcdef", now), None);
        assert_eq!(
            secret.verify("005 924", now),
            Some(step),
            "spaces are forgiven"
        );
    }

    #[test]
    fn base32_round_trips_and_builds_an_otpauth_address() {
        let secret = rfc_secret();
        assert_eq!(secret.to_base32(), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert_eq!(
            TotpSecret::parse("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"),
            Some(secret.clone())
        );
        assert_eq!(TotpSecret::parse("not base32!"), None);
        assert_eq!(
            secret.otpauth_uri("Kreisportal Kreis Unna", "k.demir"),
            "otpauth://totp/Kreisportal%20Kreis%20Unna:k.demir?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Kreisportal%20Kreis%20Unna&algorithm=SHA1&digits=6&period=30"
        );
    }
}
