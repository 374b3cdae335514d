//! The staff login: user name, password and the authenticator's code. A failed login says only
//! that it failed, never which part was wrong.

use leptos::prelude::*;

use crate::components::{ErrorSummary, SummaryError, TextInput};
use crate::t;

#[derive(Debug, Clone, Default)]
pub struct StaffLoginView {
    pub username: String,
    /// The Fluent key of what went wrong, when something did.
    pub problem: Option<&'static str>,
    /// The authority's identity provider is configured: offer it first.
    pub provider: bool,
}

#[component]
pub fn StaffLoginPage(view: StaffLoginView) -> impl IntoView {
    let summary = view
        .problem
        .map(|key| vec![SummaryError::at_field("username", t(key))])
        .unwrap_or_default();
    let provider = view.provider.then(|| {
        view! {
            <p><a class="button" href="/verwaltung/anmelden/dienst">{t("staff-login-provider")}</a></p>
            <h2>{t("staff-login-local-heading")}</h2>
        }
    });
    view! {
        <ErrorSummary errors=summary/>
        <h1>{t("staff-login-title")}</h1>
        <p class="lead">{t("staff-login-intro")}</p>
        {provider}
        <form method="post" action="/verwaltung/anmelden" novalidate=true>
            <TextInput name="username" label=t("staff-username-label") value=view.username.clone()
                required=true width="input--half" autocomplete="username"/>
            <TextInput name="password" label=t("staff-password-label") value=String::new()
                input_type="password" required=true width="input--half" autocomplete="current-password"/>
            <TextInput name="code" label=t("staff-code-label") hint=t("staff-code-hint") value=String::new()
                required=true width="input--short" inputmode="numeric" autocomplete="one-time-code"/>
            <button class="button" type="submit">{t("staff-login-submit")}</button>
        </form>
    }
}
