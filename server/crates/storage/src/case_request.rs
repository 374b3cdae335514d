//! Nachforderungen: what a caseworker asked an applicant, and the answer.

use async_trait::async_trait;
use domain::application::DraftToken;
use domain::audit::AuditEvent;
use domain::case::CaseId;
use domain::staff::StaffId;
use time::OffsetDateTime;

use crate::{NewJob, StorageResult, Upload};

/// One question to the applicant, answered or still open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InformationRequest {
    pub id: i64,
    pub case_id: CaseId,
    pub question: String,
    /// Who asked: id and name.
    pub asked_by: (StaffId, String),
    pub asked_at: OffsetDateTime,
    /// The answer's text (may be empty when files answer) and when it came.
    pub answer: Option<(String, OffsetDateTime)>,
}

/// A question about to be asked.
#[derive(Debug, Clone)]
pub struct NewInformationRequest<'a> {
    pub case_id: CaseId,
    pub question: &'a str,
    pub asked_by: StaffId,
    pub at: OffsetDateTime,
}

#[async_trait]
pub trait InformationRequestStore: Send + Sync {
    /// Asks the question: the case moves from "in Bearbeitung" to "Nachforderung", with
    /// `audit` and `jobs` (the applicant's notice) in one transaction; returns the request's
    /// id. `Conflict` when the case is no longer in Bearbeitung, `NotFound` for an unknown case.
    async fn request_information(
        &self,
        request: &NewInformationRequest<'_>,
        jobs: &[NewJob],
        audit: &AuditEvent,
    ) -> StorageResult<i64>;

    /// Every request of the case, the oldest first.
    async fn information_requests(&self, case: CaseId) -> StorageResult<Vec<InformationRequest>>;

    /// The unanswered request of the draft's case, if there is one.
    async fn open_information_request(
        &self,
        draft: &DraftToken,
    ) -> StorageResult<Option<InformationRequest>>;

    /// Records the answer with its files (uploads of the submitted draft), and moves the case
    /// back to "in Bearbeitung", with `audit`, in one transaction. `Conflict` when the request
    /// was answered already, `NotFound` for an unknown request.
    async fn answer_information_request(
        &self,
        request: i64,
        answer: &str,
        files: &[Upload],
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()>;
}
