//! Items the visitor adds and removes, each with the same fields (e.g. boreholes, dogs). The
//! add and remove buttons submit the step, so the page works without JavaScript and nothing
//! typed is lost.

use domain::form::{Field, FieldKind};
use i18n::Args;
use leptos::prelude::*;

use super::{FieldState, FormField};
use crate::components::{FieldError, FieldHint, described_by};
use crate::context::page_context;
use crate::t_with;

#[component]
pub fn GroupField(field: Field, state: FieldState) -> impl IntoView {
    let locale = page_context().locale;
    let name = field.id.clone();
    let FieldKind::Group {
        item_label,
        fields,
        min_items,
        max_items,
    } = &field.kind
    else {
        return ().into_any();
    };
    let item_label = item_label.get(locale).to_owned();
    let count = state.values.item_count(&name, *min_items, *max_items);
    let hint = field.hint.as_ref().map(|h| h.get(locale).to_owned());
    let error = state.error(&name);
    let described = described_by(&name, hint.is_some(), error.is_some());
    let class = if error.is_some() {
        "field field--error"
    } else {
        "field"
    };
    let items = (0..count)
        .map(|index| {
            let label = format!("{item_label} {}", index + 1);
            let prefix = format!("{name}.{index}.");
            let inner = fields
                .iter()
                .map(|inner| view! { <FormField field=inner.clone() prefix=prefix.clone() state=state.clone()/> })
                .collect_view();
            let remove = (count > *min_items).then(|| {
                let args = Args::new().text("item", label.clone());
                view! {
                    <button class="button button--secondary" type="submit" name="_aktion"
                        value=format!("entfernen:{name}:{index}")>
                        {t_with("form-remove-item", &args)}
                    </button>
                }
            });
            view! {
                <fieldset class="fieldset group__item" id=format!("{name}.{index}")>
                    <legend class="fieldset__legend fieldset__legend--item">{label}</legend>
                    {inner}
                    {remove}
                </fieldset>
            }
        })
        .collect_view();
    let add = (count < *max_items).then(|| {
        let args = Args::new().text("item", item_label.clone());
        view! {
            <button class="button button--secondary" type="submit" name="_aktion" value=format!("hinzufuegen:{name}")>
                {t_with("form-add-item", &args)}
            </button>
        }
    });
    view! {
        <div class=class>
            <fieldset class="fieldset group" id=name.clone() aria-describedby=described>
                <legend class="fieldset__legend fieldset__legend--group">{field.label.get(locale).to_owned()}</legend>
                <FieldHint field_id=name.clone() hint=hint/>
                <FieldError field_id=name.clone() error=error/>
                <input type="hidden" name=format!("{name}.items") value=count.to_string()/>
                {items}
                {add}
            </fieldset>
        </div>
    }
    .into_any()
}
