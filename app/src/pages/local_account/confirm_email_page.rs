//! The page a confirmation link opens. Opening it changes nothing (mail scanners open links);
//! the button confirms.

use i18n::Args;
use leptos::prelude::*;

use crate::{t, t_with};

#[derive(Debug, Clone)]
pub struct ConfirmEmailView {
    pub token: String,
    pub email: String,
}

#[component]
pub fn ConfirmEmailPage(view: ConfirmEmailView) -> impl IntoView {
    view! {
        <h1>{t("local-confirm-title")}</h1>
        <p class="lead">{t_with("local-confirm-text", &Args::new().text("email", view.email.clone()))}</p>
        <form method="post" action=format!("/konto/bestaetigen/{}", view.token)>
            <button class="button" type="submit">{t("local-confirm-submit")}</button>
        </form>
    }
}
