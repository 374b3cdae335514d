//! The seams for uploaded files: where they are kept ([`FileStore`]) and how they are checked
//! for malware ([`Scanner`]). The `files` crate implements both.

use std::path::{Path, PathBuf};

use async_trait::async_trait;

#[derive(Debug, thiserror::Error)]
#[error("file store: {0}")]
pub struct FileStoreError(pub String);

/// Keeps uploaded files outside the web root, under generated keys.
#[async_trait]
pub trait FileStore: Send + Sync {
    /// Where files being received are written first (on the same file system, so keeping them
    /// is a rename).
    fn staging_folder(&self) -> PathBuf;

    /// Takes over a received file from the staging folder under `key`.
    async fn keep(&self, key: &str, received: &Path) -> Result<(), FileStoreError>;

    async fn read(&self, key: &str) -> Result<Vec<u8>, FileStoreError>;

    /// Deletes a kept file; deleting a missing one is not an error.
    async fn delete(&self, key: &str) -> Result<(), FileStoreError>;
}

/// What a malware scan found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScanVerdict {
    Clean,
    /// Malware, by the scanner's name for it.
    Infected(String),
}

#[derive(Debug, thiserror::Error)]
#[error("malware scanner: {0}")]
pub struct ScanError(pub String);

#[async_trait]
pub trait Scanner: Send + Sync {
    async fn scan(&self, path: &Path) -> Result<ScanVerdict, ScanError>;
}

/// A file as the web layer received it into the staging folder: streamed, counted, hashed and
/// sniffed on the way in. Dropping it removes what is left in staging, so a refused or
/// abandoned file never stays behind, whichever way the request ends.
#[derive(Debug)]
pub struct ReceivedFile {
    /// The input it was posted for.
    pub field: String,
    /// The name the browser sent (not trusted; cleaned before use).
    pub file_name: String,
    pub path: PathBuf,
    pub size_bytes: u64,
    pub sha256: String,
    /// The first bytes, for recognising the type.
    pub head: Vec<u8>,
    /// It was cut off at the largest size any field allows.
    pub too_large: bool,
}

impl Drop for ReceivedFile {
    fn drop(&mut self) {
        // A kept file was renamed away already; then there is nothing to remove.
        match std::fs::remove_file(&self.path) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => tracing::warn!(%error, "a staged upload could not be removed"),
        }
    }
}

/// Bytes the portal made or was sent whole (a PDF it rendered, a document posted to the API),
/// written to the staging folder to be scanned and kept like a received file. Dropping it
/// removes what is left in staging.
#[derive(Debug)]
pub struct StagedBytes {
    pub path: PathBuf,
}

impl StagedBytes {
    pub async fn write(files: &dyn FileStore, bytes: &[u8]) -> std::io::Result<StagedBytes> {
        let staging = files.staging_folder();
        tokio::fs::create_dir_all(&staging).await?;
        let staged = StagedBytes {
            path: staging.join(format!("made-{}", crate::random_token())),
        };
        tokio::fs::write(&staged.path, bytes).await?;
        Ok(staged)
    }
}

impl Drop for StagedBytes {
    fn drop(&mut self) {
        match std::fs::remove_file(&self.path) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => tracing::warn!(%error, "staged bytes could not be removed"),
        }
    }
}
