//! Rate-limit windows in PostgreSQL: one upsert per request, shared by every server instance.

use async_trait::async_trait;
use storage::{RateLimitStore, StorageResult};
use time::OffsetDateTime;

use crate::PostgresStorage;
use crate::convert::database_error;

#[async_trait]
impl RateLimitStore for PostgresStorage {
    async fn count_hit(&self, key: &str, window_start: OffsetDateTime) -> StorageResult<u32> {
        let hits: i32 = sqlx::query_scalar(
            "INSERT INTO rate_windows (key, window_start, hits) VALUES ($1, $2, 1)
             ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_windows.hits + 1
             RETURNING hits",
        )
        .bind(key)
        .bind(window_start)
        .fetch_one(&self.pool)
        .await
        .map_err(database_error)?;
        Ok(u32::try_from(hits).unwrap_or(u32::MAX))
    }

    async fn delete_rate_windows_before(&self, before: OffsetDateTime) -> StorageResult<u64> {
        let done = sqlx::query("DELETE FROM rate_windows WHERE window_start < $1")
            .bind(before)
            .execute(&self.pool)
            .await
            .map_err(database_error)?;
        Ok(done.rows_affected())
    }
}
