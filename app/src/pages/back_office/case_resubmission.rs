//! Wiedervorlage on the case page: the day the case comes back, set as day, month and year (the
//! memorable-date pattern), moved, or marked done, by whoever works on it or a team lead.

use domain::FormErrors;
use domain::case::CaseId;
use domain::case::resubmission::RESUBMISSION_FIELD;
use i18n::Args;
use leptos::prelude::*;

use crate::components::{FieldError, FieldHint, described_by};
use crate::{error_text, t, t_with};

/// What was typed, with its errors after a refused post.
#[derive(Debug, Clone, Default)]
pub struct ResubmissionForm {
    pub day: String,
    pub month: String,
    pub year: String,
    pub errors: FormErrors,
}

#[component]
pub fn CaseResubmission(
    id: CaseId,
    /// The day set, formatted, and whether it has come.
    current: Option<(String, bool)>,
    /// The form, when the viewer may set it.
    form: Option<ResubmissionForm>,
) -> impl IntoView {
    let state = match &current {
        Some((day, true)) => view! {
            <p><strong class="overdue">{t_with("case-resubmission-due", &Args::new().text("date", day.clone()))}</strong></p>
        }
        .into_any(),
        Some((day, false)) => {
            view! { <p>{t_with("case-resubmission-set", &Args::new().text("date", day.clone()))}</p> }
                .into_any()
        }
        None => view! { <p>{t("case-resubmission-none")}</p> }.into_any(),
    };
    let done = (current.is_some() && form.is_some()).then(|| {
        view! {
            <form method="post" action=format!("/verwaltung/vorgaenge/{id}/wiedervorlage")>
                <input type="hidden" name="_aktion" value="erledigt"/>
                <button class="button button--secondary" type="submit">{t("case-resubmission-done")}</button>
            </form>
        }
    });
    let form = form.map(|form| date_form(id, form));
    view! {
        <h2 id="wiedervorlage-abschnitt">{t("case-resubmission-heading")}</h2>
        {state}
        {form}
        {done}
    }
}

fn date_form(id: CaseId, form: ResubmissionForm) -> impl IntoView {
    let day_id = format!("{RESUBMISSION_FIELD}.day");
    let error = form.errors.for_field(&day_id).map(error_text);
    let described = described_by(RESUBMISSION_FIELD, true, error.is_some());
    let class = if error.is_some() {
        "field field--error"
    } else {
        "field"
    };
    let invalid = error.is_some().then_some("true");
    let parts = [
        ("day", t("form-date-day"), "input--date-part", form.day),
        (
            "month",
            t("form-date-month"),
            "input--date-part",
            form.month,
        ),
        ("year", t("form-date-year"), "input--date-year", form.year),
    ]
    .into_iter()
    .map(|(part, label, width, value)| {
        let input = format!("{RESUBMISSION_FIELD}.{part}");
        view! {
            <div class="date-input__item">
                <label class="field__label field__label--part" for=input.clone()>{label}</label>
                <input class=format!("input {width}") id=input.clone() name=input type="text"
                    inputmode="numeric" value=value aria-invalid=invalid/>
            </div>
        }
    })
    .collect_view();
    view! {
        <form method="post" action=format!("/verwaltung/vorgaenge/{id}/wiedervorlage") novalidate>
            <div class=class>
                <fieldset class="fieldset" role="group" aria-describedby=described>
                    <legend class="fieldset__legend">{t("case-resubmission-label")}</legend>
                    <FieldHint field_id=RESUBMISSION_FIELD.to_owned() hint=Some(t("case-resubmission-hint"))/>
                    <FieldError field_id=RESUBMISSION_FIELD.to_owned() error=error/>
                    <div class="date-input">{parts}</div>
                </fieldset>
            </div>
            <button class="button button--secondary" type="submit">{t("case-resubmission-submit")}</button>
        </form>
    }
}
