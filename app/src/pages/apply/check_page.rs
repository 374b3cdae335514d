//! Check your answers: every answer by step with a link to change it, what it costs, the
//! declaration, and the binding submit.

use std::sync::Arc;

use domain::FormErrors;
use domain::form::values::Scope;
use domain::form::{Decimal, Prefill};
use domain::service::ServiceDefinition;
use leptos::prelude::*;

use super::DraftInfo;
use crate::components::fields::FieldState;
use crate::components::{ErrorSummary, SummaryError};
use crate::context::page_context;
use crate::{error_text, t};
use i18n::answers;

pub struct CheckView {
    pub service: Arc<ServiceDefinition>,
    pub token: String,
    pub code: String,
    pub state: FieldState,
    /// Problems still open, by step id.
    pub problems: Vec<(String, FormErrors)>,
    pub computed: Vec<(String, Decimal)>,
    /// The declaration was not ticked on the last try.
    pub declaration_missing: bool,
    pub expires_on: String,
}

impl CheckView {
    pub fn has_errors(&self) -> bool {
        !self.problems.is_empty() || self.declaration_missing
    }
}

/// One row of the summary list.
fn row(label: String, lines: Vec<String>, change: Option<String>) -> impl IntoView {
    let value = lines
        .into_iter()
        .enumerate()
        .map(|(index, line)| view! { {(index > 0).then(|| view! { <br/> })} {line} })
        .collect_view();
    let action = change.map(|href| {
        view! {
            <dd class="summary-list__actions">
                <a href=href>{t("apply-change")}<span class="visually-hidden">" "{label.clone()}</span></a>
            </dd>
        }
    });
    view! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{label.clone()}</dt>
            <dd class="summary-list__value">{value}</dd>
            {action}
        </div>
    }
}

#[component]
pub fn CheckPage(view: CheckView) -> impl IntoView {
    let locale = page_context().locale;
    let form = &view.service.form;
    let values = &view.state.values;
    let scope = Scope::top(form, values);
    let change_link = |step: &str, anchor: &str| {
        format!(
            "/antrag/{}/schritt/{step}?zurueck=pruefen#{anchor}",
            view.token
        )
    };

    // Problems live on other pages: each entry links to the step, at the field.
    let mut summary: Vec<SummaryError> = view
        .problems
        .iter()
        .flat_map(|(step, errors)| {
            errors.iter().map(move |e| SummaryError {
                href: change_link(step, &e.field),
                message: error_text(&e.message),
            })
        })
        .collect();
    if view.declaration_missing {
        summary.push(SummaryError::at_field(
            "erklaerung",
            t("apply-declaration-missing"),
        ));
    }

    let file_name = |id: &str| {
        view.state
            .uploads
            .iter()
            .find(|upload| upload.id == id)
            .map(|upload| upload.file_name.clone())
    };
    let catalog = &page_context().catalog;
    let steps = answers::summary(catalog, locale, form, values, &file_name)
        .into_iter()
        .map(|step| {
            let rows = step
                .rows
                .into_iter()
                .map(|answer| {
                    let field_id = answer.anchor.split('.').next().unwrap_or_default();
                    let from_account = view.state.from_account.get(field_id);
                    let mut lines = answer.lines;
                    if from_account.is_some() {
                        lines.push(t("form-from-account-short"));
                    }
                    // A locked value cannot be changed here, so there is no link to change it.
                    let change = (from_account != Some(&Prefill::Locked))
                        .then(|| change_link(&step.step_id, &answer.anchor));
                    row(answer.label, lines, change)
                })
                .collect_view();
            view! {
                <h2 class="check__step">{step.title}</h2>
                <dl class="summary-list">{rows}</dl>
            }
        })
        .collect_view();

    let costs = answers::costs(catalog, locale, form, &view.computed);
    let costs = (!costs.is_empty()).then(|| {
        let rows = costs
            .into_iter()
            .map(|(label, shown)| row(label, vec![shown], None))
            .collect_view();
        view! {
            <h2 class="check__step">{t("apply-costs")}</h2>
            <dl class="summary-list">{rows}</dl>
        }
    });

    let declaration_class = if view.declaration_missing {
        "field field--error"
    } else {
        "field"
    };
    let declaration_error = view.declaration_missing.then(|| {
        view! {
            <p id="erklaerung-error" class="field__error">
                <span class="visually-hidden">{t("field-error-prefix")}" "</span>
                {t("apply-declaration-missing")}
            </p>
        }
    });
    let title = view.service.title.get(locale).to_owned();
    let last_step = form
        .steps
        .iter()
        .rev()
        .find(|step| scope.step_is_visible(step))
        .map(|s| s.id.clone())
        .unwrap_or_default();
    view! {
        <a class="back-link" href=format!("/antrag/{}/schritt/{last_step}", view.token)>{t("apply-back")}</a>
        <ErrorSummary errors=summary/>
        <p class="caption">{title}</p>
        <h1>{t("apply-check-title")}</h1>
        {steps}
        {costs}
        <form method="post" action=format!("/antrag/{}/absenden", view.token) novalidate=true>
            <h2 id="erklaerung-heading">{t("apply-declaration-heading")}</h2>
            <div class=declaration_class>
                {declaration_error}
                <div class="choices">
                    <div class="choices__item">
                        <input class="choices__input choices__input--checkbox" type="checkbox" id="erklaerung"
                            name="erklaerung" value="ja"
                            aria-describedby=view.declaration_missing.then_some("erklaerung-error")/>
                        <label class="choices__label" for="erklaerung">{t("apply-declaration")}</label>
                    </div>
                </div>
            </div>
            <button class="button" type="submit">{t("apply-submit")}</button>
        </form>
        <DraftInfo code=view.code.clone() expires_on=view.expires_on.clone()/>
    }
}
