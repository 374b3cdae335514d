//! One step of an application: its fields, its errors, back and continue.

use std::sync::Arc;

use domain::form::FieldKind;
use domain::service::ServiceDefinition;
use i18n::Args;
use leptos::prelude::*;

use super::DraftInfo;
use crate::components::fields::{FieldState, FormField};
use crate::components::{ErrorSummary, SummaryError};
use crate::context::page_context;
use crate::{error_text, t, t_with};

pub struct StepView {
    pub service: Arc<ServiceDefinition>,
    pub token: String,
    pub code: String,
    pub step_id: String,
    pub step_number: usize,
    pub step_count: usize,
    pub state: FieldState,
    pub back: String,
    /// Came from the check page through a "change" link: continue goes back there.
    pub return_to_check: bool,
    pub expires_on: String,
}

impl StepView {
    pub fn has_errors(&self) -> bool {
        !self.state.errors.is_empty()
    }
}

#[component]
pub fn StepPage(view: StepView) -> impl IntoView {
    let locale = page_context().locale;
    let Some(step) = view.service.form.step(&view.step_id).cloned() else {
        return ().into_any();
    };
    let summary: Vec<SummaryError> = view
        .state
        .errors
        .iter()
        .map(|e| SummaryError::at_field(&e.field, error_text(&e.message)))
        .collect();
    let has_files = step.fields.iter().any(|f| contains_files(&f.kind));
    let action = format!("/antrag/{}/schritt/{}", view.token, view.step_id);
    let progress = Args::new()
        .number("current", view.step_number as i64)
        .number("total", view.step_count as i64);
    let fields = step
        .fields
        .iter()
        .filter(|field| {
            let scope = domain::form::values::Scope::top(&view.service.form, &view.state.values);
            scope.is_visible(field)
        })
        .map(|field| view! { <FormField field=field.clone() prefix="" state=view.state.clone()/> })
        .collect_view();
    let continue_label = if view.return_to_check {
        t("apply-save-and-return")
    } else {
        t("apply-continue")
    };
    view! {
        <a class="back-link" href=view.back.clone()>{t("apply-back")}</a>
        <ErrorSummary errors=summary/>
        <p class="caption">{view.service.title.get(locale).to_owned()}</p>
        <p class="progress">{t_with("apply-progress", &progress)}</p>
        <h1>{step.title.get(locale).to_owned()}</h1>
        {step.intro.as_ref().map(|intro| view! { <p class="lead">{intro.get(locale).to_owned()}</p> })}
        <form method="post" action=action.clone() novalidate=true enctype=has_files.then_some("multipart/form-data")
            data-check=format!("{action}/pruefen")>
            // Pressing Enter in a field submits the first button of the form: make that
            // "continue", not the removal of an item further down.
            <button class="visually-hidden" type="submit" name="_aktion" value="weiter" tabindex="-1" aria-hidden="true">
                {continue_label.clone()}
            </button>
            {view.return_to_check.then(|| view! { <input type="hidden" name="_zurueck" value="pruefen"/> })}
            {fields}
            {has_files.then(|| view! {
                <p class="upload-status" role="status" data-upload-status=""
                    data-template=t_with("upload-progress", &Args::new().text("percent", "{percent}"))></p>
            })}
            <div class="button-group">
                <button class="button" type="submit" name="_aktion" value="weiter">{continue_label}</button>
                <button class="button button--secondary" type="submit" name="_aktion" value="speichern">
                    {t("apply-save-for-later")}
                </button>
            </div>
        </form>
        <DraftInfo code=view.code.clone() expires_on=view.expires_on.clone()/>
    }
    .into_any()
}

fn contains_files(kind: &FieldKind) -> bool {
    match kind {
        FieldKind::File { .. } => true,
        FieldKind::Group { fields, .. } => fields.iter().any(|f| contains_files(&f.kind)),
        _ => false,
    }
}
