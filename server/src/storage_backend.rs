//! Picks the storage backend from the database URL.

use std::sync::Arc;

use anyhow::Context;
use search_tantivy::TantivySearch;
use storage::{SearchIndex, Storage};
use storage_postgres::PostgresStorage;
use storage_sqlite::SqliteStorage;

use crate::config::{DatabaseConfig, SearchConfig};

/// The connected backend, before it is type-erased into `Arc<dyn Storage>`.
pub enum Backend {
    Sqlite(SqliteStorage),
    Postgres(PostgresStorage),
}

impl Backend {
    pub async fn connect(config: &DatabaseConfig) -> anyhow::Result<Backend> {
        let url = config.url.expose();
        if config.url.is_postgres() {
            let storage = PostgresStorage::connect(url, config.max_connections)
                .await
                .with_context(|| format!("connecting to PostgreSQL at {}", config.url))?;
            Ok(Backend::Postgres(storage))
        } else {
            let storage = SqliteStorage::connect(url, config.max_connections)
                .await
                .with_context(|| format!("opening SQLite at {}", config.url))?;
            Ok(Backend::Sqlite(storage))
        }
    }

    pub async fn migrate(&self) -> anyhow::Result<()> {
        match self {
            Backend::Sqlite(storage) => storage.migrate().await,
            Backend::Postgres(storage) => storage.migrate().await,
        }
        .context("applying database migrations")
    }

    /// The search engine that goes with the database: PostgreSQL's own full-text search, one
    /// index for every instance; tantivy in a folder beside SQLite.
    pub fn search_index(&self, config: &SearchConfig) -> anyhow::Result<Arc<dyn SearchIndex>> {
        Ok(match self {
            Backend::Sqlite(_) => {
                Arc::new(TantivySearch::open(&config.folder).with_context(|| {
                    format!("opening the search index in {}", config.folder.display())
                })?)
            }
            Backend::Postgres(storage) => Arc::new(storage.search_index()),
        })
    }

    pub fn into_storage(self) -> Arc<dyn Storage> {
        match self {
            Backend::Sqlite(storage) => Arc::new(storage),
            Backend::Postgres(storage) => Arc::new(storage),
        }
    }
}
