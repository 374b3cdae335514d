//! The status of a submission, by reference and access code.

use domain::FormErrors;
use i18n::Args;
use leptos::prelude::*;

use crate::components::{ErrorSummary, SummaryError, TextInput};
use crate::{error_text, t, t_with};

pub struct StatusResult {
    pub service_title: String,
    pub reference: String,
    pub submitted_on: String,
    pub state_key: &'static str,
}

#[derive(Default)]
pub struct StatusView {
    pub reference: String,
    pub code: String,
    pub errors: FormErrors,
    /// Looked up but nothing matched both reference and code.
    pub not_found: bool,
    pub result: Option<StatusResult>,
}

impl StatusView {
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

#[component]
pub fn StatusPage(view: StatusView) -> impl IntoView {
    let summary: Vec<SummaryError> = view
        .errors
        .iter()
        .map(|e| SummaryError::at_field(&e.field, error_text(&e.message)))
        .collect();
    let error = |field: &str| view.errors.for_field(field).map(error_text);
    let result = view.result.as_ref().map(|result| {
        let args = Args::new().text("service", result.service_title.clone()).text("date", result.submitted_on.clone());
        view! {
            <section class="section status-result" aria-labelledby="status-result-heading">
                <h2 id="status-result-heading">{t_with("status-result-heading", &Args::new().text("reference", result.reference.clone()))}</h2>
                <p>{t_with("status-result-service", &args)}</p>
                <p class="status-result__state">{t("status-result-state")}" "<strong>{t(result.state_key)}</strong></p>
            </section>
        }
    });
    let not_found = view
        .not_found
        .then(|| view! { <p class="notice" role="status">{t("status-not-found")}</p> });
    view! {
        <ErrorSummary errors=summary/>
        <h1>{t("status-title")}</h1>
        <p class="lead">{t("status-intro")}</p>
        {result}
        {not_found}
        <form method="get" action="/status" novalidate=true>
            <TextInput name="referenz" label=t("status-reference-label") hint=t("status-reference-hint")
                value=view.reference.clone() error=error("referenz") required=true width="input--half"
                autocomplete="off"/>
            <TextInput name="code" label=t("status-code-label") hint=t("status-code-hint")
                value=view.code.clone() error=error("code") required=true width="input--half" autocomplete="off"/>
            <button class="button" type="submit">{t("status-submit")}</button>
        </form>
    }
}
