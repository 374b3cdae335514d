//! "Konto anlegen": an e-mail address and a password. The page never says whether the address
//! already has an account; the mail to it does.

use domain::FormErrors;
use domain::account::local::MIN_PASSWORD_CHARS;
use i18n::Args;
use leptos::prelude::*;

use crate::components::{ErrorSummary, TextInput, summary_of};
use crate::{error_text, t, t_with};

#[derive(Debug, Clone, Default)]
pub struct RegisterView {
    pub email: String,
    pub errors: FormErrors,
}

impl RegisterView {
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

#[component]
pub fn RegisterPage(view: RegisterView) -> impl IntoView {
    let error = |field: &str| view.errors.for_field(field).map(error_text);
    let password_hint = t_with(
        "local-password-hint",
        &Args::new().number("min", MIN_PASSWORD_CHARS as i64),
    );
    view! {
        <ErrorSummary errors=summary_of(&view.errors)/>
        <h1>{t("local-register-title")}</h1>
        <p class="lead">{t("local-register-intro")}</p>
        <p>{t("local-register-level")}</p>
        <form method="post" action="/registrieren" novalidate=true>
            <TextInput name="email" label=t("local-email-label") hint=t("local-register-email-hint")
                value=view.email.clone() error=error("email") input_type="email"
                autocomplete="email" required=true width="input--half"/>
            <TextInput name="password" label=t("local-password-label") hint=password_hint
                value=String::new() error=error("password") input_type="password"
                autocomplete="new-password" required=true width="input--half"/>
            <button class="button" type="submit">{t("local-register-submit")}</button>
        </form>
        <p><a href="/anmelden">{t("local-register-login-link")}</a></p>
    }
}
