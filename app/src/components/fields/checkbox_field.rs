//! Several answers from a list (checkboxes).

use domain::form::Field;
use leptos::prelude::*;

use super::FieldState;
use super::choice_field::choice_id;
use crate::components::{FieldError, FieldHint, described_by};
use crate::context::page_context;

#[component]
pub fn CheckboxField(
    field: Field,
    #[prop(into)] prefix: String,
    state: FieldState,
) -> impl IntoView {
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
    let chosen: Vec<String> = state.values.all(&name).to_vec();
    let items = field
        .kind
        .options()
        .iter()
        .enumerate()
        .map(|(index, option)| {
            let id = choice_id(&name, index);
            let hint_id = option.hint.as_ref().map(|_| format!("{id}-item-hint"));
            view! {
                <div class="choices__item">
                    <input
                        class="choices__input choices__input--checkbox"
                        type="checkbox"
                        id=id.clone()
                        name=name.clone()
                        value=option.value.clone()
                        checked=chosen.contains(&option.value)
                        aria-describedby=hint_id.clone()
                    />
                    <label class="choices__label" for=id>{option.label.get(locale).to_owned()}</label>
                    {option.hint.as_ref().map(|text| {
                        view! { <div class="choices__hint" id=hint_id.clone().unwrap_or_default()>{text.get(locale).to_owned()}</div> }
                    })}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=class>
            <fieldset class="fieldset" aria-describedby=described>
                <legend class="fieldset__legend">{field.label.get(locale).to_owned()}</legend>
                <FieldHint field_id=name.clone() hint=hint/>
                <FieldError field_id=name.clone() error=error/>
                <div class="choices">{items}</div>
            </fieldset>
        </div>
    }
}
