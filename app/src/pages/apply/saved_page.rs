//! After "save and continue later": how to come back, and the link by e-mail on request.

use domain::FormErrors;
use i18n::Args;
use leptos::prelude::*;

use crate::components::{ErrorSummary, SummaryError, TextInput};
use crate::{error_text, t, t_with};

pub struct SavedView {
    pub service_title: String,
    pub token: String,
    pub link: String,
    pub code: String,
    pub expires_on: String,
    pub email: String,
    pub errors: FormErrors,
    /// The link was just sent by e-mail.
    pub sent: bool,
}

impl SavedView {
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

#[component]
pub fn SavedPage(view: SavedView) -> impl IntoView {
    let summary: Vec<SummaryError> = view
        .errors
        .iter()
        .map(|e| SummaryError::at_field(&e.field, error_text(&e.message)))
        .collect();
    let error = view.errors.for_field("email").map(error_text);
    let until = Args::new().text("date", view.expires_on.clone());
    let sent = view
        .sent
        .then(|| view! { <p class="notice" role="status">{t("saved-link-sent")}</p> });
    view! {
        <ErrorSummary errors=summary/>
        <p class="caption">{view.service_title.clone()}</p>
        <h1>{t("saved-title")}</h1>
        <p class="lead">{t_with("saved-until", &until)}</p>
        {sent}
        <h2>{t("saved-how-heading")}</h2>
        <p>{t("saved-link-label")}</p>
        <p class="resume-link"><a href=view.link.clone()>{view.link.clone()}</a></p>
        <p>{t_with("saved-code", &Args::new().text("code", view.code.clone()))}</p>
        <h2>{t("saved-mail-heading")}</h2>
        <form method="post" action=format!("/antrag/{}/link-senden", view.token) novalidate=true>
            <TextInput name="email" label=t("saved-mail-label") hint=t("saved-mail-hint") value=view.email.clone()
                error=error input_type="email" autocomplete="email" width="input--half" required=true/>
            <button class="button button--secondary" type="submit">{t("saved-mail-submit")}</button>
        </form>
        <p><a class="link-standalone" href=view.link.clone()>{t("saved-continue-now")}</a></p>
    }
}
