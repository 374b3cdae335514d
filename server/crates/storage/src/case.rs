//! Cases (Vorgänge) in the back office: one per submission, in one inbox.

use async_trait::async_trait;
use domain::application::{CaseState, DraftToken, Reference};
use domain::audit::AuditEvent;
use domain::case::CaseId;
use domain::staff::StaffId;
use time::{Date, OffsetDateTime};

use crate::{Inserted, NewJob, StorageResult};

/// A case about to be opened for the submission of a draft.
#[derive(Debug, Clone)]
pub struct NewCase<'a> {
    pub draft_token: &'a DraftToken,
    pub inbox: &'a str,
    pub opened_at: OffsetDateTime,
    pub due_at: OffsetDateTime,
}

/// A case as inbox and case page list it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseSummary {
    pub id: CaseId,
    pub reference: Reference,
    pub draft_token: DraftToken,
    pub service_id: String,
    pub service_version: u32,
    pub inbox: String,
    pub state: CaseState,
    /// Who works on it: id and name.
    pub assignee: Option<(StaffId, String)>,
    /// Who asked for the sign-off.
    pub prepared_by: Option<StaffId>,
    pub received_at: OffsetDateTime,
    pub due_at: OffsetDateTime,
    /// Wiedervorlage: the day the case comes back to whoever works on it.
    pub resubmit_on: Option<Date>,
    /// When it was closed (abgeschlossen).
    pub closed_at: Option<OffsetDateTime>,
}

/// A step of the workflow as storage carries it out.
#[derive(Debug, Clone, Copy)]
pub struct CaseMove<'a> {
    pub from: CaseState,
    pub to: CaseState,
    /// Who asked for the sign-off (kept until the case is sent back).
    pub prepared_by: Option<StaffId>,
    /// What must follow the step, stored in its transaction.
    pub jobs: &'a [NewJob],
}

/// A Vermerk on a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseNote {
    /// Who wrote it: id and name.
    pub author: (StaffId, String),
    pub text: String,
    pub at: OffsetDateTime,
}

/// Which cases to list: always within the given inboxes of one tenant.
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    pub tenant_slug: String,
    pub inboxes: Vec<String>,
    pub state: Option<CaseState>,
    pub assignee: Option<StaffId>,
    /// The start of a reference, e.g. `KU-2026-0000`.
    pub reference_prefix: Option<String>,
}

#[async_trait]
pub trait CaseStore: Send + Sync {
    /// Opens the case of the draft's submission with `audit`, once: a second call returns the
    /// first case as `AlreadyThere`. `NotFound` when the draft has no submission.
    async fn open_case(
        &self,
        case: &NewCase<'_>,
        audit: &AuditEvent,
    ) -> StorageResult<Inserted<CaseId>>;

    /// The cases the filter allows, the earliest deadline first.
    async fn cases(&self, filter: &CaseFilter) -> StorageResult<Vec<CaseSummary>>;

    async fn case_summary(&self, id: CaseId) -> StorageResult<Option<CaseSummary>>;

    /// Moves the case from `step.from` to `step.to`, records who asked for its sign-off and
    /// stores the step's jobs, with `audit`. `Conflict` when it is no longer in `from` (someone was faster), `NotFound` for
    /// an unknown case.
    async fn move_case(
        &self,
        id: CaseId,
        step: &CaseMove<'_>,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()>;

    /// Adds a Vermerk with `audit`. `NotFound` for an unknown case.
    async fn add_case_note(
        &self,
        id: CaseId,
        author: StaffId,
        text: &str,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()>;

    /// The case's Vermerke, the oldest first.
    async fn case_notes(&self, id: CaseId) -> StorageResult<Vec<CaseNote>>;

    /// Sets (or with `None` clears) the case's Wiedervorlage, with `audit`. `NotFound` for an
    /// unknown case.
    async fn set_resubmission(
        &self,
        id: CaseId,
        on: Option<Date>,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()>;

    /// Gives the case to `assignee` with `audit`; a case still "eingegangen" is now "in
    /// Bearbeitung". `NotFound` for an unknown case.
    async fn assign_case(
        &self,
        id: CaseId,
        assignee: StaffId,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()>;
}
