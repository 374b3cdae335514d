//! The transactional outbox: work that must happen after a commit (mail, intake, print, KI) is
//! stored as a job in the same transaction as the change that causes it, then claimed and run by
//! workers. Jobs are claimed under a lease, so a crashed worker's job is picked up again, and a
//! job whose lease was lost cannot be completed by the old worker.

use async_trait::async_trait;
use time::OffsetDateTime;

use crate::StorageResult;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct JobId(pub i64);

/// A job to enqueue. The idempotency key is unique: enqueuing the same key twice keeps one job.
#[derive(Debug, Clone, PartialEq)]
pub struct NewJob {
    pub kind: String,
    pub payload: serde_json::Value,
    pub idempotency_key: String,
    pub run_at: OffsetDateTime,
}

/// A job a worker holds until `lease_until`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimedJob {
    pub id: JobId,
    pub kind: String,
    pub payload: serde_json::Value,
    pub idempotency_key: String,
    /// Attempts so far, counting this one.
    pub attempts: u32,
    pub lease_token: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OutboxCounts {
    /// Waiting to run or running.
    pub pending: u64,
    /// Given up after permanent errors or too many attempts; needs a person.
    pub failed: u64,
}

#[async_trait]
pub trait OutboxStore: Send + Sync {
    /// Enqueues jobs on their own (for jobs not caused by another write).
    async fn enqueue_jobs(&self, jobs: &[NewJob]) -> StorageResult<()>;

    /// Claims the job that is due first and not leased by anyone, or `None`.
    async fn claim_next_job(
        &self,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
        lease_token: &str,
    ) -> StorageResult<Option<ClaimedJob>>;

    /// Marks a claimed job done. `Conflict` when the lease was lost to another worker.
    async fn complete_job(&self, job: &ClaimedJob, now: OffsetDateTime) -> StorageResult<()>;

    /// Releases a claimed job to run again at `run_at`, recording why it failed.
    async fn retry_job_at(
        &self,
        job: &ClaimedJob,
        run_at: OffsetDateTime,
        error: &str,
    ) -> StorageResult<()>;

    /// Gives a claimed job up for good, recording why.
    async fn fail_job(
        &self,
        job: &ClaimedJob,
        now: OffsetDateTime,
        error: &str,
    ) -> StorageResult<()>;

    async fn outbox_counts(&self) -> StorageResult<OutboxCounts>;

    /// Pending jobs of one kind.
    async fn pending_jobs_of_kind(&self, kind: &str) -> StorageResult<u64>;
}
