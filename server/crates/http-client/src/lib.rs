//! Outgoing HTTP(S) requests, one connection each: for the few calls the portal makes to other
//! services (the S3 object store, the identity provider). HTTP/1.1 over hyper; TLS with rustls,
//! the ring provider and the Mozilla roots, configured here rather than process-wide, so no
//! other part of the program (or its tests) has to set TLS up.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::{Method, Request, Response, Uri};
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;
use rustls::pki_types::ServerName;
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;

#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    #[error("not an http(s) address: {0}")]
    Address(String),
    #[error("no answer within {0:?}")]
    Timeout(Duration),
    #[error("{0}")]
    Connection(String),
}

fn failed(error: impl std::fmt::Display) -> HttpError {
    HttpError::Connection(error.to_string())
}

/// Sends requests; cheap to clone.
#[derive(Clone)]
pub struct HttpClient {
    tls: TlsConnector,
    timeout: Duration,
}

impl HttpClient {
    pub fn new(timeout: Duration) -> HttpClient {
        let config = rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        // The ring provider supports the default protocol versions; this cannot fail.
        .expect("TLS 1.2 and 1.3 with ring")
        .with_root_certificates(rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        })
        .with_no_client_auth();
        HttpClient {
            tls: TlsConnector::from(Arc::new(config)),
            timeout,
        }
    }

    /// Sends `request` (an absolute `http://` or `https://` URI) and reads the whole answer.
    /// A `Host` header is added when missing.
    pub async fn send(&self, request: Request<Vec<u8>>) -> Result<Response<Vec<u8>>, HttpError> {
        tokio::time::timeout(self.timeout, self.exchange(request))
            .await
            .map_err(|_| HttpError::Timeout(self.timeout))?
    }

    async fn exchange(&self, request: Request<Vec<u8>>) -> Result<Response<Vec<u8>>, HttpError> {
        let uri = request.uri().clone();
        let address = || HttpError::Address(uri.to_string());
        let secure = match uri.scheme_str() {
            Some("https") => true,
            Some("http") => false,
            _ => return Err(address()),
        };
        let authority = uri.authority().ok_or_else(address)?.clone();
        let host = authority
            .host()
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned();
        let port = authority
            .port_u16()
            .unwrap_or(if secure { 443 } else { 80 });
        let path = uri
            .path_and_query()
            .map_or("/", |path| path.as_str())
            .parse::<Uri>()
            .map_err(failed)?;
        let (mut parts, body) = request.into_parts();
        parts.uri = path;
        if !parts.headers.contains_key(http::header::HOST) {
            let value = http::HeaderValue::from_str(authority.as_str()).map_err(failed)?;
            parts.headers.insert(http::header::HOST, value);
        }
        let head_only = parts.method == Method::HEAD;
        let request = Request::from_parts(parts, Full::new(Bytes::from(body)));
        let tcp = TcpStream::connect((host.as_str(), port))
            .await
            .map_err(failed)?;
        if secure {
            let name = ServerName::try_from(host).map_err(failed)?;
            let stream = self.tls.connect(name, tcp).await.map_err(failed)?;
            round_trip(TokioIo::new(stream), request, head_only).await
        } else {
            round_trip(TokioIo::new(tcp), request, head_only).await
        }
    }
}

async fn round_trip<T>(
    io: T,
    request: Request<Full<Bytes>>,
    head_only: bool,
) -> Result<Response<Vec<u8>>, HttpError>
where
    T: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
{
    let (mut sender, connection) = hyper::client::conn::http1::handshake(io)
        .await
        .map_err(failed)?;
    let connection = tokio::spawn(connection);
    let response = sender.send_request(request).await.map_err(failed)?;
    let (parts, body) = response.into_parts();
    let body = if head_only {
        Vec::new()
    } else {
        body.collect().await.map_err(failed)?.to_bytes().to_vec()
    };
    drop(sender);
    connection.abort();
    Ok(Response::from_parts(parts, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_plain_request_round_trips_and_bad_addresses_are_refused() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(async move {
            use tokio::io::{AsyncReadExt, AsyncWriteExt};
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut buffer = vec![0u8; 4096];
            let read = socket.read(&mut buffer).await.unwrap();
            let request = String::from_utf8_lossy(&buffer[..read]).to_string();
            assert!(
                request.starts_with("POST /pfad?x=1 HTTP/1.1\r\n"),
                "{request}"
            );
            assert!(
                request
                    .to_lowercase()
                    .contains(&format!("host: 127.0.0.1:{port}")),
                "{request}"
            );
            socket
                .write_all(b"HTTP/1.1 201 Created\r\ncontent-length: 2\r\n\r\nok")
                .await
                .unwrap();
        });
        let client = HttpClient::new(Duration::from_secs(5));
        let request = Request::post(format!("http://127.0.0.1:{port}/pfad?x=1"))
            .body(b"hallo".to_vec())
            .unwrap();
        let response = client.send(request).await.unwrap();
        assert_eq!(response.status(), 201);
        assert_eq!(response.body(), b"ok");

        let ftp = Request::get("ftp://example.org/").body(Vec::new()).unwrap();
        assert!(matches!(client.send(ftp).await, Err(HttpError::Address(_))));
    }
}
