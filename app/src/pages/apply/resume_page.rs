//! Continue a saved application by its code.

use domain::FormErrors;
use leptos::prelude::*;

use crate::components::{ErrorSummary, SummaryError, TextInput};
use crate::{error_text, t};

#[derive(Default)]
pub struct ResumeView {
    pub code: String,
    pub errors: FormErrors,
}

impl ResumeView {
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

#[component]
pub fn ResumePage(view: ResumeView) -> impl IntoView {
    let summary: Vec<SummaryError> = view
        .errors
        .iter()
        .map(|e| SummaryError::at_field(&e.field, error_text(&e.message)))
        .collect();
    let error = view.errors.for_field("code").map(error_text);
    view! {
        <ErrorSummary errors=summary/>
        <h1>{t("resume-title")}</h1>
        <p class="lead">{t("resume-intro")}</p>
        <form method="post" action="/antrag/fortsetzen" novalidate=true>
            <TextInput name="code" label=t("resume-code-label") hint=t("resume-code-hint") value=view.code.clone()
                error=error required=true width="input--half" autocomplete="off"/>
            <button class="button" type="submit">{t("resume-submit")}</button>
        </form>
    }
}
