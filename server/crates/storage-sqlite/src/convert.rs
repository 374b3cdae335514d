//! Conversions between domain values and SQLite columns.

use serde::Serialize;
use serde::de::DeserializeOwned;
use storage::StorageError;
use time::OffsetDateTime;

/// The message of the triggers refusing to change or delete a filed document version.
const FILED_VERSION_STAYS: &str = "is zu den Akten";

pub fn database_error(error: sqlx::Error) -> StorageError {
    match &error {
        sqlx::Error::RowNotFound => StorageError::NotFound,
        sqlx::Error::Database(db) if db.is_unique_violation() => {
            StorageError::Conflict(db.message().to_owned())
        }
        // The triggers that keep filed document versions as they are (twelfth migration).
        sqlx::Error::Database(db) if db.message().contains(FILED_VERSION_STAYS) => {
            StorageError::Conflict(db.message().to_owned())
        }
        _ => StorageError::Database(Box::new(error)),
    }
}

/// Timestamps are stored as microseconds since the epoch (see the first migration).
pub fn to_micros(moment: OffsetDateTime) -> i64 {
    i64::try_from(moment.unix_timestamp_nanos() / 1_000).unwrap_or(i64::MAX)
}

pub fn from_micros(micros: i64) -> Result<OffsetDateTime, StorageError> {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(micros) * 1_000)
        .map_err(|e| StorageError::Corrupt(format!("timestamp {micros}: {e}")))
}

pub fn to_json(value: &impl Serialize) -> Result<String, StorageError> {
    serde_json::to_string(value).map_err(|e| StorageError::Corrupt(e.to_string()))
}

pub fn from_json<T: DeserializeOwned>(column: &str, text: &str) -> Result<T, StorageError> {
    serde_json::from_str(text).map_err(|e| StorageError::Corrupt(format!("{column}: {e}")))
}
