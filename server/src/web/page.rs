//! Rendering pages from handlers: the request's language and path, and the HTML response.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::Locale;

use services::accounts::ActiveSession;

use super::session::Visitor;
use super::{AppState, locale};

/// What a handler needs to render a page for this request.
pub struct PageRequest {
    pub locale: Locale,
    pub path: String,
    /// The logged-in visitor, if any.
    pub session: Option<ActiveSession>,
}

impl FromRequestParts<AppState> for PageRequest {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Self::Rejection> {
        Ok(PageRequest {
            locale: locale::negotiate(&parts.uri, &parts.headers),
            path: parts.uri.path().to_owned(),
            session: parts
                .extensions
                .get::<Visitor>()
                .and_then(|visitor| visitor.session.clone()),
        })
    }
}

impl PageRequest {
    /// The page as a `200 OK` HTML response.
    pub fn render(&self, state: &AppState, page: app::Page) -> Response {
        self.render_with_status(state, StatusCode::OK, page)
    }

    pub fn render_with_status(
        &self,
        state: &AppState,
        status: StatusCode,
        page: app::Page,
    ) -> Response {
        let visitor = match &self.session {
            Some(session) => {
                let now = state.portal.clock.now();
                app::Visitor::LoggedIn {
                    name: session.name(),
                    idle_seconds: (session.idle_ends_at - now).whole_seconds().max(0),
                    seconds_left: (session.ends_at - now).whole_seconds().max(0),
                }
            }
            None => app::Visitor::Anonymous {
                can_log_in: services::accounts::login_possible(
                    &state.portal,
                    domain::service::TrustLevel::Basis,
                ),
            },
        };
        html_response(
            status,
            render_html(state, self.locale, &self.path, visitor, page),
        )
    }
}

pub fn render_html(
    state: &AppState,
    locale: Locale,
    path: &str,
    visitor: app::Visitor,
    page: app::Page,
) -> String {
    let context = app::PageContext {
        locale,
        catalog: state.portal.catalog.clone(),
        tenant: state.tenant().clone(),
        path: path.to_owned(),
        assets: state.assets.urls(),
        draft_lifetime_days: state.portal.settings.draft_lifetime_days(),
        visitor,
    };
    app::render_page(context, page)
}

/// Pages depend on the language and may show personal data: never store them in shared caches.
pub fn html_response(status: StatusCode, html: String) -> Response {
    let mut response = (status, html).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    response
}
