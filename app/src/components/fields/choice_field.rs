//! One answer from a few (radio buttons), including yes/no questions.

use domain::form::{Field, FieldKind};
use leptos::prelude::*;

use super::FieldState;
use crate::components::{FieldError, FieldHint, described_by};
use crate::context::page_context;
use crate::t;

/// The id of a choice's input: the first one carries the field's name, so error links land on it.
pub fn choice_id(name: &str, index: usize) -> String {
    if index == 0 {
        name.to_owned()
    } else {
        format!("{name}-{}", index + 1)
    }
}

#[component]
pub fn ChoiceField(field: Field, #[prop(into)] prefix: String, state: FieldState) -> impl IntoView {
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
    let (options, inline): (Vec<(String, String, Option<String>)>, bool) = match &field.kind {
        FieldKind::YesNo => (
            vec![
                ("yes".into(), t("form-yes"), None),
                ("no".into(), t("form-no"), None),
            ],
            true,
        ),
        kind => (
            kind.options()
                .iter()
                .map(|o| {
                    (
                        o.value.clone(),
                        o.label.get(locale).to_owned(),
                        o.hint.as_ref().map(|h| h.get(locale).to_owned()),
                    )
                })
                .collect(),
            false,
        ),
    };
    let items = options
        .into_iter()
        .enumerate()
        .map(|(index, (value, label, option_hint))| {
            let id = choice_id(&name, index);
            let hint_id = option_hint.as_ref().map(|_| format!("{id}-item-hint"));
            view! {
                <div class="choices__item">
                    <input
                        class="choices__input"
                        type="radio"
                        id=id.clone()
                        name=name.clone()
                        value=value.clone()
                        checked=value == chosen
                        aria-describedby=hint_id.clone()
                    />
                    <label class="choices__label" for=id>{label}</label>
                    {option_hint.map(|text| view! { <div class="choices__hint" id=hint_id.unwrap_or_default()>{text}</div> })}
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
                <div class=if inline { "choices choices--inline" } else { "choices" }>{items}</div>
            </fieldset>
        </div>
    }
}
