//! Files uploaded into drafts (their facts; the content is in the file store).

use async_trait::async_trait;
use domain::application::{DraftToken, ScanState};
use time::OffsetDateTime;

use crate::StorageResult;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upload {
    pub id: String,
    pub draft_token: DraftToken,
    /// The input name of the field it was uploaded for.
    pub field: String,
    pub file_name: String,
    pub media_type: String,
    pub size_bytes: u64,
    pub sha256: String,
    pub storage_key: String,
    pub scan_state: ScanState,
    pub created_at: OffsetDateTime,
}

#[async_trait]
pub trait UploadStore: Send + Sync {
    /// `NotFound` when the draft does not exist, `Conflict` when it was submitted.
    async fn add_upload(&self, upload: &Upload) -> StorageResult<()>;

    async fn uploads_for_draft(&self, token: &DraftToken) -> StorageResult<Vec<Upload>>;

    async fn upload(&self, id: &str) -> StorageResult<Option<Upload>>;

    /// Deletes the record and returns it (its storage key names the file to delete), if it was
    /// there and its draft not submitted.
    async fn delete_upload(&self, id: &str) -> StorageResult<Option<Upload>>;
}
