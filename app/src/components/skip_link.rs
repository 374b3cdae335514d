//! The first focusable element of every page: jumps past header and navigation to the content.

use leptos::prelude::*;

use crate::t;

#[component]
pub fn SkipLink() -> impl IntoView {
    view! { <a class="skip-link" href="#main">{t("skip-link")}</a> }
}
