//! Files in a folder: `<root>/store/<key>`, received first into `<root>/staging`.

use std::path::{Path, PathBuf};

use async_trait::async_trait;
use services::uploads::{FileStore, FileStoreError};

pub struct FolderStore {
    root: PathBuf,
}

impl FolderStore {
    pub fn new(root: impl Into<PathBuf>) -> FolderStore {
        FolderStore { root: root.into() }
    }

    /// The path of a key; keys are generated (letters, digits, `/`, `-`), but a key that could
    /// leave the folder is refused all the same.
    fn path(&self, key: &str) -> Result<PathBuf, FileStoreError> {
        let safe = !key.is_empty()
            && key
                .split('/')
                .all(|part| !part.is_empty() && part != "." && part != "..")
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_'));
        if safe {
            Ok(self.root.join("store").join(key))
        } else {
            Err(FileStoreError(format!("refused key {key:?}")))
        }
    }
}

fn failed(error: std::io::Error) -> FileStoreError {
    FileStoreError(error.to_string())
}

#[async_trait]
impl FileStore for FolderStore {
    fn staging_folder(&self) -> PathBuf {
        self.root.join("staging")
    }

    async fn keep(&self, key: &str, received: &Path) -> Result<(), FileStoreError> {
        let target = self.path(key)?;
        if let Some(parent) = target.parent() {
            tokio::fs::create_dir_all(parent).await.map_err(failed)?;
        }
        tokio::fs::rename(received, &target).await.map_err(failed)
    }

    async fn read(&self, key: &str) -> Result<Vec<u8>, FileStoreError> {
        tokio::fs::read(self.path(key)?).await.map_err(failed)
    }

    async fn delete(&self, key: &str) -> Result<(), FileStoreError> {
        match tokio::fs::remove_file(self.path(key)?).await {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(failed(error)),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_received_file_is_kept_read_and_deleted() {
        let root = tempfile::tempdir().unwrap();
        let store = FolderStore::new(root.path());
        tokio::fs::create_dir_all(store.staging_folder())
            .await
            .unwrap();
        let received = store.staging_folder().join("incoming");
        tokio::fs::write(&received, b"%PDF-1.7 Lageplan")
            .await
            .unwrap();
        store.keep("drafts/ABC/u1", &received).await.unwrap();
        assert!(!received.exists(), "moved, not copied");
        assert_eq!(
            store.read("drafts/ABC/u1").await.unwrap(),
            b"%PDF-1.7 Lageplan"
        );
        store.delete("drafts/ABC/u1").await.unwrap();
        store.delete("drafts/ABC/u1").await.unwrap();
        assert!(store.read("drafts/ABC/u1").await.is_err());
    }

    #[tokio::test]
    async fn keys_cannot_leave_the_folder() {
        let store = FolderStore::new("/tmp/nowhere");
        for key in [
            "../etc/passwd",
            "a/../../b",
            "/absolute",
            "",
            "a//b",
            "with space",
        ] {
            assert!(store.read(key).await.is_err(), "{key:?}");
        }
    }
}
