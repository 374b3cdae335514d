//! Files in an S3-compatible object store (MinIO, Ceph RGW, Garage, AWS S3): the scale-out part
//! of the file store, shared by every server instance. Path-style requests, signed with SigV4.
//! Files are still received into a local staging folder first (scanned there), then put.

use std::path::{Path, PathBuf};
use std::time::Duration;

use async_trait::async_trait;
use http::{Method, Request, StatusCode};
use http_client::HttpClient;
use services::uploads::{FileStore, FileStoreError};

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
    client: HttpClient,
    staging: PathBuf,
}

/// An answer from the store.
struct Answer {
    status: StatusCode,
    body: Vec<u8>,
}

fn failed(error: impl std::fmt::Display) -> FileStoreError {
    FileStoreError(error.to_string())
}

impl S3Store {
    pub fn new(location: S3Location, staging: PathBuf) -> Result<S3Store, FileStoreError> {
        let not_an_endpoint = || failed(format!("not an endpoint: {:?}", location.endpoint));
        let uri: http::Uri = location.endpoint.parse().map_err(|_| not_an_endpoint())?;
        let plain_path = uri.path_and_query().is_none_or(|path| path.as_str() == "/");
        let known_scheme = matches!(uri.scheme_str(), Some("http" | "https"));
        let authority = uri.authority().ok_or_else(not_an_endpoint)?.to_string();
        if !known_scheme || !plain_path || location.endpoint.ends_with('/') {
            return Err(not_an_endpoint());
        }
        Ok(S3Store {
            authority,
            client: HttpClient::new(REQUEST_TIMEOUT),
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
            .method(method)
            .uri(format!("{}{path}", self.location.endpoint))
            .header(http::header::HOST, &self.authority)
            .header(http::header::CONTENT_LENGTH, body.len());
        for (name, value) in signed {
            request = request.header(name, value);
        }
        let response = self
            .client
            .send(request.body(body).map_err(failed)?)
            .await
            .map_err(failed)?;
        let status = response.status();
        Ok(Answer {
            status,
            body: response.into_body(),
        })
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
        Ok(response.body)
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
