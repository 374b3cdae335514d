//! ClamAV's clamd over its socket protocol: `zINSTREAM`, the file in chunks (each prefixed with
//! its length as four bytes big-endian), a zero-length chunk, then one answer line:
//! `stream: OK` or `stream: <signature> FOUND`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use async_trait::async_trait;
use services::uploads::{ScanError, ScanVerdict, Scanner};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

const CHUNK: usize = 64 * 1024;

#[derive(Debug, Clone)]
pub enum ClamdAddress {
    Tcp(String),
    Unix(PathBuf),
}

pub struct ClamdScanner {
    address: ClamdAddress,
    timeout: Duration,
}

impl ClamdScanner {
    pub fn new(address: ClamdAddress, timeout: Duration) -> ClamdScanner {
        ClamdScanner { address, timeout }
    }

    async fn scan_over<S: AsyncRead + AsyncWrite + Unpin>(
        mut stream: S,
        path: &Path,
    ) -> Result<ScanVerdict, ScanError> {
        let failed = |e: std::io::Error| ScanError(e.to_string());
        let mut file = tokio::fs::File::open(path).await.map_err(failed)?;
        stream.write_all(b"zINSTREAM\0").await.map_err(failed)?;
        let mut buffer = vec![0u8; CHUNK];
        loop {
            let read = file.read(&mut buffer).await.map_err(failed)?;
            let length = u32::try_from(read).map_err(|_| ScanError("chunk too large".into()))?;
            stream
                .write_all(&length.to_be_bytes())
                .await
                .map_err(failed)?;
            if read == 0 {
                break;
            }
            stream.write_all(&buffer[..read]).await.map_err(failed)?;
        }
        stream.flush().await.map_err(failed)?;
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).await.map_err(failed)?;
        let answer = String::from_utf8_lossy(&answer);
        let answer = answer.trim_end_matches(['\0', '\n']).trim();
        parse_answer(answer)
    }
}

fn parse_answer(answer: &str) -> Result<ScanVerdict, ScanError> {
    let verdict = answer
        .strip_prefix("stream: ")
        .ok_or_else(|| ScanError(format!("unexpected answer {answer:?}")))?;
    if verdict == "OK" {
        Ok(ScanVerdict::Clean)
    } else if let Some(signature) = verdict.strip_suffix(" FOUND") {
        Ok(ScanVerdict::Infected(signature.to_owned()))
    } else {
        // e.g. "INSTREAM size limit exceeded. ERROR": not a verdict, so not clean.
        Err(ScanError(format!("clamd: {verdict}")))
    }
}

#[async_trait]
impl Scanner for ClamdScanner {
    async fn scan(&self, path: &Path) -> Result<ScanVerdict, ScanError> {
        let scan = async {
            match &self.address {
                ClamdAddress::Tcp(address) => {
                    let stream = tokio::net::TcpStream::connect(address)
                        .await
                        .map_err(|e| ScanError(e.to_string()))?;
                    ClamdScanner::scan_over(stream, path).await
                }
                ClamdAddress::Unix(socket) => {
                    let stream = tokio::net::UnixStream::connect(socket)
                        .await
                        .map_err(|e| ScanError(e.to_string()))?;
                    ClamdScanner::scan_over(stream, path).await
                }
            }
        };
        tokio::time::timeout(self.timeout, scan)
            .await
            .map_err(|_| ScanError(format!("no answer within {} s", self.timeout.as_secs())))?
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_read_strictly() {
        assert_eq!(parse_answer("stream: OK").unwrap(), ScanVerdict::Clean);
        assert_eq!(
            parse_answer("stream: Eicar-Test-Signature FOUND").unwrap(),
            ScanVerdict::Infected("Eicar-Test-Signature".into())
        );
        assert!(parse_answer("stream: INSTREAM size limit exceeded. ERROR").is_err());
        assert!(parse_answer("PONG").is_err());
    }
}
