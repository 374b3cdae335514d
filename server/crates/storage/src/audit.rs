//! The hash-chained audit trail (see `domain::audit`).

use async_trait::async_trait;
use domain::audit::{AuditEvent, ChainedAuditEvent};
use time::OffsetDateTime;

use crate::StorageResult;

#[async_trait]
pub trait AuditStore: Send + Sync {
    /// Appends an entry chained to the last one; returns its sequence number.
    async fn append_audit(&self, at: OffsetDateTime, event: &AuditEvent) -> StorageResult<u64>;

    /// Entries after `after` in sequence order, at most `limit`.
    async fn audit_events(&self, after: u64, limit: u32) -> StorageResult<Vec<ChainedAuditEvent>>;

    /// Every entry about `object` (e.g. `case:42`) in sequence order: a case's history.
    async fn audit_events_about(&self, object: &str) -> StorageResult<Vec<ChainedAuditEvent>>;

    /// The sequence number of the last entry, as the head records it.
    async fn audit_head(&self) -> StorageResult<u64>;
}
