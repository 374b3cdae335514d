//! The session cookie: read on every request (the visitor goes into the request's extensions),
//! set at login, cleared at logout or when the session has ended. `__Host-` prefixed, Secure,
//! HttpOnly, SameSite=Lax (the identity provider's redirect back is a top-level navigation).
//! Browsers accept Secure cookies over HTTPS and from localhost.

use axum::extract::{Request, State};
use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use domain::account::SessionId;
use domain::service::TrustLevel;
use services::accounts::{self, ActiveSession};

use super::AppState;

pub const COOKIE_NAME: &str = "__Host-kp_sitzung";

/// Who is asking: the live session, if any, and the id the browser sent (even a dead one).
#[derive(Debug, Clone, Default)]
pub struct Visitor {
    pub session: Option<ActiveSession>,
    pub cookie: Option<SessionId>,
}

/// The session id in the request's cookies.
pub fn session_cookie(headers: &HeaderMap) -> Option<SessionId> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE_NAME)
        .and_then(|(_, value)| SessionId::parse(value))
}

pub fn set_cookie(id: &SessionId) -> HeaderValue {
    HeaderValue::from_str(&format!(
        "{COOKIE_NAME}={}; Path=/; Secure; HttpOnly; SameSite=Lax",
        id.as_str()
    ))
    .unwrap_or(HeaderValue::from_static(""))
}

pub fn clear_cookie() -> HeaderValue {
    HeaderValue::from_static(
        "__Host-kp_sitzung=; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=0",
    )
}

/// Resolves the session of every request (but assets and operational endpoints) and clears
/// the cookie of a session that has ended.
pub async fn resolve(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let operational =
        path.starts_with("/assets/") || matches!(path, "/health" | "/ready" | "/metrics");
    let cookie = session_cookie(request.headers());
    let mut ended = false;
    let session = match (&cookie, operational) {
        (Some(id), false) => match accounts::resolve(&state.portal, id).await {
            Ok(Some(session)) => Some(session),
            Ok(None) => {
                ended = true;
                None
            }
            Err(error) => {
                tracing::error!(%error, "cannot read the session; treated as logged out");
                None
            }
        },
        _ => None,
    };
    request.extensions_mut().insert(Visitor { session, cookie });
    let mut response = next.run(request).await;
    if ended && !response.headers().contains_key(SET_COOKIE) {
        response.headers_mut().append(SET_COOKIE, clear_cookie());
    }
    response
}

/// The address that starts a login for `level` and comes back to `return_to`.
pub fn login_href(return_to: &str, level: TrustLevel) -> String {
    format!("/anmelden?{}", login_query(return_to, level))
}

/// The login at the identity provider itself, skipping the page that offers local accounts.
pub fn provider_login_href(return_to: &str, level: TrustLevel) -> String {
    format!("/anmelden/servicekonto?{}", login_query(return_to, level))
}

fn login_query(return_to: &str, level: TrustLevel) -> String {
    let encoded: String = return_to
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect();
    format!("weiter={encoded}&niveau={}", level.as_str())
}

/// A short name for the device a session was opened on, for the list of sessions: browser
/// and system only, not the whole user agent (data minimisation).
pub fn device_label(headers: &HeaderMap) -> String {
    let agent = headers
        .get(axum::http::header::USER_AGENT)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    let browser = [
        ("Edg/", "Edge"),
        ("Firefox/", "Firefox"),
        ("Chromium/", "Chromium"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ]
    .into_iter()
    .find(|(marker, _)| agent.contains(marker))
    .map_or("Browser", |(_, name)| name);
    let system = [
        ("Android", "Android"),
        ("iPhone", "iOS"),
        ("iPad", "iPadOS"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("Linux", "Linux"),
    ]
    .into_iter()
    .find(|(marker, _)| agent.contains(marker))
    .map(|(_, name)| name);
    match system {
        Some(system) => format!("{browser}, {system}"),
        None => browser.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_is_found_among_others_and_only_a_well_formed_id_counts() {
        let id = SessionId::from_random_bytes(&[7; 16]);
        let mut headers = HeaderMap::new();
        headers.append(COOKIE, HeaderValue::from_static("kp_lang=ar; other=1"));
        headers.append(
            COOKIE,
            HeaderValue::from_str(&format!("{COOKIE_NAME}={}", id.as_str())).unwrap(),
        );
        assert_eq!(session_cookie(&headers), Some(id));
        let mut forged = HeaderMap::new();
        forged.append(
            COOKIE,
            HeaderValue::from_static("__Host-kp_sitzung=' OR 1=1 --"),
        );
        assert_eq!(session_cookie(&forged), None);
    }

    #[test]
    fn the_cookie_is_host_only_secure_and_http_only() {
        let value = set_cookie(&SessionId::from_random_bytes(&[1; 16]));
        let text = value.to_str().unwrap();
        assert!(text.starts_with("__Host-kp_sitzung="));
        for attribute in ["Path=/", "Secure", "HttpOnly", "SameSite=Lax"] {
            assert!(text.contains(attribute), "{attribute}");
        }
        assert!(!text.contains("Domain="), "__Host- cookies have no domain");
    }

    #[test]
    fn devices_are_named_coarsely() {
        let mut headers = HeaderMap::new();
        headers.insert(
            axum::http::header::USER_AGENT,
            HeaderValue::from_static("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"),
        );
        assert_eq!(device_label(&headers), "Chrome, Linux");
        assert_eq!(device_label(&HeaderMap::new()), "Browser");
    }
}
