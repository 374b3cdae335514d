//! A case's decision: what the caseworker prepared (outcome and reasoning), and, once a second
//! person signed it off, its release — the frozen letter filed in the Akte, the channel it went
//! by, and the Postfach message that carries it. A decision is released once.

use async_trait::async_trait;
use domain::audit::AuditEvent;
use domain::case::CaseId;
use domain::delivery::Channel;
use domain::delivery::figures::MonthlyLetters;
use domain::letter::DecisionText;
use domain::staff::StaffId;
use time::OffsetDateTime;

use crate::postfach::JobsFor;
use crate::{MessageId, NewDocument, NewMessage, StorageResult};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub case: CaseId,
    pub text: DecisionText,
    pub written_by: StaffId,
    pub written_at: OffsetDateTime,
    pub release: Option<Release>,
}

/// How a signed-off decision went out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Release {
    pub released_at: OffsetDateTime,
    /// The letter's number among the Akte's documents.
    pub document_number: u32,
    /// The frozen letter's SHA-256 (hex).
    pub sha256: String,
    pub channel: Channel,
    /// The Postfach message carrying it (digital channel only).
    pub message: Option<MessageId>,
}

/// What releasing a decision stores in one transaction.
#[derive(Debug, Clone)]
pub struct NewRelease<'a> {
    /// The letter, filed zu den Akten in the case's Akte.
    pub letter: NewDocument,
    pub channel: Channel,
    /// The Postfach message (with the same letter) when the channel is digital.
    pub message: Option<NewMessage<'a>>,
}

#[async_trait]
pub trait DecisionStore: Send + Sync {
    /// Writes the decision of a case in Bearbeitung (replacing one sent back) and moves the case
    /// to "Entscheidung vorbereitet", with `audit`, at once. `Conflict` when the case is in
    /// another state, `NotFound` for an unknown case.
    async fn prepare_decision(
        &self,
        case: CaseId,
        text: &DecisionText,
        author: StaffId,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()>;

    async fn decision(&self, case: CaseId) -> StorageResult<Option<Decision>>;

    /// Files the letter in the case's open Akte, posts the message with the jobs `jobs_for`
    /// makes of it, and records the release, in one transaction. `Conflict` when it was
    /// released before (the first release stands) or the Akte is not open, `NotFound` when the
    /// case has no decision.
    async fn release_decision(
        &self,
        case: CaseId,
        release: &NewRelease<'_>,
        jobs_for: JobsFor<'_>,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<Release>;

    /// The tenant's released decisions per month of release (UTC), the oldest first: digital
    /// (in a Postfach, not gone on paper) and paper (from the start or after ten days).
    async fn letters_per_month(&self, tenant_slug: &str) -> StorageResult<Vec<MonthlyLetters>>;
}
