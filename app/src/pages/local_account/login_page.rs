//! "Anmelden" with local accounts switched on: the identity provider for every trust level, and
//! the form for an e-mail address and a password (trust level "basis").

use domain::FormErrors;
use leptos::prelude::*;

use crate::components::{ErrorSummary, TextInput, summary_of};
use crate::{error_text, t};

/// A message shown above the forms after something went well.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginNotice {
    /// A new password was set; every session ended.
    PasswordChanged,
}

#[derive(Debug, Clone, Default)]
pub struct LoginView {
    /// Where to go after the login (a path of the portal).
    pub return_to: String,
    /// Where the identity provider's login starts; `None` when none is configured.
    pub provider_href: Option<String>,
    pub email: String,
    pub errors: FormErrors,
    pub notice: Option<LoginNotice>,
}

impl LoginView {
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

#[component]
pub fn LoginPage(view: LoginView) -> impl IntoView {
    let error = |field: &str| view.errors.for_field(field).map(error_text);
    let notice = view.notice.map(|notice| match notice {
        LoginNotice::PasswordChanged => view! {
            <div class="notice" role="status"><p>{t("local-login-password-changed")}</p></div>
        },
    });
    let provider = view.provider_href.clone().map(|href| {
        view! {
            <section aria-labelledby="anmelden-servicekonto">
                <h2 id="anmelden-servicekonto">{t("local-login-provider-heading")}</h2>
                <p>{t("local-login-provider-text")}</p>
                <p><a class="button" href=href>{t("local-login-provider-button")}</a></p>
            </section>
        }
    });
    view! {
        <ErrorSummary errors=summary_of(&view.errors)/>
        <h1>{t("local-login-title")}</h1>
        {notice}
        {provider}
        <section aria-labelledby="anmelden-passwort">
            <h2 id="anmelden-passwort">{t("local-login-password-heading")}</h2>
            <p>{t("local-login-password-text")}</p>
            <form method="post" action="/anmelden/passwort" novalidate=true>
                <input type="hidden" name="weiter" value=view.return_to.clone()/>
                <TextInput name="email" label=t("local-email-label") value=view.email.clone()
                    error=error("email") input_type="email" autocomplete="username" required=true
                    width="input--half"/>
                <TextInput name="password" label=t("local-password-label") value=String::new()
                    error=error("password") input_type="password" autocomplete="current-password"
                    required=true width="input--half"/>
                <button class="button" type="submit">{t("local-login-submit")}</button>
            </form>
            <ul class="link-list">
                <li><a href="/passwort-vergessen">{t("local-login-forgot-link")}</a></li>
                <li><a href="/registrieren">{t("local-login-register-link")}</a></li>
            </ul>
        </section>
    }
}
