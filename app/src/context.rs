//! What every page needs besides its own data: the request's language, the catalogue, the
//! tenant and the current path. Provided as Leptos context while a page renders.

use std::sync::Arc;

use domain::{ErrorMessage, Locale, Tenant};
use i18n::{Args, Catalog};
use leptos::prelude::*;

/// URLs of the static assets, with content hashes so browsers may cache them for good.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assets {
    pub stylesheet: String,
    pub icon: String,
    /// The enhancements script (pages work without it).
    pub script: String,
}

#[derive(Clone)]
pub struct PageContext {
    pub locale: Locale,
    pub catalog: Arc<Catalog>,
    pub tenant: Arc<Tenant>,
    /// The path of the current page, without query, for links that keep the page (language).
    pub path: String,
    pub assets: Assets,
    /// Days a draft is kept after its last change (pages that mention the deletion say it).
    pub draft_lifetime_days: i64,
    pub visitor: Visitor,
}

/// Who looks at the page, as the header shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Visitor {
    Anonymous {
        /// Login is configured.
        can_log_in: bool,
    },
    LoggedIn {
        name: Option<String>,
        /// Seconds until the session ends without another request.
        idle_seconds: i64,
        /// Seconds until it ends in any case.
        seconds_left: i64,
    },
}

/// The context of the page being rendered.
pub fn page_context() -> PageContext {
    expect_context::<PageContext>()
}

/// The message `key` in the page's language.
pub fn t(key: &str) -> String {
    let context = page_context();
    context.catalog.text(context.locale, key)
}

/// The message `key` with arguments, in the page's language.
pub fn t_with(key: &str, args: &Args<'_>) -> String {
    let context = page_context();
    context.catalog.text_with(context.locale, key, args)
}

/// A validation message in the page's language.
pub fn error_text(message: &ErrorMessage) -> String {
    let context = page_context();
    i18n::errors::error_text(&context.catalog, context.locale, message)
}
