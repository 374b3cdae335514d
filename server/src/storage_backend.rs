//! Picks the storage backend from the database URL.

use std::sync::Arc;

use anyhow::Context;
use storage::Storage;
use storage_postgres::PostgresStorage;
use storage_sqlite::SqliteStorage;

use crate::config::DatabaseConfig;

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

    pub fn into_storage(self) -> Arc<dyn Storage> {
        match self {
            Backend::Sqlite(storage) => Arc::new(storage),
            Backend::Postgres(storage) => Arc::new(storage),
        }
    }
}
