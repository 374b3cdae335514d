//! A mailed link that was used, has expired or never existed, and the ways to a new one.

use leptos::prelude::*;

use crate::t;

#[component]
pub fn LinkGonePage() -> impl IntoView {
    view! {
        <h1>{t("local-link-gone-title")}</h1>
        <p class="lead">{t("local-link-gone-text")}</p>
        <ul class="link-list">
            <li><a href="/registrieren">{t("local-link-gone-register")}</a></li>
            <li><a href="/passwort-vergessen">{t("local-link-gone-reset")}</a></li>
            <li><a href="/anmelden">{t("local-link-gone-login")}</a></li>
        </ul>
    }
}
