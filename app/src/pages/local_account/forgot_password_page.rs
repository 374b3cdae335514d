//! "Passwort vergessen": the address to send a link to.

use domain::FormErrors;
use leptos::prelude::*;

use crate::components::{ErrorSummary, TextInput, summary_of};
use crate::{error_text, t};

#[derive(Debug, Clone, Default)]
pub struct ForgotPasswordView {
    pub email: String,
    pub errors: FormErrors,
}

impl ForgotPasswordView {
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

#[component]
pub fn ForgotPasswordPage(view: ForgotPasswordView) -> impl IntoView {
    let error = view.errors.for_field("email").map(error_text);
    view! {
        <ErrorSummary errors=summary_of(&view.errors)/>
        <h1>{t("local-forgot-title")}</h1>
        <p class="lead">{t("local-forgot-intro")}</p>
        <form method="post" action="/passwort-vergessen" novalidate=true>
            <TextInput name="email" label=t("local-email-label") value=view.email.clone()
                error=error input_type="email" autocomplete="username" required=true
                width="input--half"/>
            <button class="button" type="submit">{t("local-forgot-submit")}</button>
        </form>
    }
}
