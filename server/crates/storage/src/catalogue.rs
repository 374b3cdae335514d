//! The service catalogue: every version of every service definition, as imported.

use async_trait::async_trait;
use time::OffsetDateTime;

use crate::StorageResult;

/// A definition version to store: the JSON source exactly as read, and its SHA-256.
#[derive(Debug, Clone)]
pub struct NewServiceVersion<'a> {
    pub tenant_slug: &'a str,
    pub service_id: &'a str,
    pub version: u32,
    pub source: &'a str,
    pub sha256: &'a str,
    pub imported_at: OffsetDateTime,
}

/// What importing a version did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportOutcome {
    /// A new version, now current if it is the highest.
    Stored,
    /// The same version with the same content was there already.
    Unchanged,
    /// The same version number with different content: refused (a change needs a new version).
    Conflict { stored_sha256: String },
}

/// A stored definition version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredServiceVersion {
    pub service_id: String,
    pub version: u32,
    pub source: String,
    pub sha256: String,
}

#[async_trait]
pub trait CatalogueStore: Send + Sync {
    async fn import_service_version(
        &self,
        new: NewServiceVersion<'_>,
    ) -> StorageResult<ImportOutcome>;

    /// The current version of every service of the tenant, ordered by service id.
    async fn current_service_versions(
        &self,
        tenant_slug: &str,
    ) -> StorageResult<Vec<StoredServiceVersion>>;

    /// One version of one service (e.g. the version a submission was made with).
    async fn service_version(
        &self,
        service_id: &str,
        version: u32,
    ) -> StorageResult<Option<StoredServiceVersion>>;
}
