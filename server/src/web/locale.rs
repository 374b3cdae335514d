//! Choosing the page's language: an explicit choice (`?lang=xx`, remembered in a cookie) wins,
//! then the browser's `Accept-Language`, then German.

use axum::extract::{Request, State};
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, Uri};
use axum::middleware::Next;
use axum::response::Response;
use domain::Locale;

use super::AppState;

const COOKIE_NAME: &str = "kp_lang";
const ONE_YEAR_SECS: u32 = 365 * 24 * 60 * 60;

/// The language asked for in the query string, e.g. `?lang=ar`.
fn query_choice(uri: &Uri) -> Option<Locale> {
    uri.query()?
        .split('&')
        .filter_map(|pair| pair.strip_prefix("lang="))
        .find_map(Locale::from_tag)
}

fn cookie_choice(headers: &HeaderMap) -> Option<Locale> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().strip_prefix(COOKIE_NAME)?.strip_prefix('='))
        .find_map(Locale::from_tag)
}

/// The language to render a response in.
pub fn negotiate(uri: &Uri, headers: &HeaderMap) -> Locale {
    query_choice(uri)
        .or_else(|| cookie_choice(headers))
        .or_else(|| {
            headers
                .get(ACCEPT_LANGUAGE)
                .and_then(|value| value.to_str().ok())
                .and_then(Locale::from_accept_language)
        })
        .unwrap_or(Locale::SOURCE)
}

/// Sets the language cookie when the request chose a language with `?lang=`.
pub async fn remember_choice(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let choice = query_choice(request.uri());
    let mut response = next.run(request).await;
    if let Some(locale) = choice {
        let secure = if state.https { "; Secure" } else { "" };
        let cookie = format!(
            "{COOKIE_NAME}={}; Path=/; Max-Age={ONE_YEAR_SECS}; SameSite=Lax; HttpOnly{secure}",
            locale.tag()
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(SET_COOKIE, value);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(name, value)| (name.parse().unwrap(), HeaderValue::from_static(value)))
            .collect()
    }

    #[test]
    fn an_explicit_choice_beats_the_cookie_which_beats_the_browser() {
        let all = headers(&[("cookie", "a=b; kp_lang=uk"), ("accept-language", "ar")]);
        assert_eq!(negotiate(&"/x?lang=pl".parse().unwrap(), &all), Locale::Pl);
        assert_eq!(negotiate(&"/x".parse().unwrap(), &all), Locale::Uk);
        let browser = headers(&[("accept-language", "fr, ar;q=0.8")]);
        assert_eq!(negotiate(&"/x".parse().unwrap(), &browser), Locale::Ar);
        assert_eq!(
            negotiate(&"/x".parse().unwrap(), &HeaderMap::new()),
            Locale::De
        );
    }

    #[test]
    fn unknown_choices_are_ignored() {
        let cookie = headers(&[("cookie", "kp_lang=xx")]);
        assert_eq!(
            negotiate(&"/x?lang=%3Cscript%3E".parse().unwrap(), &cookie),
            Locale::De
        );
        assert_eq!(
            negotiate(&"/x?slang=en".parse().unwrap(), &HeaderMap::new()),
            Locale::De
        );
    }
}
