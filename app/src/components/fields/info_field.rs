//! Text between fields that asks nothing.

use domain::form::{Field, FieldKind};
use leptos::prelude::*;

use crate::context::page_context;

#[component]
pub fn InfoField(field: Field) -> impl IntoView {
    let locale = page_context().locale;
    let text = match &field.kind {
        FieldKind::Info { text } => text.get(locale).to_owned(),
        _ => String::new(),
    };
    view! {
        <div class="info-text">
            <h2 class="info-text__title">{field.label.get(locale).to_owned()}</h2>
            <p>{text}</p>
        </div>
    }
}
