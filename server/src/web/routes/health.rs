//! Liveness and readiness for the orchestrator.

use axum::extract::State;
use axum::http::StatusCode;

use crate::web::AppState;

/// `GET /health`: the process answers.
pub async fn alive() -> &'static str {
    "ok"
}

/// `GET /ready`: the database answers too.
pub async fn ready(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match state.portal.storage.ping().await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(error) => {
            tracing::warn!(%error, "not ready: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable")
        }
    }
}
