//! The staff session cookie, apart from the citizens': `__Host-kp_verwaltung`, Secure,
//! HttpOnly, SameSite=Strict (staff log in on the portal's own form, never through another
//! site). Handlers of the back office take [`Staff`] (logged in, else to the login page) or
//! [`Administrator`] (else 403).

use axum::extract::FromRequestParts;
use axum::http::header::COOKIE;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use domain::account::SessionId;
use domain::staff::Grants;
use services::staff::{self, ActiveStaff};

use super::AppState;

const COOKIE_NAME: &str = "__Host-kp_verwaltung";

/// The staff session id the browser sent, if any.
pub fn staff_cookie(headers: &HeaderMap) -> Option<SessionId> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE_NAME)
        .and_then(|(_, value)| SessionId::parse(value))
}

pub fn set_staff_cookie(id: &SessionId) -> HeaderValue {
    HeaderValue::from_str(&format!(
        "{COOKIE_NAME}={}; Path=/; Secure; HttpOnly; SameSite=Strict",
        id.as_str()
    ))
    .unwrap_or(HeaderValue::from_static(""))
}

pub fn clear_staff_cookie() -> HeaderValue {
    HeaderValue::from_static(
        "__Host-kp_verwaltung=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0",
    )
}

async fn resolve(parts: &Parts, state: &AppState) -> Option<ActiveStaff> {
    let id = staff_cookie(&parts.headers)?;
    match staff::resolve(&state.portal, &id).await {
        Ok(found) => found,
        Err(error) => {
            tracing::error!(%error, "cannot read the staff session; treated as logged out");
            None
        }
    }
}

/// A logged-in staff member; without one, the request goes to the login page.
pub struct Staff(pub ActiveStaff);

impl FromRequestParts<AppState> for Staff {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        match resolve(parts, state).await {
            Some(staff) => Ok(Staff(staff)),
            None => Err(Redirect::to("/verwaltung/anmelden").into_response()),
        }
    }
}

/// A logged-in administrator; other staff get 403, nobody the login page.
pub struct Administrator(pub ActiveStaff);

impl FromRequestParts<AppState> for Administrator {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let Staff(staff) = Staff::from_request_parts(parts, state).await?;
        if staff.may_manage_staff() {
            Ok(Administrator(staff))
        } else {
            Err(StatusCode::FORBIDDEN.into_response())
        }
    }
}
