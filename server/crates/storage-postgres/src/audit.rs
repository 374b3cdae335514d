//! The audit trail in PostgreSQL. Appends lock the single `audit_head` row first, so concurrent
//! appends from several server instances queue up and the chain cannot fork.

use async_trait::async_trait;
use domain::audit::{AuditEvent, ChainedAuditEvent, chain_hash};
use sqlx::postgres::PgRow;
use sqlx::{PgConnection, Row};
use storage::{AuditStore, StorageResult};
use time::OffsetDateTime;

use crate::PostgresStorage;
use crate::convert::database_error;

/// Appends inside the caller's transaction.
pub(crate) async fn append(
    connection: &mut PgConnection,
    at: OffsetDateTime,
    event: &AuditEvent,
) -> StorageResult<u64> {
    let head = sqlx::query("SELECT sequence, hash FROM audit_head WHERE id = 1 FOR UPDATE")
        .fetch_one(&mut *connection)
        .await
        .map_err(database_error)?;
    let sequence = u64::try_from(head.get::<i64, _>("sequence")).unwrap_or_default() + 1;
    let previous: String = head.get("hash");
    let hash = chain_hash(&previous, sequence, at, event);
    let sequence_db = i64::try_from(sequence).unwrap_or(i64::MAX);
    sqlx::query(
        "INSERT INTO audit_events (sequence, at, actor, action, object, purpose, outcome, previous_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(sequence_db)
    .bind(at)
    .bind(&event.actor)
    .bind(&event.action)
    .bind(&event.object)
    .bind(&event.purpose)
    .bind(&event.outcome)
    .bind(&previous)
    .bind(&hash)
    .execute(&mut *connection)
    .await
    .map_err(database_error)?;
    sqlx::query("UPDATE audit_head SET sequence = $1, hash = $2 WHERE id = 1")
        .bind(sequence_db)
        .bind(&hash)
        .execute(&mut *connection)
        .await
        .map_err(database_error)?;
    Ok(sequence)
}

fn event_from(row: &PgRow) -> ChainedAuditEvent {
    ChainedAuditEvent {
        sequence: u64::try_from(row.get::<i64, _>("sequence")).unwrap_or_default(),
        at: row.get("at"),
        event: AuditEvent {
            actor: row.get("actor"),
            action: row.get("action"),
            object: row.get("object"),
            purpose: row.get("purpose"),
            outcome: row.get("outcome"),
        },
        previous_hash: row.get("previous_hash"),
        hash: row.get("hash"),
    }
}

#[async_trait]
impl AuditStore for PostgresStorage {
    async fn append_audit(&self, at: OffsetDateTime, event: &AuditEvent) -> StorageResult<u64> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let sequence = append(&mut tx, at, event).await?;
        tx.commit().await.map_err(database_error)?;
        Ok(sequence)
    }

    async fn audit_events(&self, after: u64, limit: u32) -> StorageResult<Vec<ChainedAuditEvent>> {
        let rows = sqlx::query(
            "SELECT sequence, at, actor, action, object, purpose, outcome, previous_hash, hash
             FROM audit_events WHERE sequence > $1 ORDER BY sequence LIMIT $2",
        )
        .bind(i64::try_from(after).unwrap_or(i64::MAX))
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(database_error)?;
        Ok(rows.iter().map(event_from).collect())
    }

    async fn audit_events_about(&self, object: &str) -> StorageResult<Vec<ChainedAuditEvent>> {
        let rows = sqlx::query(
            "SELECT sequence, at, actor, action, object, purpose, outcome, previous_hash, hash
             FROM audit_events WHERE object = $1 ORDER BY sequence",
        )
        .bind(object)
        .fetch_all(&self.pool)
        .await
        .map_err(database_error)?;
        Ok(rows.iter().map(event_from).collect())
    }

    async fn audit_head(&self) -> StorageResult<u64> {
        let sequence: i64 = sqlx::query_scalar("SELECT sequence FROM audit_head WHERE id = 1")
            .fetch_one(&self.pool)
            .await
            .map_err(database_error)?;
        Ok(u64::try_from(sequence).unwrap_or_default())
    }
}
