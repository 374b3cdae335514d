//! Chooses the input for a field by its kind.

use domain::form::{Field, FieldKind};
use leptos::prelude::*;

use super::{
    AddressField, CheckboxField, ChoiceField, DateField, FieldState, FileField, GroupField,
    InfoField, SelectField,
};
use crate::components::{TextArea, TextInput};
use crate::context::page_context;

/// One field under `prefix` (empty at the top of a form, `group.N.` inside an item).
#[component]
pub fn FormField(field: Field, #[prop(into)] prefix: String, state: FieldState) -> impl IntoView {
    let locale = page_context().locale;
    let name = format!("{prefix}{}", field.id);
    let label = field.label.get(locale).to_owned();
    let hint = state
        .hint_with_account_note(&name, field.hint.as_ref().map(|h| h.get(locale).to_owned()))
        .unwrap_or_default();
    let readonly = state.from_account(&name).is_some_and(|from| from.readonly);
    let autocomplete = field.autocomplete.clone().unwrap_or_default();
    let value = state.value(&name);
    let error = state.error(&name);
    let required = field.required;
    let unit = |unit: &Option<domain::LocalizedText>| {
        unit.as_ref()
            .map(|u| u.get(locale).to_owned())
            .unwrap_or_default()
    };

    match &field.kind {
        FieldKind::Text { max_length, .. } => view! {
            <TextInput name=name label=label hint=hint value=value error=error required=required autocomplete=autocomplete readonly=readonly
                width=width_for(*max_length)/>
        }
        .into_any(),
        FieldKind::LongText { .. } => view! {
            <TextArea name=name label=label hint=hint value=value error=error required=required/>
        }
        .into_any(),
        FieldKind::Number { unit: u, .. } => view! {
            <TextInput name=name label=label hint=hint value=value error=error required=required
                inputmode="numeric" width="input--number" suffix=unit(u)/>
        }
        .into_any(),
        FieldKind::Decimal { unit: u, .. } => view! {
            <TextInput name=name label=label hint=hint value=value error=error required=required
                inputmode="decimal" width="input--number" suffix=unit(u)/>
        }
        .into_any(),
        FieldKind::Email => view! {
            <TextInput name=name label=label hint=hint value=value error=error required=required readonly=readonly
                input_type="email" autocomplete=if autocomplete.is_empty() { "email".to_owned() } else { autocomplete }
                width="input--half"/>
        }
        .into_any(),
        FieldKind::Phone => view! {
            <TextInput name=name label=label hint=hint value=value error=error required=required
                input_type="tel" autocomplete=if autocomplete.is_empty() { "tel".to_owned() } else { autocomplete }
                width="input--half"/>
        }
        .into_any(),
        FieldKind::Iban => view! {
            <TextInput name=name label=label hint=hint value=value error=error required=required
                autocomplete="off" width="input--half"/>
        }
        .into_any(),
        FieldKind::Postcode { .. } => view! {
            <TextInput name=name label=label hint=hint value=value error=error required=required readonly=readonly
                inputmode="numeric" width="input--postcode"
                autocomplete=if autocomplete.is_empty() { "postal-code".to_owned() } else { autocomplete }/>
        }
        .into_any(),
        FieldKind::Date { .. } => view! { <DateField field=field.clone() prefix=prefix state=state/> }.into_any(),
        FieldKind::Select { .. } => view! { <SelectField field=field.clone() prefix=prefix state=state/> }.into_any(),
        FieldKind::Radio { .. } | FieldKind::YesNo => {
            view! { <ChoiceField field=field.clone() prefix=prefix state=state/> }.into_any()
        }
        FieldKind::Checkboxes { .. } => {
            view! { <CheckboxField field=field.clone() prefix=prefix state=state/> }.into_any()
        }
        FieldKind::Address { .. } => view! { <AddressField field=field.clone() prefix=prefix state=state/> }.into_any(),
        FieldKind::File { .. } => view! { <FileField field=field.clone() prefix=prefix state=state/> }.into_any(),
        FieldKind::Group { .. } => view! { <GroupField field=field.clone() state=state/> }.into_any(),
        FieldKind::Info { .. } => view! { <InfoField field=field.clone()/> }.into_any(),
    }
}

/// A text input's width from the longest answer expected.
fn width_for(max_length: u32) -> &'static str {
    match max_length {
        0..=10 => "input--short",
        11..=60 => "input--half",
        _ => "input--full",
    }
}
