//! The SQLite backend of the storage seam: the embedded default, zero set-up. One file, WAL
//! journal, `synchronous=FULL` so that an acknowledged write survives a power cut, foreign keys
//! on, and a busy timeout so that concurrent writers wait instead of failing. These settings
//! are checked after connecting; the server refuses to start without them.

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
mod upload;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use storage::{Storage, StorageError, StorageResult};

use convert::database_error;

/// How long a writer waits for the database lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Storage in one SQLite file.
#[derive(Clone)]
pub struct SqliteStorage {
    pool: SqlitePool,
}

/// The connection settings as SQLite reports them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SqliteSettings {
    pub journal_mode: String,
    pub synchronous: i64,
    pub foreign_keys: bool,
    pub busy_timeout_ms: i64,
}

impl SqliteStorage {
    /// Opens (creating it and its folder when missing) the database at `url`, e.g.
    /// `sqlite://data/kreisportal.db`, and checks its settings. Does not migrate.
    pub async fn connect(url: &str, max_connections: u32) -> StorageResult<Self> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(database_error)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(BUSY_TIMEOUT);
        if let Some(folder) = options
            .get_filename()
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
        {
            create_folder(folder)?;
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(max_connections.max(1))
            .connect_with(options)
            .await
            .map_err(database_error)?;
        let storage = SqliteStorage { pool };
        storage.check_settings().await?;
        Ok(storage)
    }

    /// Applies the migrations in `migrations/` that have not run yet.
    pub async fn migrate(&self) -> StorageResult<()> {
        sqlx::migrate!("./migrations")
            .run(&self.pool)
            .await
            .map_err(|e| StorageError::Database(Box::new(e)))
    }

    /// Reads the settings back from SQLite.
    pub async fn settings(&self) -> StorageResult<SqliteSettings> {
        let mut connection = self.pool.acquire().await.map_err(database_error)?;
        let journal_mode: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&mut *connection)
            .await
            .map_err(database_error)?;
        let synchronous: i64 = sqlx::query_scalar("PRAGMA synchronous")
            .fetch_one(&mut *connection)
            .await
            .map_err(database_error)?;
        let foreign_keys: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
            .fetch_one(&mut *connection)
            .await
            .map_err(database_error)?;
        let busy_timeout_ms: i64 = sqlx::query_scalar("PRAGMA busy_timeout")
            .fetch_one(&mut *connection)
            .await
            .map_err(database_error)?;
        Ok(SqliteSettings {
            journal_mode,
            synchronous,
            foreign_keys: foreign_keys == 1,
            busy_timeout_ms,
        })
    }

    /// Fails unless the settings that make writes durable and safe are in force.
    async fn check_settings(&self) -> StorageResult<()> {
        let settings = self.settings().await?;
        let expected = SqliteSettings {
            journal_mode: "wal".into(),
            synchronous: 2, // FULL
            foreign_keys: true,
            busy_timeout_ms: i64::try_from(BUSY_TIMEOUT.as_millis()).unwrap_or(i64::MAX),
        };
        if settings
            .journal_mode
            .eq_ignore_ascii_case(&expected.journal_mode)
            && settings.synchronous == expected.synchronous
            && settings.foreign_keys
            && settings.busy_timeout_ms == expected.busy_timeout_ms
        {
            Ok(())
        } else {
            Err(StorageError::Database(
                format!("SQLite settings are {settings:?}, expected {expected:?}").into(),
            ))
        }
    }

    /// Closes all connections (lets tests delete the file).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

fn create_folder(folder: &Path) -> StorageResult<()> {
    std::fs::create_dir_all(folder).map_err(|e| {
        StorageError::Database(format!("cannot create folder {}: {e}", folder.display()).into())
    })
}

#[async_trait]
impl Storage for SqliteStorage {
    fn backend_name(&self) -> &'static str {
        "sqlite"
    }

    async fn ping(&self) -> StorageResult<()> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map_err(database_error)?;
        Ok(())
    }
}

/// The yardstick for benchmarks: plain single-row inserts with the same durability settings as
/// the portal's writes, to compare the portal's durable submissions with.
#[cfg(feature = "bench")]
pub mod baseline {
    use std::time::{Duration, Instant};

    use storage::StorageResult;

    use crate::SqliteStorage;
    use crate::convert::database_error;

    /// Inserts `rows` rows of `payload`, each in its own transaction, from `writers` tasks at
    /// once; returns how long that took.
    pub async fn durable_inserts(
        storage: &SqliteStorage,
        writers: usize,
        rows: usize,
        payload: &str,
    ) -> StorageResult<Duration> {
        sqlx::query("CREATE TABLE IF NOT EXISTS bench_baseline (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)")
            .execute(&storage.pool)
            .await
            .map_err(database_error)?;
        let started = Instant::now();
        let tasks: Vec<_> = (0..writers)
            .map(|writer| {
                let pool = storage.pool.clone();
                let payload = payload.to_owned();
                let count = rows / writers + usize::from(writer < rows % writers);
                tokio::spawn(async move {
                    for _ in 0..count {
                        sqlx::query("INSERT INTO bench_baseline (payload) VALUES (?1)")
                            .bind(&payload)
                            .execute(&pool)
                            .await
                            .map_err(database_error)?;
                    }
                    Ok::<(), storage::StorageError>(())
                })
            })
            .collect();
        for task in tasks {
            task.await
                .map_err(|e| storage::StorageError::Database(Box::new(e)))??;
        }
        Ok(started.elapsed())
    }
}

/// What an attacker with access to the database file might do to the audit trail, for the
/// tests that show `server audit verify` finds it.
#[cfg(feature = "testing")]
pub mod tampering {
    use storage::StorageResult;

    use crate::SqliteStorage;
    use crate::convert::database_error;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Tampering {
        /// Changes the outcome of an entry.
        Change(u64),
        /// Deletes an entry.
        Delete(u64),
        /// Swaps the contents of two entries, keeping their numbers in place.
        Swap(u64, u64),
        /// Deletes the last entry and leaves the head as it was.
        CutOffLast,
    }

    /// Does `how` to the audit trail behind the storage's back.
    pub async fn tamper_audit(storage: &SqliteStorage, how: Tampering) -> StorageResult<()> {
        let sequence = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
        let statements: Vec<(&str, Vec<i64>)> = match how {
            Tampering::Change(n) => vec![(
                "UPDATE audit_events SET outcome = 'refused' WHERE sequence = ?1",
                vec![sequence(n)],
            )],
            Tampering::Delete(n) => vec![(
                "DELETE FROM audit_events WHERE sequence = ?1",
                vec![sequence(n)],
            )],
            Tampering::Swap(a, b) => vec![
                (
                    "UPDATE audit_events SET sequence = -1 WHERE sequence = ?1",
                    vec![sequence(a)],
                ),
                (
                    "UPDATE audit_events SET sequence = ?1 WHERE sequence = ?2",
                    vec![sequence(a), sequence(b)],
                ),
                (
                    "UPDATE audit_events SET sequence = ?1 WHERE sequence = -1",
                    vec![sequence(b)],
                ),
            ],
            Tampering::CutOffLast => vec![(
                "DELETE FROM audit_events WHERE sequence = (SELECT max(sequence) FROM audit_events)",
                vec![],
            )],
        };
        for (statement, binds) in statements {
            let mut query = sqlx::query(statement);
            for bind in binds {
                query = query.bind(bind);
            }
            query.execute(&storage.pool).await.map_err(database_error)?;
        }
        Ok(())
    }
}
