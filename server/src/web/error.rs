//! Handler errors. The cause is logged (inside the request's span, with its reference); the
//! visitor gets the translated 500 page from `error_pages`, never SQL or a stack trace.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Storage(#[from] storage::StorageError),
    /// A failure below the storage seam's level: a stored definition that no longer parses.
    #[error("{0}")]
    Internal(String),
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        tracing::error!(error = %self, "request failed");
        StatusCode::INTERNAL_SERVER_ERROR.into_response()
    }
}
