//! A field's hint, referenced by the field's `aria-describedby`.

use leptos::prelude::*;

#[component]
pub fn FieldHint(field_id: String, hint: Option<String>) -> impl IntoView {
    hint.map(|hint| view! { <div id=format!("{field_id}-hint") class="field__hint">{hint}</div> })
}
