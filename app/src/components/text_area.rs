//! A multi-line text field with label, hint and error message.

use leptos::prelude::*;

use crate::components::{FieldError, FieldHint, described_by};

#[component]
pub fn TextArea(
    /// The field's name in the form; also its id.
    #[prop(into)]
    name: String,
    label: String,
    /// Shown under the label; empty for none.
    #[prop(optional, into)]
    hint: String,
    value: String,
    #[prop(optional_no_strip)] error: Option<String>,
    #[prop(optional)] required: bool,
    #[prop(default = 6)] rows: u32,
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
    view! {
        <div class=class>
            <label class="field__label" for=id.clone()>{label}</label>
            <FieldHint field_id=id.clone() hint=hint/>
            <FieldError field_id=id.clone() error=error/>
            <textarea
                class="textarea"
                id=id.clone()
                name=name
                rows=rows.to_string()
                aria-describedby=described
                aria-invalid=invalid
                required=required
            >
                {escape_textarea(&value)}
            </textarea>
        </div>
    }
}

/// Leptos 0.8 writes text inside `<textarea>` without escaping it (as it does for `<script>`),
/// so a value containing `</textarea>` would end the element and inject markup. We escape it
/// ourselves; the browser decodes the entities, so the user sees exactly what they typed.
fn escape_textarea(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
