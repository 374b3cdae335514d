//! The one error type of the storage seam.

/// What can go wrong in storage, in terms the callers can act on.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("not found")]
    NotFound,
    /// A uniqueness rule or a lease was violated; the message names which.
    #[error("conflict: {0}")]
    Conflict(String),
    /// A stored value no longer parses into its domain type.
    #[error("stored data is invalid: {0}")]
    Corrupt(String),
    /// Anything else from the database (connection lost, disk full, …).
    #[error("database error: {0}")]
    Database(#[source] Box<dyn std::error::Error + Send + Sync>),
}

pub type StorageResult<T> = Result<T, StorageError>;
