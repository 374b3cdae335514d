//! Answering a client over its rate limit: 429 with `Retry-After` and a translated page that
//! says how long to wait.

use app::Page;
use app::pages::ErrorKind;
use axum::http::header::RETRY_AFTER;
use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use domain::rate_limit::Verdict;
use services::rate_limits::{self, Bucket};

use super::client::ClientAddress;
use super::page::PageRequest;
use super::{AppError, AppState};

/// Counts the request; `Some(response)` when the client has to wait.
pub async fn refuse_when_over(
    state: &AppState,
    page: &PageRequest,
    client: &ClientAddress,
    bucket: Bucket,
) -> Result<Option<Response>, AppError> {
    refuse_when_key_over(state, page, &client.0, bucket).await
}

/// Counts the request under `key` (a client address, or e.g. an e-mail address typed into a
/// login, so that guessing one account's password from many addresses is limited too).
pub async fn refuse_when_key_over(
    state: &AppState,
    page: &PageRequest,
    key: &str,
    bucket: Bucket,
) -> Result<Option<Response>, AppError> {
    let Verdict::Refused { retry_after } = rate_limits::hit(&state.portal, bucket, key).await?
    else {
        return Ok(None);
    };
    let seconds = retry_after.whole_seconds().max(1);
    let kind = ErrorKind::TooManyRequests {
        minutes: (seconds + 59) / 60,
    };
    let mut response = page.render_with_status(
        state,
        StatusCode::TOO_MANY_REQUESTS,
        Page::Error {
            kind,
            request_id: None,
        },
    );
    response
        .headers_mut()
        .insert(RETRY_AFTER, HeaderValue::from(seconds));
    Ok(Some(response))
}
