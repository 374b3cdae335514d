//! Files in an S3-compatible object store (MinIO, Ceph RGW, Garage, AWS S3): the scale-out part
//! of the file store, shared by every server instance. Path-style requests, signed with SigV4.
//! Files are still received into a local staging folder first (scanned there), then put.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use bytes::Bytes;
use http::{Method, Request, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;
use rustls::pki_types::ServerName;
use services::uploads::{FileStore, FileStoreError};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;

use crate::sigv4::{self, Credentials};

/// Longest a request may take, putting 25 MiB included.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(120);

/// Where the bucket is and how to sign in.
#[derive(Debug, Clone)]
pub struct S3Location {
    /// `https://s3.example:9000` (no trailing slash); `http://` only on loopback.
    pub endpoint: String,
    pub bucket: String,
    pub credentials: Credentials,
}

pub struct S3Store {
    location: S3Location,
    /// `host` or `host:port`, as signed and sent in the Host header.
    authority: String,
    host: String,
    port: u16,
    /// `None` for plain HTTP (loopback only).
    tls: Option<TlsConnector>,
    staging: PathBuf,
}

/// An answer from the store.
struct Answer {
    status: StatusCode,
    body: Bytes,
}

fn failed(error: impl std::fmt::Display) -> FileStoreError {
    FileStoreError(error.to_string())
}

impl S3Store {
    pub fn new(location: S3Location, staging: PathBuf) -> Result<S3Store, FileStoreError> {
        let not_an_endpoint = || failed(format!("not an endpoint: {:?}", location.endpoint));
        let (scheme, authority) = location
            .endpoint
            .split_once("://")
            .ok_or_else(not_an_endpoint)?;
        if authority.is_empty() || authority.contains('/') {
            return Err(not_an_endpoint());
        }
        let secure = match scheme {
            "https" => true,
            "http" => false,
            _ => return Err(not_an_endpoint()),
        };
        let default_port = if secure { 443 } else { 80 };
        let (host, port) = match authority.strip_prefix('[') {
            // An IPv6 address: `[::1]` or `[::1]:9000`.
            Some(bracketed) => {
                let (host, rest) = bracketed.split_once(']').ok_or_else(not_an_endpoint)?;
                let port = match rest.strip_prefix(':') {
                    Some(port) => port.parse().map_err(|_| not_an_endpoint())?,
                    None if rest.is_empty() => default_port,
                    None => return Err(not_an_endpoint()),
                };
                (host.to_owned(), port)
            }
            None => match authority.split_once(':') {
                Some((host, port)) => (
                    host.to_owned(),
                    port.parse().map_err(|_| not_an_endpoint())?,
                ),
                None => (authority.to_owned(), default_port),
            },
        };
        let tls = secure
            .then(|| {
                let config = rustls::ClientConfig::builder_with_provider(Arc::new(
                    rustls::crypto::ring::default_provider(),
                ))
                .with_safe_default_protocol_versions()
                .map_err(failed)?
                .with_root_certificates(rustls::RootCertStore {
                    roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
                })
                .with_no_client_auth();
                Ok::<_, FileStoreError>(TlsConnector::from(Arc::new(config)))
            })
            .transpose()?;
        Ok(S3Store {
            authority: authority.to_owned(),
            host: host
                .trim_start_matches('[')
                .trim_end_matches(']')
                .to_owned(),
            port,
            tls,
            location,
            staging,
        })
    }

    async fn send(
        &self,
        method: Method,
        path: &str,
        body: Vec<u8>,
    ) -> Result<Answer, FileStoreError> {
        tokio::time::timeout(REQUEST_TIMEOUT, self.exchange(method, path, body))
            .await
            .map_err(|_| failed("the object store did not answer in time"))?
    }

    /// One request on its own connection (uploads are rare enough that pooling buys nothing).
    async fn exchange(
        &self,
        method: Method,
        path: &str,
        body: Vec<u8>,
    ) -> Result<Answer, FileStoreError> {
        let payload = sigv4::hex_sha256(&body);
        let signed = sigv4::sign(
            &self.location.credentials,
            &sigv4::Request {
                method: method.as_str(),
                host: &self.authority,
                path,
                payload_sha256: &payload,
                headers: &[],
            },
            time::OffsetDateTime::now_utc(),
        );
        let mut request = Request::builder()
            .method(method.clone())
            .uri(path)
            .header(http::header::HOST, &self.authority)
            .header(http::header::CONTENT_LENGTH, body.len());
        for (name, value) in signed {
            request = request.header(name, value);
        }
        let request = request.body(Full::new(Bytes::from(body))).map_err(failed)?;
        let tcp = TcpStream::connect((self.host.as_str(), self.port))
            .await
            .map_err(failed)?;
        let response = match &self.tls {
            Some(connector) => {
                let name = ServerName::try_from(self.host.clone()).map_err(failed)?;
                let stream = connector.connect(name, tcp).await.map_err(failed)?;
                round_trip(TokioIo::new(stream), request).await?
            }
            None => round_trip(TokioIo::new(tcp), request).await?,
        };
        Ok(response)
    }

    fn object_path(&self, key: &str) -> Result<String, FileStoreError> {
        // Keys are generated (letters, digits, `/`, `-`, `_`), so they need no encoding; any
        // other key is refused rather than encoded.
        let safe = !key.is_empty()
            && key
                .split('/')
                .all(|part| !part.is_empty() && part != "." && part != "..")
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_'));
        if safe {
            Ok(format!("/{}/{key}", self.location.bucket))
        } else {
            Err(failed(format!("refused key {key:?}")))
        }
    }

    /// Creates the bucket (for tests and first set-up; operators usually create it).
    pub async fn create_bucket(&self) -> Result<(), FileStoreError> {
        let response = self
            .send(
                Method::PUT,
                &format!("/{}", self.location.bucket),
                Vec::new(),
            )
            .await?;
        match response.status {
            status if status.is_success() || status == StatusCode::CONFLICT => Ok(()),
            status => Err(failed(format!("creating the bucket: {status}"))),
        }
    }

    /// Fails unless the bucket answers (checked at start-up, so a wrong setting stops the
    /// start instead of the first upload).
    pub async fn check(&self) -> Result<(), FileStoreError> {
        let response = self
            .send(
                Method::HEAD,
                &format!("/{}", self.location.bucket),
                Vec::new(),
            )
            .await?;
        if response.status.is_success() {
            Ok(())
        } else {
            Err(failed(format!(
                "bucket {}: {}",
                self.location.bucket, response.status
            )))
        }
    }
}

#[async_trait]
impl FileStore for S3Store {
    fn staging_folder(&self) -> PathBuf {
        self.staging.clone()
    }

    async fn keep(&self, key: &str, received: &Path) -> Result<(), FileStoreError> {
        let path = self.object_path(key)?;
        let content = tokio::fs::read(received).await.map_err(failed)?;
        let response = self.send(Method::PUT, &path, content).await?;
        if !response.status.is_success() {
            return Err(failed(format!("putting {key}: {}", response.status)));
        }
        tokio::fs::remove_file(received).await.map_err(failed)
    }

    async fn read(&self, key: &str) -> Result<Vec<u8>, FileStoreError> {
        let response = self
            .send(Method::GET, &self.object_path(key)?, Vec::new())
            .await?;
        if !response.status.is_success() {
            return Err(failed(format!("getting {key}: {}", response.status)));
        }
        Ok(response.body.to_vec())
    }

    async fn delete(&self, key: &str) -> Result<(), FileStoreError> {
        let response = self
            .send(Method::DELETE, &self.object_path(key)?, Vec::new())
            .await?;
        match response.status {
            status if status.is_success() || status == StatusCode::NOT_FOUND => Ok(()),
            status => Err(failed(format!("deleting {key}: {status}"))),
        }
    }
}

async fn round_trip<T>(io: T, request: Request<Full<Bytes>>) -> Result<Answer, FileStoreError>
where
    T: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
{
    let (mut sender, connection) = hyper::client::conn::http1::handshake(io)
        .await
        .map_err(failed)?;
    let connection = tokio::spawn(connection);
    let head_only = request.method() == Method::HEAD;
    let response = sender.send_request(request).await.map_err(failed)?;
    let status = response.status();
    let body = if head_only {
        Bytes::new()
    } else {
        response
            .into_body()
            .collect()
            .await
            .map_err(failed)?
            .to_bytes()
    };
    drop(sender);
    connection.abort();
    Ok(Answer { status, body })
}
