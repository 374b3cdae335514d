//! Counting requests per client and window for the rate limits.

use async_trait::async_trait;
use time::OffsetDateTime;

use crate::StorageResult;

#[async_trait]
pub trait RateLimitStore: Send + Sync {
    /// Counts one request under `key` in the window starting at `window_start`; returns how many
    /// there were in that window, this one included. Concurrent calls count each request once.
    async fn count_hit(&self, key: &str, window_start: OffsetDateTime) -> StorageResult<u32>;

    /// Forgets windows that started before `before`; returns how many.
    async fn delete_rate_windows_before(&self, before: OffsetDateTime) -> StorageResult<u64>;
}
