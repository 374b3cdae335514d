//! The HTTP layer: routes, middleware and rendering. Handlers are thin: they read the request,
//! call a use case in `services`, and render a page from `app` or redirect.
//!
//! Forms are plain HTML forms: a POST either redirects (303, Post/Redirect/Get) or re-renders
//! the page with its errors (422). Nothing needs JavaScript.

mod assets;
mod client;
mod draft;
mod error;
mod error_pages;
mod locale;
mod metrics;
mod page;
mod rate_limit;
mod request_id;
mod routes;
mod security_headers;
mod session;
mod staff_session;
mod state;
mod step_post;

use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::middleware::{from_fn, from_fn_with_state};
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::csrf::CsrfLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

pub use error::AppError;
pub use state::AppState;

use crate::config::ServerConfig;

/// All routes with their middleware. The outermost layer comes first in the list below.
pub fn router(state: AppState, config: &ServerConfig) -> anyhow::Result<Router> {
    let origin = public_origin(&config.public_url);
    let csrf = CsrfLayer::new()
        .add_trusted_origin(&origin)
        .map_err(|e| anyhow::anyhow!("server.public_url is not a valid origin: {e}"))?;

    let middleware = ServiceBuilder::new()
        // A reference for logs and the 500 page, on every request.
        .layer(from_fn(request_id::assign))
        // Route, status and duration of every request, without query strings or addresses.
        .layer(request_id::trace_layer())
        .layer(from_fn_with_state(state.clone(), metrics::record))
        // Every response gets the security headers, error pages included.
        .layer(from_fn_with_state(state.clone(), security_headers::add))
        // Remembers a language chosen with `?lang=`.
        .layer(from_fn_with_state(state.clone(), locale::remember_choice))
        // Who is logged in (the session cookie), for every page.
        .layer(from_fn_with_state(state.clone(), session::resolve))
        // Bare error responses (from axum, the layers below, or a panic) become translated pages.
        .layer(from_fn_with_state(state.clone(), error_pages::render))
        .layer(CatchPanicLayer::custom(error_pages::panic_response))
        // Cross-site form posts are refused (Sec-Fetch-Site / Origin).
        .layer(csrf)
        .layer(DefaultBodyLimit::disable());

    // Small bodies and short times everywhere, except where files are posted.
    let upload_limit = usize::try_from(domain::form::check::MAX_UPLOAD_KB)
        .unwrap_or(usize::MAX)
        .saturating_mul(1024 * 4);
    let routes = routes::routes()
        .layer(RequestBodyLimitLayer::new(config.body_limit_bytes))
        .layer(timeout(config.request_timeout_secs))
        .merge(
            routes::upload_routes()
                .layer(RequestBodyLimitLayer::new(upload_limit))
                .layer(timeout(config.upload_timeout_secs)),
        )
        .merge(
            routes::api_routes()
                .layer(RequestBodyLimitLayer::new(
                    services::integration::MAX_DOCUMENT_BYTES + 64 * 1024,
                ))
                .layer(timeout(config.upload_timeout_secs)),
        );
    Ok(routes.layer(middleware).with_state(state))
}

fn timeout(seconds: u64) -> TimeoutLayer {
    TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, Duration::from_secs(seconds))
}

/// `https://portal.example:8443/x` → `https://portal.example:8443`
fn public_origin(public_url: &str) -> String {
    let Some((scheme, rest)) = public_url.split_once("://") else {
        return public_url.to_owned();
    };
    let host = rest.split('/').next().unwrap_or(rest);
    format!("{scheme}://{host}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_origin_is_scheme_and_authority() {
        assert_eq!(
            super::public_origin("https://portal.example:8443/x/y"),
            "https://portal.example:8443"
        );
        assert_eq!(
            super::public_origin("http://localhost:3000"),
            "http://localhost:3000"
        );
    }
}
