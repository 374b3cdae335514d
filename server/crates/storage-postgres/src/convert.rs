//! Conversions between domain values and PostgreSQL columns.

use serde::de::DeserializeOwned;
use storage::StorageError;

pub fn database_error(error: sqlx::Error) -> StorageError {
    match &error {
        sqlx::Error::RowNotFound => StorageError::NotFound,
        sqlx::Error::Database(db) if db.is_unique_violation() => {
            StorageError::Conflict(db.message().to_owned())
        }
        // object_not_in_prerequisite_state: the trigger keeping filed document versions as
        // they are (twelfth migration).
        sqlx::Error::Database(db) if db.code().as_deref() == Some("55000") => {
            StorageError::Conflict(db.message().to_owned())
        }
        _ => StorageError::Database(Box::new(error)),
    }
}

pub fn from_json<T: DeserializeOwned>(
    column: &str,
    value: serde_json::Value,
) -> Result<T, StorageError> {
    serde_json::from_value(value).map_err(|e| StorageError::Corrupt(format!("{column}: {e}")))
}

pub fn to_json(value: &impl serde::Serialize) -> Result<serde_json::Value, StorageError> {
    serde_json::to_value(value).map_err(|e| StorageError::Corrupt(e.to_string()))
}
