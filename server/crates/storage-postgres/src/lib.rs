//! The PostgreSQL backend of the storage seam: the scale-out choice, where several stateless
//! server instances share one database. Claims use `FOR UPDATE SKIP LOCKED`; migrations take
//! PostgreSQL's advisory lock, so instances starting together migrate once.

mod account;
mod application;
mod audit;
mod case;
mod case_request;
mod catalogue;
mod convert;
mod decision;
mod disposal;
mod feedback;
mod integration;
mod local_account;
mod organisation;
mod outbox;
mod postfach;
mod rate_limit;
mod record;
mod search;
mod staff;
mod tenant;
#[cfg(feature = "testing")]
pub mod testing;
mod upload;

use std::time::Duration;

use async_trait::async_trait;
use sqlx::postgres::{PgPool, PgPoolOptions};
use storage::{Storage, StorageError, StorageResult};

use convert::database_error;
pub use search::PostgresSearch;

/// Storage in a PostgreSQL database.
#[derive(Clone)]
pub struct PostgresStorage {
    pool: PgPool,
}

impl PostgresStorage {
    /// Connects to `url` (`postgres://…`). Does not migrate.
    pub async fn connect(url: &str, max_connections: u32) -> StorageResult<Self> {
        let pool = PgPoolOptions::new()
            .max_connections(max_connections.max(1))
            .acquire_timeout(Duration::from_secs(10))
            .connect(url)
            .await
            .map_err(database_error)?;
        Ok(PostgresStorage { pool })
    }

    /// Applies the migrations in `migrations/` that have not run yet.
    pub async fn migrate(&self) -> StorageResult<()> {
        sqlx::migrate!("./migrations")
            .run(&self.pool)
            .await
            .map_err(|e| StorageError::Database(Box::new(e)))
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

#[async_trait]
impl Storage for PostgresStorage {
    fn backend_name(&self) -> &'static str {
        "postgres"
    }

    async fn ping(&self) -> StorageResult<()> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map_err(database_error)?;
        Ok(())
    }
}
