//! The outbox in PostgreSQL. Claims lock the chosen row with `FOR UPDATE SKIP LOCKED`, so
//! workers on several server instances take different jobs without waiting for each other.

use async_trait::async_trait;
use sqlx::{PgConnection, Row};
use storage::{ClaimedJob, JobId, NewJob, OutboxCounts, OutboxStore, StorageError, StorageResult};
use time::OffsetDateTime;

use crate::PostgresStorage;
use crate::convert::database_error;

/// Inserts jobs inside the caller's transaction; a job whose key exists is skipped.
pub(crate) async fn insert_jobs(
    connection: &mut PgConnection,
    jobs: &[NewJob],
) -> StorageResult<()> {
    for job in jobs {
        sqlx::query(
            "INSERT INTO outbox_jobs (kind, payload, idempotency_key, run_at)
             VALUES ($1, $2, $3, $4)
             ON CONFLICT (idempotency_key) DO NOTHING",
        )
        .bind(&job.kind)
        .bind(&job.payload)
        .bind(&job.idempotency_key)
        .bind(job.run_at)
        .execute(&mut *connection)
        .await
        .map_err(database_error)?;
    }
    Ok(())
}

fn lease_lost(job: &ClaimedJob) -> StorageError {
    StorageError::Conflict(format!(
        "outbox job {} is no longer leased to this worker",
        job.id.0
    ))
}

#[async_trait]
impl OutboxStore for PostgresStorage {
    async fn enqueue_jobs(&self, jobs: &[NewJob]) -> StorageResult<()> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        insert_jobs(&mut tx, jobs).await?;
        tx.commit().await.map_err(database_error)
    }

    async fn claim_next_job(
        &self,
        now: OffsetDateTime,
        lease_until: OffsetDateTime,
        lease_token: &str,
    ) -> StorageResult<Option<ClaimedJob>> {
        let row = sqlx::query(
            "UPDATE outbox_jobs
             SET attempts = attempts + 1, lease_token = $1, lease_until = $2
             WHERE id = (
               SELECT id FROM outbox_jobs
               WHERE state = 'pending' AND run_at <= $3
                 AND (lease_until IS NULL OR lease_until <= $3)
               ORDER BY run_at, id
               LIMIT 1
               FOR UPDATE SKIP LOCKED)
             RETURNING id, kind, payload, idempotency_key, attempts, lease_token",
        )
        .bind(lease_token)
        .bind(lease_until)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .map_err(database_error)?;
        Ok(row.map(|row| ClaimedJob {
            id: JobId(row.get("id")),
            kind: row.get("kind"),
            payload: row.get("payload"),
            idempotency_key: row.get("idempotency_key"),
            attempts: u32::try_from(row.get::<i32, _>("attempts")).unwrap_or(u32::MAX),
            lease_token: row.get("lease_token"),
        }))
    }

    async fn complete_job(&self, job: &ClaimedJob, now: OffsetDateTime) -> StorageResult<()> {
        let done = sqlx::query(
            "UPDATE outbox_jobs
             SET state = 'done', finished_at = $1, lease_token = NULL, lease_until = NULL
             WHERE id = $2 AND lease_token = $3 AND state = 'pending'",
        )
        .bind(now)
        .bind(job.id.0)
        .bind(&job.lease_token)
        .execute(&self.pool)
        .await
        .map_err(database_error)?;
        if done.rows_affected() == 1 {
            Ok(())
        } else {
            Err(lease_lost(job))
        }
    }

    async fn retry_job_at(
        &self,
        job: &ClaimedJob,
        run_at: OffsetDateTime,
        error: &str,
    ) -> StorageResult<()> {
        let released = sqlx::query(
            "UPDATE outbox_jobs
             SET run_at = $1, last_error = $2, lease_token = NULL, lease_until = NULL
             WHERE id = $3 AND lease_token = $4 AND state = 'pending'",
        )
        .bind(run_at)
        .bind(error)
        .bind(job.id.0)
        .bind(&job.lease_token)
        .execute(&self.pool)
        .await
        .map_err(database_error)?;
        if released.rows_affected() == 1 {
            Ok(())
        } else {
            Err(lease_lost(job))
        }
    }

    async fn fail_job(
        &self,
        job: &ClaimedJob,
        now: OffsetDateTime,
        error: &str,
    ) -> StorageResult<()> {
        let failed = sqlx::query(
            "UPDATE outbox_jobs
             SET state = 'failed', finished_at = $1, last_error = $2,
                 lease_token = NULL, lease_until = NULL
             WHERE id = $3 AND lease_token = $4 AND state = 'pending'",
        )
        .bind(now)
        .bind(error)
        .bind(job.id.0)
        .bind(&job.lease_token)
        .execute(&self.pool)
        .await
        .map_err(database_error)?;
        if failed.rows_affected() == 1 {
            Ok(())
        } else {
            Err(lease_lost(job))
        }
    }

    async fn outbox_counts(&self) -> StorageResult<OutboxCounts> {
        let row = sqlx::query(
            "SELECT COUNT(*) FILTER (WHERE state = 'pending') AS pending,
                    COUNT(*) FILTER (WHERE state = 'failed') AS failed
             FROM outbox_jobs",
        )
        .fetch_one(&self.pool)
        .await
        .map_err(database_error)?;
        let count = |column: &str| u64::try_from(row.get::<i64, _>(column)).unwrap_or_default();
        Ok(OutboxCounts {
            pending: count("pending"),
            failed: count("failed"),
        })
    }

    async fn pending_jobs_of_kind(&self, kind: &str) -> StorageResult<u64> {
        let count: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM outbox_jobs WHERE state = 'pending' AND kind = $1",
        )
        .bind(kind)
        .fetch_one(&self.pool)
        .await
        .map_err(database_error)?;
        Ok(u64::try_from(count).unwrap_or_default())
    }
}
