//! A one-line text field with label, hint and error message.

use leptos::prelude::*;

use crate::components::{FieldError, FieldHint, described_by};

#[component]
pub fn TextInput(
    /// The field's name in the form; also its id.
    #[prop(into)]
    name: String,
    label: String,
    /// Shown under the label; empty for none.
    #[prop(optional, into)]
    hint: String,
    value: String,
    #[prop(optional_no_strip)] error: Option<String>,
    /// `text`, `email`, `tel`, `search`, …
    #[prop(default = "text")]
    input_type: &'static str,
    /// The `autocomplete` token for personal data (WCAG 1.3.5), e.g. `name`, `email`.
    #[prop(optional, into)]
    autocomplete: String,
    #[prop(optional)] required: bool,
    /// CSS class setting the width to fit the expected input.
    #[prop(default = "input--full")]
    width: &'static str,
    /// The virtual keyboard to offer, e.g. `numeric` or `decimal`.
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// A unit shown after the input, e.g. "m" or "kW"; empty for none.
    #[prop(optional, into)]
    suffix: String,
    /// Shown but not editable (a value confirmed by the identity provider).
    #[prop(optional)]
    readonly: bool,
) -> impl IntoView {
    let id = name.clone();
    let hint = (!hint.is_empty()).then_some(hint);
    let described = described_by(&id, hint.is_some(), error.is_some());
    let invalid = error.is_some().then_some("true");
    let class = if error.is_some() {
        "field field--error"
    } else {
        "field"
    };
    let spellcheck = matches!(input_type, "email" | "tel").then_some("false");
    view! {
        <div class=class>
            <label class="field__label" for=id.clone()>{label}</label>
            <FieldHint field_id=id.clone() hint=hint/>
            <FieldError field_id=id.clone() error=error/>
            <div class="input-wrapper">
            <input
                class=format!("input {width}")
                id=id.clone()
                name=name
                type=input_type
                value=value
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                aria-describedby=described
                aria-invalid=invalid
                required=required
                readonly=readonly
                spellcheck=spellcheck
                inputmode=inputmode
            />
            {(!suffix.is_empty()).then(|| suffix.clone()).map(|unit| view! { <span class="input-suffix" aria-hidden="true">{unit}</span> })}
            </div>
        </div>
    }
}
