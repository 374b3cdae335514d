//! Drafts and submissions.

use async_trait::async_trait;
use domain::account::AccountId;
use domain::application::{CaseState, DraftToken, Reference};
use domain::audit::AuditEvent;
use domain::form::FormValues;
use domain::organisation::OrganisationId;
use domain::{EmailAddress, Locale};
use time::OffsetDateTime;

use crate::{Inserted, NewJob, StorageResult};

#[derive(Debug, Clone)]
pub struct NewDraft<'a> {
    pub token: &'a DraftToken,
    pub tenant_slug: &'a str,
    pub service_id: &'a str,
    pub service_version: u32,
    pub locale: Locale,
    /// The account that started it, when the visitor was logged in; only that account may
    /// open it then.
    pub account: Option<AccountId>,
    /// The organisation it is made for (the legal subject); the account is the acting person.
    pub organisation: Option<OrganisationId>,
    pub created_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub token: DraftToken,
    pub service_id: String,
    pub service_version: u32,
    pub locale: Locale,
    pub values: FormValues,
    /// Given voluntarily for resume links and the confirmation.
    pub email: Option<EmailAddress>,
    /// Counts the saves.
    pub revision: u32,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
    /// Set once submitted; the draft is read-only then.
    pub submission: Option<Reference>,
    pub account: Option<AccountId>,
    pub organisation: Option<OrganisationId>,
}

#[derive(Debug, Clone)]
pub struct DraftUpdate<'a> {
    pub token: &'a DraftToken,
    pub values: &'a FormValues,
    pub locale: Locale,
    pub updated_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
}

/// A submission to store. The storage numbers it (`<prefix>-<year>-<n>`, counted per tenant and
/// year) and records it in the audit trail, in the same transaction.
#[derive(Debug, Clone)]
pub struct NewSubmission<'a> {
    pub token: &'a DraftToken,
    pub reference_prefix: &'a str,
    pub answers: serde_json::Value,
    pub computed: serde_json::Value,
    pub applicant_email: Option<&'a EmailAddress>,
    pub access_code_hash: &'a str,
    pub locale: Locale,
    pub submitted_at: OffsetDateTime,
    /// The audit entry; its object is filled in with the reference.
    pub audit: AuditEvent,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    pub reference: Reference,
    pub draft_token: DraftToken,
    pub service_id: String,
    pub service_version: u32,
    pub locale: Locale,
    pub answers: serde_json::Value,
    pub computed: serde_json::Value,
    pub applicant_email: Option<EmailAddress>,
    pub access_code_hash: String,
    pub state: CaseState,
    pub submitted_at: OffsetDateTime,
}

/// What deleting expired drafts removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExpiredDrafts {
    pub drafts: u64,
    pub upload_keys: Vec<String>,
}

#[async_trait]
pub trait ApplicationStore: Send + Sync {
    /// `Conflict` when the token exists (a random collision; make a new one).
    async fn create_draft(&self, new: NewDraft<'_>) -> StorageResult<()>;

    async fn draft(&self, token: &DraftToken) -> StorageResult<Option<Draft>>;

    /// Saves the values; returns the new revision. `NotFound` for an unknown or expired draft,
    /// `Conflict` for a submitted one.
    async fn save_draft(&self, update: DraftUpdate<'_>) -> StorageResult<u32>;

    async fn set_draft_email(
        &self,
        token: &DraftToken,
        email: Option<&EmailAddress>,
    ) -> StorageResult<()>;

    /// Turns the draft into a submission, with its jobs and audit entry, in one transaction. A
    /// second call for the same draft stores nothing and returns the first reference as
    /// `AlreadyThere`. `NotFound` for an unknown draft.
    async fn submit_draft(
        &self,
        new: NewSubmission<'_>,
        jobs: &[NewJob],
    ) -> StorageResult<Inserted<Reference>>;

    async fn submission(&self, reference: &Reference) -> StorageResult<Option<Submission>>;

    async fn submission_for_draft(&self, token: &DraftToken) -> StorageResult<Option<Submission>>;

    /// Deletes drafts that expired before `now` and were never submitted, with their uploads;
    /// returns the storage keys of those uploads, whose files are to be deleted too.
    async fn delete_expired_drafts(&self, now: OffsetDateTime) -> StorageResult<ExpiredDrafts>;
}
