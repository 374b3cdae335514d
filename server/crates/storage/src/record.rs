//! The e-Akte: Akten, the cases filed into them, and their documents with versions. A version
//! "zu den Akten" never changes and is never deleted; each backend enforces that beneath its
//! code (triggers), and the story tries.

use async_trait::async_trait;
use domain::audit::AuditEvent;
use domain::case::CaseId;
use domain::record::{AkteId, AkteState, Confidentiality};
use time::OffsetDateTime;

use crate::{NewJob, StorageResult};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Akte {
    pub id: AkteId,
    pub aktenzeichen: String,
    pub plan_key: String,
    pub title: String,
    /// The inbox whose staff work with it (a unit's code or `town:<AGS>`).
    pub unit: String,
    pub confidentiality: Confidentiality,
    pub retention_years: u32,
    pub state: AkteState,
    pub created_at: OffsetDateTime,
    /// When it was closed (geschlossen); its retention runs from the end of that year.
    pub closed_at: Option<OffsetDateTime>,
    /// When its Aussonderung package (xdomea) was last exported.
    pub exported_at: Option<OffsetDateTime>,
    /// When it was ausgesondert and what went; then its title is gone too.
    pub disposal: Option<Disposal>,
}

/// The proof an Aussonderung leaves: when, and how many documents and cases were deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Disposal {
    pub at: OffsetDateTime,
    pub documents: u32,
    pub cases: u32,
}

/// Builds, from the file store keys an Aussonderung frees, the job that deletes those files;
/// storage inserts it in the disposing transaction.
pub type FilesJob<'a> = &'a (dyn Fn(Vec<String>) -> NewJob + Send + Sync);

/// An Akte about to be opened; its number is the next of its plan key in `year`.
#[derive(Debug, Clone)]
pub struct NewAkte<'a> {
    pub tenant_slug: &'a str,
    pub plan_key: &'a str,
    pub year: i32,
    pub title: &'a str,
    pub unit: &'a str,
    pub confidentiality: Confidentiality,
    pub retention_years: u32,
}

/// Where a case is filed.
#[derive(Debug, Clone)]
pub enum FileInto<'a> {
    New(NewAkte<'a>),
    /// An open Akte of the case's unit.
    Existing(AkteId),
}

/// One version's content: a file in the file store and its facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionContent {
    pub file_name: String,
    pub media_type: String,
    pub size_bytes: u64,
    pub sha256: String,
    pub storage_key: String,
}

/// A document filed with the case (its first version is zu den Akten at once).
#[derive(Debug, Clone)]
pub struct NewDocument {
    pub title: String,
    /// What it is: `antrag`, `anlage`, `nachforderung`, …
    pub kind: String,
    pub content: VersionContent,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentVersion {
    pub version: u32,
    pub content: VersionContent,
    pub created_at: OffsetDateTime,
    /// When it went "zu den Akten"; from then on it is as it is.
    pub filed_at: Option<OffsetDateTime>,
}

/// A document (Schriftstück) of an Akte with every version, the first first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordDocument {
    pub id: i64,
    /// Running number within the Akte.
    pub number: u32,
    pub title: String,
    pub kind: String,
    pub case_id: Option<CaseId>,
    pub versions: Vec<DocumentVersion>,
}

#[async_trait]
pub trait RecordStore: Send + Sync {
    /// Files the case into a new or an existing Akte with its documents (each one version, zu
    /// den Akten), with `audit`, in one transaction. `Conflict` when the case is filed already
    /// or the Akte is not open or not of the case's unit; `NotFound` for an unknown case or Akte.
    async fn file_case(
        &self,
        case: CaseId,
        into: &FileInto<'_>,
        documents: &[NewDocument],
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<Akte>;

    /// Closes an open Akte with `audit`: nothing more is filed into it. `Conflict` when it is
    /// not open (any more), `NotFound` for an unknown Akte.
    async fn close_akte(
        &self,
        id: AkteId,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()>;

    /// Records an export of the Akte's Aussonderung package with `audit`. `NotFound` for an
    /// unknown Akte.
    async fn record_akte_export(
        &self,
        id: AkteId,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()>;

    /// The closed (geschlossen) Akten of these units (`None`: of every unit), the earliest
    /// closed first.
    async fn closed_akten(
        &self,
        tenant_slug: &str,
        units: Option<&[String]>,
    ) -> StorageResult<Vec<Akte>>;

    /// Aussonderung in one transaction: the Akte becomes ausgesondert and loses its title; its
    /// documents with every version (zu den Akten or not), the cases filed into it with their
    /// notes, questions, submissions, drafts and uploads are deleted; the job `files_job` makes
    /// of the freed file keys, and `audit`, are stored with it. `Conflict` when the Akte is not
    /// geschlossen or its package was never exported; `NotFound` for an unknown Akte.
    async fn dispose_akte(
        &self,
        id: AkteId,
        files_job: FilesJob<'_>,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<Disposal>;

    /// Adds a document to the open Akte the case is filed in, its first version zu den Akten
    /// at once, with `audit`; its running number. `Conflict` when the case is not filed or its
    /// Akte is not open; `NotFound` for an unknown case.
    async fn add_case_document(
        &self,
        case: CaseId,
        document: &NewDocument,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<u32>;

    async fn akte(&self, id: AkteId) -> StorageResult<Option<Akte>>;

    async fn akte_of_case(&self, case: CaseId) -> StorageResult<Option<Akte>>;

    /// The open Akten of a unit under a plan key, the newest first.
    async fn open_akten(
        &self,
        tenant_slug: &str,
        unit: &str,
        plan_key: &str,
    ) -> StorageResult<Vec<Akte>>;

    /// The Akte's documents by running number, with their versions.
    async fn documents(&self, akte: AkteId) -> StorageResult<Vec<RecordDocument>>;

    /// Adds the next version of a document (a corrected scan, a revised draft), zu den Akten at
    /// once or not yet; returns its number.
    async fn add_document_version(
        &self,
        document: i64,
        content: &VersionContent,
        filed: bool,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<u32>;

    /// Replaces the content of a version not yet zu den Akten. `Conflict` for a filed one.
    async fn replace_document_version(
        &self,
        document: i64,
        version: u32,
        content: &VersionContent,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()>;

    /// Takes a version zu den Akten. `Conflict` when it is already.
    async fn file_document_version(
        &self,
        document: i64,
        version: u32,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()>;

    /// Deletes a version not yet zu den Akten. `Conflict` for a filed one.
    async fn delete_document_version(
        &self,
        document: i64,
        version: u32,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()>;
}
