//! Background jobs and the worker that runs them from the outbox.
//!
//! A job is stored in the same transaction as the change that causes it and identified by an
//! idempotency key, so it exists exactly once. The worker claims it under a lease, runs it, and
//! marks it done; transient failures come back with exponential backoff, permanent ones (and
//! jobs that keep failing) are marked failed for a person to look at. Every job must be safe to
//! run twice, because a crash between running and marking done repeats it.

use std::sync::Arc;

use domain::application::DraftToken;
use domain::case::CaseId;
use domain::integration::{ApiClientId, CaseEventKind};
use domain::{Locale, SubmissionKey};
use serde::{Deserialize, Serialize};
use storage::{ClaimedJob, NewJob, StorageError};
use time::{Duration, OffsetDateTime};
use tokio::sync::{Notify, watch};

use crate::mailer::MailError;
use crate::{Portal, application, random_token};

/// Every kind of job the portal knows, with its payload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Job {
    /// Tell the tenant's accessibility contact about new feedback.
    NotifyFeedback { key: SubmissionKey },
    /// Confirm a submission to the applicant.
    ConfirmSubmission { token: DraftToken },
    /// Send the link to continue a draft.
    ResumeLink {
        token: DraftToken,
        requested_at: i64,
    },
    /// Remind that a draft will be deleted at `expires_at` (Unix seconds) unless saved again.
    DraftExpiryReminder { token: DraftToken, expires_at: i64 },
    /// Delete expired drafts; one per hour, named by it.
    SweepDrafts { hour: i64 },
    /// Delete the files of a deleted account's drafts.
    DeleteAccountFiles { account: i64, keys: Vec<String> },
    /// Mail the link of an invitation to an organisation.
    OrganisationInvitation { token: String, locale: Locale },
    /// Open the case of a submission in the back office's inbox.
    Intake { token: DraftToken },
    /// Mail the link confirming a local account's address or setting its password.
    LocalAccountMail { token: String, locale: Locale },
    /// Tell the applicant that the authority asked something (Nachforderung) at `asked_at`.
    InformationRequestNotice { token: DraftToken, asked_at: i64 },
    /// The day's look at every open case's deadline; one per day, named by it.
    DeadlineWatch { day: i64 },
    /// A case's deadline reminder or escalation (`erinnerung`, `eskalation`), once per case.
    DeadlineNotice { case: i64, notice: String },
    /// One staff member's digest of the day.
    Digest { day: i64, staff: i64 },
    /// Bring the search index up to date with a case or an Akte (`case:12`, `akte:3`). The
    /// database enqueues these itself with every change (migration 0015).
    SearchIndex { object: String },
    /// Delete the files of an ausgesonderte Akte (its records went in the disposing transaction).
    DisposeFiles { akte: i64, keys: Vec<String> },
    /// Something happened to a case: fan out its webhooks. The database enqueues these itself
    /// with every change (migration 0018); `id` names the event.
    CaseEvent {
        case: i64,
        event: CaseEventKind,
        id: String,
    },
    /// Tell the recipient of a Postfach message that it is there (no content).
    PostfachNotice { message: i64 },
    /// Render, file and send a signed-off decision, dated by its sign-off (Unix seconds).
    ReleaseDecision { case: i64, signed_off_at: i64 },
    /// File the proof of how a decision in the Postfach was delivered (retrieved or on paper).
    FileDeliveryProof { message: i64 },
    /// Deliver one event's webhook to one integration.
    Webhook {
        client: i64,
        event: String,
        event_type: CaseEventKind,
        case: i64,
        occurred_at: i64,
    },
}

impl Job {
    pub fn kind(&self) -> &'static str {
        match self {
            Job::NotifyFeedback { .. } => "notify-feedback",
            Job::ConfirmSubmission { .. } => "confirm-submission",
            Job::ResumeLink { .. } => "resume-link",
            Job::DraftExpiryReminder { .. } => "draft-expiry-reminder",
            Job::SweepDrafts { .. } => "sweep-drafts",
            Job::DeleteAccountFiles { .. } => "delete-account-files",
            Job::OrganisationInvitation { .. } => "organisation-invitation",
            Job::LocalAccountMail { .. } => "local-account-mail",
            Job::Intake { .. } => "intake",
            Job::InformationRequestNotice { .. } => "information-request-notice",
            Job::DeadlineWatch { .. } => "deadline-watch",
            Job::DeadlineNotice { .. } => "deadline-notice",
            Job::Digest { .. } => "digest",
            Job::SearchIndex { .. } => "search-index",
            Job::DisposeFiles { .. } => "dispose-files",
            Job::CaseEvent { .. } => "case-event",
            Job::Webhook { .. } => "webhook",
            Job::PostfachNotice { .. } => "postfach-notice",
            Job::ReleaseDecision { .. } => "release-decision",
            Job::FileDeliveryProof { .. } => "delivery-proof",
        }
    }

    fn idempotency_key(&self) -> String {
        match self {
            Job::NotifyFeedback { key } => format!("notify-feedback:{key}"),
            Job::ConfirmSubmission { token } => format!("confirm-submission:{token}"),
            Job::ResumeLink {
                token,
                requested_at,
            } => format!("resume-link:{token}:{requested_at}"),
            Job::DraftExpiryReminder { token, expires_at } => {
                format!("draft-expiry-reminder:{token}:{expires_at}")
            }
            Job::SweepDrafts { hour } => format!("sweep-drafts:{hour}"),
            Job::DeleteAccountFiles { account, .. } => format!("delete-account-files:{account}"),
            Job::OrganisationInvitation { token, .. } => format!("organisation-invitation:{token}"),
            Job::LocalAccountMail { token, .. } => format!("local-account-mail:{token}"),
            Job::Intake { token } => format!("intake:{token}"),
            Job::InformationRequestNotice { token, asked_at } => {
                format!("information-request-notice:{token}:{asked_at}")
            }
            Job::DeadlineWatch { day } => format!("deadline-watch:{day}"),
            Job::DeadlineNotice { case, notice } => format!("deadline-notice:{case}:{notice}"),
            Job::Digest { day, staff } => format!("digest:{day}:{staff}"),
            // Every change needs its own run: a job that ran already must not swallow it.
            Job::SearchIndex { object } => format!("search-index:{object}:{}", random_token()),
            Job::DisposeFiles { akte, .. } => format!("dispose-files:{akte}"),
            Job::CaseEvent { id, .. } => format!("case-event:{id}"),
            Job::Webhook { client, event, .. } => format!("webhook:{client}:{event}"),
            Job::PostfachNotice { message } => format!("postfach-notice:{message}"),
            Job::ReleaseDecision { case, .. } => format!("release-decision:{case}"),
            Job::FileDeliveryProof { message } => format!("delivery-proof:{message}"),
        }
    }

    /// The outbox row for this job, due at `run_at`.
    pub fn to_new_job(&self, run_at: OffsetDateTime) -> NewJob {
        NewJob {
            kind: self.kind().to_owned(),
            payload: serde_json::to_value(self).unwrap_or_default(),
            idempotency_key: self.idempotency_key(),
            run_at,
        }
    }

    fn from_claimed(claimed: &ClaimedJob) -> Result<Job, JobError> {
        serde_json::from_value(claimed.payload.clone()).map_err(|e| {
            JobError::Permanent(format!(
                "payload of a {:?} job does not parse: {e}",
                claimed.kind
            ))
        })
    }

    /// What must happen when the job failed for good: a people's task where a person depends
    /// on it, nothing otherwise (the failed job stays in the outbox for the operators).
    async fn gave_up(&self, portal: &Portal, error: &str) -> Result<(), StorageError> {
        match self {
            Job::PostfachNotice { message } => {
                crate::postfach::notice_failed(portal, storage::MessageId(*message), error).await
            }
            _ => Ok(()),
        }
    }

    async fn run(&self, portal: &Portal) -> Result<(), JobError> {
        match self {
            Job::NotifyFeedback { key } => crate::feedback::notify_feedback(portal, key).await,
            Job::ConfirmSubmission { token } => application::send_confirmation(portal, token).await,
            Job::ResumeLink {
                token,
                requested_at,
            } => application::send_resume_mail(portal, token, *requested_at).await,
            Job::DraftExpiryReminder { token, expires_at } => {
                application::send_expiry_reminder(portal, token, *expires_at).await
            }
            Job::SweepDrafts { .. } => application::sweep_drafts(portal).await,
            Job::DeleteAccountFiles { keys, .. } | Job::DisposeFiles { keys, .. } => {
                crate::personal_data::delete_files(portal, keys).await
            }
            Job::OrganisationInvitation { token, locale } => {
                crate::organisations::send_invitation(portal, token, *locale).await
            }
            Job::Intake { token } => crate::cases::intake(portal, token).await,
            Job::InformationRequestNotice { token, asked_at } => {
                crate::information_requests::send_notice(portal, token, *asked_at).await
            }
            Job::DeadlineWatch { day } => crate::deadlines::watch(portal, *day).await,
            Job::DeadlineNotice { case, notice } => {
                crate::deadlines::send_notice(portal, *case, notice).await
            }
            Job::Digest { day, staff } => crate::deadlines::send_digest(portal, *day, *staff).await,
            Job::SearchIndex { object } => crate::search::index_object(portal, object).await,
            Job::PostfachNotice { message } => {
                crate::postfach::send_notice(portal, storage::MessageId(*message)).await
            }
            Job::ReleaseDecision {
                case,
                signed_off_at,
            } => crate::decisions::release(portal, CaseId(*case), *signed_off_at).await,
            Job::FileDeliveryProof { message } => {
                crate::decisions::file_delivery_proof(portal, storage::MessageId(*message)).await
            }
            Job::CaseEvent { case, event, id } => {
                crate::webhooks::fan_out(portal, CaseId(*case), *event, id).await
            }
            Job::Webhook {
                client,
                event,
                event_type,
                case,
                occurred_at,
            } => {
                crate::webhooks::deliver(
                    portal,
                    ApiClientId(*client),
                    event,
                    *event_type,
                    CaseId(*case),
                    *occurred_at,
                )
                .await
            }
            Job::LocalAccountMail { token, locale } => {
                crate::local_accounts::send_link_mail(portal, token, *locale).await
            }
        }
    }
}

/// How a job failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JobError {
    #[error("{0}")]
    Transient(String),
    #[error("{0}")]
    Permanent(String),
}

impl From<StorageError> for JobError {
    fn from(error: StorageError) -> Self {
        match error {
            StorageError::Corrupt(reason) => JobError::Permanent(reason),
            other => JobError::Transient(other.to_string()),
        }
    }
}

impl From<MailError> for JobError {
    fn from(error: MailError) -> Self {
        match error {
            MailError::Transient(reason) => JobError::Transient(reason),
            MailError::Permanent(reason) => JobError::Permanent(reason),
        }
    }
}

/// When and how often to retry.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    pub first_delay: Duration,
    pub max_delay: Duration,
    /// After this many attempts a transient failure counts as permanent.
    pub max_attempts: u32,
}

impl Default for RetryPolicy {
    /// 30 s, doubling up to 30 min: 14 attempts span about four hours.
    fn default() -> Self {
        RetryPolicy {
            first_delay: Duration::seconds(30),
            max_delay: Duration::minutes(30),
            max_attempts: 14,
        }
    }
}

impl RetryPolicy {
    /// The wait after the `attempt`-th failed attempt (1-based).
    pub fn delay_after(&self, attempt: u32) -> Duration {
        let factor = 2_i32.saturating_pow(attempt.saturating_sub(1).min(20));
        (self.first_delay * factor).min(self.max_delay)
    }
}

/// What became of one claimed job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobOutcome {
    Done { kind: String },
    RetryLater { kind: String, error: String },
    Failed { kind: String, error: String },
}

/// Runs outbox jobs. One per server process (or per `server worker`); several may share a
/// PostgreSQL database.
pub struct Worker {
    portal: Arc<Portal>,
    lease: Duration,
    retry: RetryPolicy,
}

impl Worker {
    pub fn new(portal: Arc<Portal>) -> Self {
        Worker {
            portal,
            lease: Duration::minutes(5),
            retry: RetryPolicy::default(),
        }
    }

    /// How long a claimed job is held before another worker may take it over.
    pub fn with_lease(mut self, lease: Duration) -> Self {
        self.lease = lease;
        self
    }

    pub fn with_retry_policy(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Claims and runs the next due job; `None` when nothing is due.
    pub async fn run_next(&self) -> Result<Option<JobOutcome>, StorageError> {
        let storage = &self.portal.storage;
        let now = self.portal.clock.now();
        let Some(claimed) = storage
            .claim_next_job(now, now + self.lease, &random_token())
            .await?
        else {
            return Ok(None);
        };
        let kind = claimed.kind.clone();
        let job = Job::from_claimed(&claimed);
        let result = match &job {
            Ok(job) => job.run(&self.portal).await,
            Err(error) => Err(error.clone()),
        };
        let finished = self.portal.clock.now();
        let outcome = match result {
            Ok(()) => {
                storage.complete_job(&claimed, finished).await?;
                tracing::info!(job.id = claimed.id.0, job.kind = %kind, "job done");
                JobOutcome::Done { kind }
            }
            Err(JobError::Transient(error)) if claimed.attempts < self.retry.max_attempts => {
                let run_at = finished + self.retry.delay_after(claimed.attempts);
                storage.retry_job_at(&claimed, run_at, &error).await?;
                tracing::warn!(job.id = claimed.id.0, job.kind = %kind, job.attempts = claimed.attempts, %error, "job will be retried");
                JobOutcome::RetryLater { kind, error }
            }
            Err(JobError::Transient(error) | JobError::Permanent(error)) => {
                storage.fail_job(&claimed, finished, &error).await?;
                tracing::error!(job.id = claimed.id.0, job.kind = %kind, job.attempts = claimed.attempts, %error, "job failed for good");
                if let Ok(job) = &job {
                    job.gave_up(&self.portal, &error).await?;
                }
                JobOutcome::Failed { kind, error }
            }
        };
        Ok(Some(outcome))
    }

    /// Runs due jobs until none is left; returns what happened to each.
    pub async fn run_until_idle(&self) -> Result<Vec<JobOutcome>, StorageError> {
        let mut outcomes = Vec::new();
        while let Some(outcome) = self.run_next().await? {
            outcomes.push(outcome);
        }
        Ok(outcomes)
    }

    /// Enqueues this hour's sweep of expired drafts and this day's deadline watch; the
    /// idempotency keys make them once per hour and day
    /// however many workers run.
    pub async fn schedule_maintenance(&self) -> Result<(), StorageError> {
        let now = self.portal.clock.now();
        let hour = now.unix_timestamp() / 3600;
        let day = now.unix_timestamp() / 86_400;
        self.portal
            .storage
            .enqueue_jobs(&[
                Job::SweepDrafts { hour }.to_new_job(now),
                Job::DeadlineWatch { day }.to_new_job(now),
            ])
            .await
    }

    /// Runs jobs until `shutdown` turns true: whenever `wake` is notified (a job was enqueued
    /// in this process) and otherwise every `poll_interval` (jobs from other instances, retries).
    pub async fn run(
        self,
        poll_interval: std::time::Duration,
        wake: Arc<Notify>,
        mut shutdown: watch::Receiver<bool>,
    ) {
        tracing::info!("worker started");
        while !*shutdown.borrow() {
            if let Err(error) = self.schedule_maintenance().await {
                tracing::error!(%error, "worker cannot schedule maintenance");
            }
            match self.run_until_idle().await {
                Ok(_) => {}
                Err(error) => tracing::error!(%error, "worker cannot reach the outbox"),
            }
            tokio::select! {
                _ = wake.notified() => {}
                _ = tokio::time::sleep(poll_interval) => {}
                _ = shutdown.changed() => {}
            }
        }
        tracing::info!("worker stopped");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_cap_and_spans_about_four_hours() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.delay_after(1), Duration::seconds(30));
        assert_eq!(policy.delay_after(2), Duration::seconds(60));
        assert_eq!(policy.delay_after(7), Duration::minutes(30));
        assert_eq!(policy.delay_after(400), Duration::minutes(30));
        let total: Duration = (1..policy.max_attempts)
            .map(|a| policy.delay_after(a))
            .sum();
        assert!(
            total >= Duration::hours(3) && total <= Duration::hours(5),
            "{total}"
        );
    }

    #[test]
    fn jobs_round_trip_through_their_payload() {
        let job = Job::NotifyFeedback {
            key: SubmissionKey::parse("abcdefghijklmnop").unwrap(),
        };
        let new = job.to_new_job(OffsetDateTime::UNIX_EPOCH);
        assert_eq!(new.kind, "notify-feedback");
        assert_eq!(new.idempotency_key, "notify-feedback:abcdefghijklmnop");
        let claimed = ClaimedJob {
            id: storage::JobId(1),
            kind: new.kind,
            payload: new.payload,
            idempotency_key: new.idempotency_key,
            attempts: 1,
            lease_token: "t".into(),
        };
        assert_eq!(Job::from_claimed(&claimed), Ok(job));
    }

    #[test]
    fn an_unknown_payload_fails_permanently() {
        let claimed = ClaimedJob {
            id: storage::JobId(1),
            kind: "teleport".into(),
            payload: serde_json::json!({ "kind": "teleport" }),
            idempotency_key: "x".into(),
            attempts: 1,
            lease_token: "t".into(),
        };
        assert!(matches!(
            Job::from_claimed(&claimed),
            Err(JobError::Permanent(_))
        ));
    }
}
