//! Turns bare error responses into translated, accessible pages: 404s from the fallback, 405,
//! 408, 413, 415/422 from axum and tower, 403 from the CSRF layer, 500 from handlers and panics.
//! Responses that already are HTML pages pass unchanged, as do the operational endpoints.

use std::any::Any;

use app::Page;
use app::pages::ErrorKind;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::page::{html_response, render_html};
use super::request_id::RequestId;
use super::{AppState, locale};

/// Paths whose errors are meant for machines and stay as they are.
fn is_operational(path: &str) -> bool {
    matches!(path, "/health" | "/ready" | "/metrics") || path.starts_with("/api/")
}

fn kind_for(status: StatusCode) -> Option<ErrorKind> {
    let kind = match status {
        StatusCode::BAD_REQUEST => ErrorKind::BadRequest,
        StatusCode::FORBIDDEN => ErrorKind::Forbidden,
        StatusCode::NOT_FOUND => ErrorKind::NotFound,
        StatusCode::METHOD_NOT_ALLOWED => ErrorKind::MethodNotAllowed,
        StatusCode::REQUEST_TIMEOUT => ErrorKind::Timeout,
        StatusCode::PAYLOAD_TOO_LARGE => ErrorKind::PayloadTooLarge,
        StatusCode::UNSUPPORTED_MEDIA_TYPE | StatusCode::UNPROCESSABLE_ENTITY => {
            ErrorKind::Unprocessable
        }
        StatusCode::SERVICE_UNAVAILABLE => ErrorKind::Unavailable,
        status if status.is_server_error() => ErrorKind::ServerError,
        status if status.is_client_error() => ErrorKind::BadRequest,
        _ => return None,
    };
    Some(kind)
}

fn is_html(response: &Response) -> bool {
    response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html"))
}

pub async fn render(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let locale = locale::negotiate(request.uri(), request.headers());
    let path = request.uri().path().to_owned();
    let request_id = request.extensions().get::<RequestId>().cloned();
    let response = next.run(request).await;

    let Some(kind) =
        kind_for(response.status()).filter(|_| !is_html(&response) && !is_operational(&path))
    else {
        return response;
    };
    let reference = matches!(kind, ErrorKind::ServerError | ErrorKind::Unavailable)
        .then(|| request_id.map(|id| id.0))
        .flatten();
    let status = response.status();
    let allow = response.headers().get(header::ALLOW).cloned();
    let mut page = html_response(
        status,
        render_html(
            &state,
            locale,
            &path,
            // Error pages show no account links: what failed may be the session itself.
            app::Visitor::Anonymous { can_log_in: false },
            Page::Error {
                kind,
                request_id: reference,
            },
        ),
    );
    if let Some(allow) = allow {
        page.headers_mut().insert(header::ALLOW, allow);
    }
    page
}

/// What a panic becomes: a bare 500, which [`render`] turns into the error page.
pub fn panic_response(panic: Box<dyn Any + Send + 'static>) -> Response<Body> {
    let message = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("(no message)");
    tracing::error!(panic = message, "handler panicked");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}
