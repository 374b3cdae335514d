//! One answer from a longer list (a select).

use domain::form::Field;
use leptos::prelude::*;

use super::FieldState;
use crate::components::{FieldError, FieldHint, described_by};
use crate::context::page_context;
use crate::t;

#[component]
pub fn SelectField(field: Field, #[prop(into)] prefix: String, state: FieldState) -> impl IntoView {
    let locale = page_context().locale;
    let name = format!("{prefix}{}", field.id);
    let hint = field.hint.as_ref().map(|h| h.get(locale).to_owned());
    let error = state.error(&name);
    let described = described_by(&name, hint.is_some(), error.is_some());
    let class = if error.is_some() {
        "field field--error"
    } else {
        "field"
    };
    let chosen = state.value(&name);
    let options = field
        .kind
        .options()
        .iter()
        .map(|option| {
            view! {
                <option value=option.value.clone() selected=option.value == chosen>
                    {option.label.get(locale).to_owned()}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class=class>
            <label class="field__label" for=name.clone()>{field.label.get(locale).to_owned()}</label>
            <FieldHint field_id=name.clone() hint=hint/>
            <FieldError field_id=name.clone() error=error.clone()/>
            <select
                class="select"
                id=name.clone()
                name=name.clone()
                aria-describedby=described
                aria-invalid=error.is_some().then_some("true")
            >
                <option value="">{t("form-select-placeholder")}</option>
                {options}
            </select>
        </div>
    }
}
