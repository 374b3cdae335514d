//! A one-line text field with label, hint and error message.

use leptos::prelude::*;

use crate::components::{FieldError, FieldHint, described_by};

#[component]
pub fn TextInput(
    /// The field's name in the form; also its id.
    name: &'static str,
    label: String,
    #[prop(optional)] hint: Option<String>,
    value: String,
    #[prop(optional_no_strip)] error: Option<String>,
    /// `text`, `email`, `tel`, `search`, …
    #[prop(default = "text")]
    input_type: &'static str,
    /// The `autocomplete` token for personal data (WCAG 1.3.5), e.g. `name`, `email`.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(optional)] maxlength: Option<usize>,
    /// CSS class setting the width to fit the expected input.
    #[prop(default = "input--full")]
    width: &'static str,
) -> impl IntoView {
    let described = described_by(name, hint.is_some(), error.is_some());
    let invalid = error.is_some().then_some("true");
    let class = if error.is_some() {
        "field field--error"
    } else {
        "field"
    };
    let spellcheck = matches!(input_type, "email" | "tel").then_some("false");
    view! {
        <div class=class>
            <label class="field__label" for=name>{label}</label>
            <FieldHint field_id=name.to_owned() hint=hint/>
            <FieldError field_id=name.to_owned() error=error/>
            <input
                class=format!("input {width}")
                id=name
                name=name
                type=input_type
                value=value
                autocomplete=autocomplete
                aria-describedby=described
                aria-invalid=invalid
                required=required
                maxlength=maxlength.map(|m| m.to_string())
                spellcheck=spellcheck
            />
        </div>
    }
}
