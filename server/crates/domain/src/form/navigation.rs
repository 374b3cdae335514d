//! Moving through a form: which steps are shown for the answers so far, where a step sits, and
//! which inputs a step may post.

use super::definition::{Field, FieldKind, FormDefinition, Step};
use super::values::{ADDRESS_PARTS, DATE_PARTS, FormValues, ITEMS_SUFFIX, Scope};

/// The steps shown for these answers, in order.
pub fn visible_steps<'f>(form: &'f FormDefinition, values: &FormValues) -> Vec<&'f Step> {
    let scope = Scope::top(form, values);
    form.steps
        .iter()
        .filter(|step| scope.step_is_visible(step))
        .collect()
}

/// The visible step after `current`, if any.
pub fn next_step<'f>(
    form: &'f FormDefinition,
    values: &FormValues,
    current: &str,
) -> Option<&'f Step> {
    let steps = visible_steps(form, values);
    let index = steps.iter().position(|step| step.id == current)?;
    steps.get(index + 1).copied()
}

/// The visible step before `current`, if any.
pub fn previous_step<'f>(
    form: &'f FormDefinition,
    values: &FormValues,
    current: &str,
) -> Option<&'f Step> {
    let steps = visible_steps(form, values);
    let index = steps.iter().position(|step| step.id == current)?;
    index.checked_sub(1).and_then(|i| steps.get(i)).copied()
}

/// Whether a step may post an input of this name: its fields, their parts, the items of its
/// groups up to their maximum. Anything else in a post was not on the page.
pub fn step_accepts(step: &Step, name: &str) -> bool {
    step.fields.iter().any(|field| field_accepts(field, name))
}

fn field_accepts(field: &Field, name: &str) -> bool {
    let Some(rest) = name.strip_prefix(field.id.as_str()) else {
        return false;
    };
    match &field.kind {
        FieldKind::Info { .. } => false,
        FieldKind::Date { .. } => rest
            .strip_prefix('.')
            .is_some_and(|part| DATE_PARTS.contains(&part)),
        FieldKind::Address { .. } => rest
            .strip_prefix('.')
            .is_some_and(|part| ADDRESS_PARTS.contains(&part)),
        FieldKind::Group {
            fields, max_items, ..
        } => {
            let Some(rest) = rest.strip_prefix('.') else {
                return false;
            };
            if rest == ITEMS_SUFFIX {
                return true;
            }
            let Some((index, inner)) = rest.split_once('.') else {
                return false;
            };
            let index_ok = index.len() <= 3
                && index.bytes().all(|b| b.is_ascii_digit())
                && index.parse::<u32>().is_ok_and(|i| i < *max_items);
            index_ok && fields.iter().any(|field| field_accepts(field, inner))
        }
        _ => rest.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn form() -> FormDefinition {
        let text = |de: &str| json!({ "de": de });
        FormDefinition::from_json(json!({ "steps": [
            { "id": "one", "title": text("Eins"), "fields": [
                { "id": "kind", "type": "radio", "label": text("Art"), "options": [
                    { "value": "a", "label": text("A") }, { "value": "b", "label": text("B") } ] },
                { "id": "born", "type": "date", "label": text("Geboren") },
                { "id": "note", "type": "info", "label": text("Hinweis"), "text": text("…") } ] },
            { "id": "two", "title": text("Zwei"), "visible_if": { "equals": { "field": "kind", "value": "b" } },
              "fields": [ { "id": "items", "type": "group", "label": text("Dinge"), "item_label": text("Ding"),
                            "max_items": 3, "fields": [ { "id": "at", "type": "address", "label": text("Ort") } ] } ] },
            { "id": "three", "title": text("Drei"), "fields": [ { "id": "mail", "type": "email", "label": text("E-Mail") } ] }
        ]}))
        .unwrap()
    }

    #[test]
    fn hidden_steps_are_skipped_both_ways() {
        let form = form();
        let a = FormValues::from_pairs([("kind".to_owned(), "a".to_owned())]);
        assert_eq!(
            visible_steps(&form, &a)
                .iter()
                .map(|s| s.id.as_str())
                .collect::<Vec<_>>(),
            ["one", "three"]
        );
        assert_eq!(next_step(&form, &a, "one").unwrap().id, "three");
        assert_eq!(previous_step(&form, &a, "three").unwrap().id, "one");
        let b = FormValues::from_pairs([("kind".to_owned(), "b".to_owned())]);
        assert_eq!(next_step(&form, &b, "one").unwrap().id, "two");
        assert!(next_step(&form, &b, "three").is_none());
        assert!(previous_step(&form, &b, "one").is_none());
    }

    #[test]
    fn a_step_accepts_only_its_own_inputs() {
        let form = form();
        let one = form.step("one").unwrap();
        for name in ["kind", "born.day", "born.year"] {
            assert!(step_accepts(one, name), "{name}");
        }
        for name in [
            "born",
            "born.hour",
            "kindness",
            "note",
            "mail",
            "items.0.at.street",
        ] {
            assert!(!step_accepts(one, name), "{name}");
        }
        let two = form.step("two").unwrap();
        for name in ["items.items", "items.0.at.street", "items.2.at.city"] {
            assert!(step_accepts(two, name), "{name}");
        }
        for name in [
            "items.3.at.street",
            "items.0.at",
            "items.x.at.city",
            "items.0.other",
            "items.0001.at.city",
        ] {
            assert!(!step_accepts(two, name), "{name}");
        }
    }
}
