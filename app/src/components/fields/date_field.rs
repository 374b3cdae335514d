//! A date as day, month and year (the GOV.UK memorable-date pattern): three small inputs in a
//! fieldset, which people fill in faster and more reliably than a date picker.

use domain::form::Field;
use leptos::prelude::*;

use super::FieldState;
use crate::components::{FieldError, FieldHint, described_by};
use crate::context::page_context;
use crate::t;

#[component]
pub fn DateField(field: Field, #[prop(into)] prefix: String, state: FieldState) -> impl IntoView {
    let locale = page_context().locale;
    let name = format!("{prefix}{}", field.id);
    let hint =
        state.hint_with_account_note(&name, field.hint.as_ref().map(|h| h.get(locale).to_owned()));
    let readonly = state.from_account(&name).is_some_and(|from| from.readonly);
    let part_names: Vec<String> = ["day", "month", "year"]
        .iter()
        .map(|p| format!("{name}.{p}"))
        .collect();
    let error = state.first_error(&part_names);
    let described = described_by(&name, hint.is_some(), error.is_some());
    let class = if error.is_some() {
        "field field--error"
    } else {
        "field"
    };
    let birthday = field.autocomplete.as_deref() == Some("bday");
    let parts = [
        ("day", t("form-date-day"), "input--date-part", "bday-day"),
        (
            "month",
            t("form-date-month"),
            "input--date-part",
            "bday-month",
        ),
        ("year", t("form-date-year"), "input--date-year", "bday-year"),
    ]
    .into_iter()
    .map(|(part, label, width, token)| {
        let id = format!("{name}.{part}");
        let invalid = state.error(&id).is_some().then_some("true");
        view! {
            <div class="date-input__item">
                <label class="field__label field__label--part" for=id.clone()>{label}</label>
                <input
                    class=format!("input {width}")
                    id=id.clone()
                    name=id.clone()
                    type="text"
                    inputmode="numeric"
                    value=state.value(&id)
                    autocomplete=birthday.then_some(token)
                    aria-invalid=invalid
                    readonly=readonly
                />
            </div>
        }
    })
    .collect_view();
    view! {
        <div class=class>
            <fieldset class="fieldset" role="group" aria-describedby=described>
                <legend class="fieldset__legend">{field.label.get(locale).to_owned()}</legend>
                <FieldHint field_id=name.clone() hint=hint/>
                <FieldError field_id=name.clone() error=error/>
                <div class="date-input">{parts}</div>
            </fieldset>
        </div>
    }
}
