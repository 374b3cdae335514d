//! What the search index is rebuilt from. The index itself is tantivy's (crate
//! `search-tantivy`); this database only feeds it through `search-index` jobs (migration 0015).

use async_trait::async_trait;
use sqlx::Row;
use storage::{SearchSource, SearchSourceStore, StorageResult};

use crate::SqliteStorage;
use crate::convert::database_error;

#[async_trait]
impl SearchSourceStore for SqliteStorage {
    async fn search_sources(&self) -> StorageResult<Vec<SearchSource>> {
        let rows = sqlx::query(
            "SELECT 'case' AS kind, id FROM cases UNION ALL SELECT 'akte', id FROM akten
             ORDER BY kind, id",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(database_error)?;
        Ok(rows
            .into_iter()
            .filter_map(|row| {
                let kind: String = row.get("kind");
                SearchSource::parse(&format!("{kind}:{}", row.get::<i64, _>("id")))
            })
            .collect())
    }
}
