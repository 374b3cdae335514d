//! A field's error message, referenced by the field's `aria-describedby`. The visually hidden
//! prefix makes screen readers say "Fehler:" before the message.

use leptos::prelude::*;

use crate::t;

#[component]
pub fn FieldError(field_id: String, error: Option<String>) -> impl IntoView {
    error.map(|error| {
        view! {
            <p id=format!("{field_id}-error") class="field__error">
                <span class="visually-hidden">{t("field-error-prefix")}" "</span>
                {error}
            </p>
        }
    })
}
