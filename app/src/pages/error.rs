//! Error pages: translated, accessible, and without technical detail beyond a reference number
//! the caller can quote.

use domain::msg_key;
use i18n::Args;
use leptos::prelude::*;

use crate::context::page_context;
use crate::{t, t_with};

/// What went wrong, as far as the visitor needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// 400: the request was malformed (tampered or outdated form, bad query).
    BadRequest,
    /// 403: refused, e.g. a form posted from another site.
    Forbidden,
    /// 404
    NotFound,
    /// 405
    MethodNotAllowed,
    /// 408: the request took too long.
    Timeout,
    /// 413: more data than allowed was sent.
    PayloadTooLarge,
    /// 415 / 422: the data could not be read.
    Unprocessable,
    /// 429: too many requests of one kind from this client; try again in `minutes`.
    TooManyRequests { minutes: i64 },
    /// 500: our fault.
    ServerError,
    /// 503: temporarily unavailable (database down).
    Unavailable,
}

impl ErrorKind {
    pub fn title(self) -> String {
        t(match self {
            ErrorKind::BadRequest => msg_key("error-bad-request-title"),
            ErrorKind::Forbidden => msg_key("error-forbidden-title"),
            ErrorKind::NotFound => msg_key("error-not-found-title"),
            ErrorKind::MethodNotAllowed => msg_key("error-method-title"),
            ErrorKind::Timeout => msg_key("error-timeout-title"),
            ErrorKind::PayloadTooLarge => msg_key("error-too-large-title"),
            ErrorKind::Unprocessable => msg_key("error-unprocessable-title"),
            ErrorKind::TooManyRequests { .. } => msg_key("error-too-many-title"),
            ErrorKind::ServerError => msg_key("error-server-title"),
            ErrorKind::Unavailable => msg_key("error-unavailable-title"),
        })
    }

    fn explanation(self) -> String {
        t(match self {
            ErrorKind::TooManyRequests { minutes } => {
                return t_with(
                    "error-too-many-text",
                    &Args::new().number("minutes", minutes),
                );
            }
            ErrorKind::BadRequest => msg_key("error-bad-request-text"),
            ErrorKind::Forbidden => msg_key("error-forbidden-text"),
            ErrorKind::NotFound => msg_key("error-not-found-text"),
            ErrorKind::MethodNotAllowed => msg_key("error-method-text"),
            ErrorKind::Timeout => msg_key("error-timeout-text"),
            ErrorKind::PayloadTooLarge => msg_key("error-too-large-text"),
            ErrorKind::Unprocessable => msg_key("error-unprocessable-text"),
            ErrorKind::ServerError => msg_key("error-server-text"),
            ErrorKind::Unavailable => msg_key("error-unavailable-text"),
        })
    }
}

#[component]
pub fn ErrorPage(kind: ErrorKind, request_id: Option<String>) -> impl IntoView {
    let tenant = page_context().tenant;
    let reference = request_id.map(|id| {
        view! { <p>{t_with("error-reference", &Args::new().text("reference", id))}</p> }
    });
    let contact = Args::new()
        .text("phone", tenant.phone.as_str())
        .text("email", tenant.email.to_string());
    view! {
        <h1>{kind.title()}</h1>
        <p class="lead">{kind.explanation()}</p>
        {reference}
        <p><a class="link-standalone" href="/">{t("back-to-home")}</a></p>
        <p>{t_with("error-contact", &contact)}</p>
    }
}
