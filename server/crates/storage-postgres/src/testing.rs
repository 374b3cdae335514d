//! Throw-away PostgreSQL databases for tests. Each test creates its own database on the server
//! named by `KREISPORTAL_TEST_POSTGRES_URL` (default: the local server at 127.0.0.1:5432) and
//! drops it afterwards.
//!
//! When no PostgreSQL answers: in CI (`CI` set) the test fails, because CI must test both
//! backends; elsewhere it is skipped with a message saying how to point it at a server.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use sqlx::{AssertSqlSafe, Connection, PgConnection};

pub const URL_VARIABLE: &str = "KREISPORTAL_TEST_POSTGRES_URL";
const DEFAULT_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";
/// Prefix of every test database; the test command drops leftovers with this prefix.
pub const DATABASE_PREFIX: &str = "kp_test_";

/// A database that exists until [`TestDatabase::drop_database`] is called.
pub struct TestDatabase {
    admin_url: String,
    name: String,
    url: String,
}

impl TestDatabase {
    /// Creates a fresh, empty database, or returns `None` outside CI when no server answers.
    pub async fn create() -> Option<TestDatabase> {
        let admin_url = std::env::var(URL_VARIABLE).unwrap_or_else(|_| DEFAULT_URL.to_owned());
        let mut admin = match connect(&admin_url).await {
            Ok(connection) => connection,
            Err(error) if std::env::var_os("CI").is_none() => {
                eprintln!(
                    "SKIPPED: no PostgreSQL at {admin_url} ({error}). Start one or set \
                     {URL_VARIABLE}=postgres://user@host:port/postgres to run the PostgreSQL tests; \
                     in CI they never skip."
                );
                return None;
            }
            Err(error) => panic!("CI needs PostgreSQL at {admin_url} ({URL_VARIABLE}): {error}"),
        };

        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "{DATABASE_PREFIX}{}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed),
            time::OffsetDateTime::now_utc().unix_timestamp_nanos() % 1_000_000_000
        );
        // The name is made of digits, underscores and a fixed prefix: safe to splice in.
        sqlx::query(AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut admin)
            .await
            .expect("create test database");
        admin.close().await.ok();

        let url = match admin_url.rsplit_once('/') {
            Some((server, _)) => format!("{server}/{name}"),
            None => panic!("{URL_VARIABLE} must end in /<database>"),
        };
        Some(TestDatabase {
            admin_url,
            name,
            url,
        })
    }

    /// The URL of the fresh database.
    pub fn url(&self) -> &str {
        &self.url
    }

    pub async fn drop_database(self) {
        let mut admin = connect(&self.admin_url)
            .await
            .expect("reconnect to drop the test database");
        sqlx::query(AssertSqlSafe(format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            self.name
        )))
        .execute(&mut admin)
        .await
        .expect("drop test database");
        admin.close().await.ok();
    }
}

async fn connect(url: &str) -> Result<PgConnection, String> {
    match tokio::time::timeout(Duration::from_secs(5), PgConnection::connect(url)).await {
        Ok(Ok(connection)) => Ok(connection),
        Ok(Err(error)) => Err(error.to_string()),
        Err(_) => Err("timed out after 5 s".into()),
    }
}
