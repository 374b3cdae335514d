//! The page a password link opens: the new password. The address is in the form too (hidden
//! from view, named `username`), so password managers store the new password for it.

use domain::FormErrors;
use domain::account::local::MIN_PASSWORD_CHARS;
use i18n::Args;
use leptos::prelude::*;

use crate::components::{ErrorSummary, TextInput, summary_of};
use crate::{error_text, t, t_with};

#[derive(Debug, Clone)]
pub struct NewPasswordView {
    pub token: String,
    pub email: String,
    pub errors: FormErrors,
}

impl NewPasswordView {
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

#[component]
pub fn NewPasswordPage(view: NewPasswordView) -> impl IntoView {
    let error = view.errors.for_field("password").map(error_text);
    let hint = t_with(
        "local-password-hint",
        &Args::new().number("min", MIN_PASSWORD_CHARS as i64),
    );
    view! {
        <ErrorSummary errors=summary_of(&view.errors)/>
        <h1>{t("local-new-password-title")}</h1>
        <p class="lead">{t_with("local-new-password-intro", &Args::new().text("email", view.email.clone()))}</p>
        <form method="post" action=format!("/passwort-neu/{}", view.token) novalidate=true>
            <input type="hidden" name="username" autocomplete="username" value=view.email.clone()/>
            <TextInput name="password" label=t("local-new-password-label") hint=hint
                value=String::new() error=error input_type="password" autocomplete="new-password"
                required=true width="input--half"/>
            <button class="button" type="submit">{t("local-new-password-submit")}</button>
        </form>
    }
}
