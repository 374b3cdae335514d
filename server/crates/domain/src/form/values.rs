//! What a visitor typed, exactly as posted, and how conditions and expressions see it.
//!
//! Input names: a field's id (`email`); the parts of a date (`birth.day`, `birth.month`,
//! `birth.year`) and of an address (`site.street`, `site.postcode`, `site.city`); the fields of
//! a group item (`boreholes.0.depth`) and the group's item count (`boreholes.items`).
//! Invalid entries are kept as typed, so nothing is lost; they only count as missing when
//! conditions and expressions look at them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::{Date, Month};

use super::{Decimal, Field, FieldKind, FormDefinition, Step};

/// Input name → posted values (several for checkboxes and files).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FormValues(BTreeMap<String, Vec<String>>);

/// The suffix of the input holding a group's item count.
pub const ITEMS_SUFFIX: &str = "items";
pub const DATE_PARTS: [&str; 3] = ["day", "month", "year"];
pub const ADDRESS_PARTS: [&str; 3] = ["street", "postcode", "city"];

impl FormValues {
    pub fn new() -> Self {
        Self::default()
    }

    /// Builds values from posted pairs, trimming nothing (that is validation's job).
    pub fn from_pairs<I: IntoIterator<Item = (String, String)>>(pairs: I) -> Self {
        let mut values = FormValues::new();
        for (name, value) in pairs {
            values.0.entry(name).or_default().push(value);
        }
        values
    }

    /// The first value of an input, or `""`.
    pub fn get(&self, name: &str) -> &str {
        self.0
            .get(name)
            .and_then(|v| v.first())
            .map_or("", String::as_str)
    }

    pub fn all(&self, name: &str) -> &[String] {
        self.0.get(name).map_or(&[], Vec::as_slice)
    }

    pub fn set(&mut self, name: String, values: Vec<String>) {
        if values.is_empty() {
            self.0.remove(&name);
        } else {
            self.0.insert(name, values);
        }
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many items a group at `name` (with its prefix) has: as stored, else its minimum
    /// (at least one, so an empty group shows a first item to fill in).
    pub fn item_count(&self, name: &str, min_items: u32, max_items: u32) -> u32 {
        let stored = self
            .get(&format!("{name}.{ITEMS_SUFFIX}"))
            .parse::<u32>()
            .ok();
        stored
            .unwrap_or(min_items.max(1))
            .clamp(min_items, max_items)
    }

    /// Replaces everything a step's fields own with what was posted for them. Inputs the post
    /// does not mention (an unchecked checkbox) become empty; other steps keep their values.
    pub fn replace_step(&mut self, step: &Step, posted: &FormValues) {
        let owned = |name: &str| step.fields.iter().any(|field| owns(&field.id, name));
        self.0.retain(|name, _| !owned(name));
        for (name, values) in &posted.0 {
            if owned(name) {
                self.0.insert(name.clone(), values.clone());
            }
        }
    }

    /// Removes item `index` of the group at `name` and moves later items down.
    pub fn remove_item(&mut self, name: &str, index: u32, count: u32) {
        let prefix = |i: u32| format!("{name}.{i}.");
        let mut moved = BTreeMap::new();
        for (key, values) in std::mem::take(&mut self.0) {
            let position = (0..count).find(|i| key.starts_with(&prefix(*i)));
            match position {
                Some(i) if i == index => {}
                Some(i) if i > index => {
                    let rest = &key[prefix(i).len()..];
                    moved.insert(format!("{}{rest}", prefix(i - 1)), values);
                }
                _ => {
                    moved.insert(key, values);
                }
            }
        }
        self.0 = moved;
        self.0.insert(
            format!("{name}.{ITEMS_SUFFIX}"),
            vec![count.saturating_sub(1).to_string()],
        );
    }
}

/// Whether input `name` belongs to the field with this id (itself, its parts or its items).
fn owns(field_id: &str, name: &str) -> bool {
    name == field_id
        || name
            .strip_prefix(field_id)
            .is_some_and(|rest| rest.starts_with('.'))
}

/// An answer as conditions and expressions see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Missing,
    Text(String),
    Number(Decimal),
    Date(Date),
    Choices(Vec<String>),
    Count(u32),
}

impl Value {
    pub fn is_filled(&self) -> bool {
        match self {
            Value::Missing => false,
            Value::Choices(choices) => !choices.is_empty(),
            Value::Count(count) => *count > 0,
            _ => true,
        }
    }

    /// Numbers as they are, counts as numbers.
    pub fn as_number(&self) -> Option<Decimal> {
        match self {
            Value::Number(number) => Some(*number),
            Value::Count(count) => Some(Decimal::from_integer(i64::from(*count))),
            Value::Choices(choices) => Some(Decimal::from_integer(
                i64::try_from(choices.len()).unwrap_or(0),
            )),
            _ => None,
        }
    }
}

/// Where names are looked up: the whole form, or one item of a group (whose own fields come
/// first).
#[derive(Clone)]
pub struct Scope<'a> {
    pub form: &'a FormDefinition,
    pub values: &'a FormValues,
    item: Option<Item<'a>>,
}

#[derive(Clone)]
struct Item<'a> {
    fields: &'a [Field],
    /// e.g. `boreholes.2.`
    prefix: String,
}

impl<'a> Scope<'a> {
    pub fn top(form: &'a FormDefinition, values: &'a FormValues) -> Scope<'a> {
        Scope {
            form,
            values,
            item: None,
        }
    }

    /// The input-name prefix of this scope (`""` at the top, `group.N.` in an item).
    pub fn prefix(&self) -> &str {
        self.item.as_ref().map_or("", |item| item.prefix.as_str())
    }

    /// The answer to the field `name`, as seen from here; hidden fields count as missing.
    pub fn lookup(&self, name: &str) -> Value {
        if let Some(item) = &self.item
            && let Some(field) = item.fields.iter().find(|f| f.id == name)
        {
            return if self.is_visible(field) {
                value_of(field, &item.prefix, self.values)
            } else {
                Value::Missing
            };
        }
        let top = Scope::top(self.form, self.values);
        match self.form.fields().find(|(_, field)| field.id == name) {
            Some((step, field)) if top.step_is_visible(step) && top.is_visible(field) => {
                value_of(field, "", self.values)
            }
            _ => Value::Missing,
        }
    }

    /// The scopes of each item of the top-level group `name`.
    pub fn items(&self, name: &str) -> Vec<Scope<'a>> {
        let Some(field) = self.form.field(name) else {
            return Vec::new();
        };
        let FieldKind::Group {
            fields,
            min_items,
            max_items,
            ..
        } = &field.kind
        else {
            return Vec::new();
        };
        let count = self.values.item_count(name, *min_items, *max_items);
        (0..count)
            .map(|i| self.item_scope(name, fields, i))
            .collect()
    }

    /// The scope of item `index` of the group `name` (whose item fields are `fields`).
    pub fn item_scope(&self, name: &str, fields: &'a [Field], index: u32) -> Scope<'a> {
        Scope {
            form: self.form,
            values: self.values,
            item: Some(Item {
                fields,
                prefix: format!("{}{name}.{index}.", self.prefix()),
            }),
        }
    }

    pub fn step_is_visible(&self, step: &Step) -> bool {
        step.visible_if
            .as_ref()
            .is_none_or(|condition| condition.holds(&Scope::top(self.form, self.values)))
    }

    /// Whether the field's own condition holds (its step is the caller's business).
    pub fn is_visible(&self, field: &Field) -> bool {
        field
            .visible_if
            .as_ref()
            .is_none_or(|condition| condition.holds(self))
    }
}

/// The answer of `field` (under `prefix`) as conditions see it.
pub fn value_of(field: &Field, prefix: &str, values: &FormValues) -> Value {
    let name = format!("{prefix}{}", field.id);
    let text = || {
        let text = values.get(&name).trim();
        if text.is_empty() {
            Value::Missing
        } else {
            Value::Text(text.to_owned())
        }
    };
    match &field.kind {
        FieldKind::Number { .. } | FieldKind::Decimal { .. } => {
            Decimal::parse(values.get(&name)).map_or(Value::Missing, Value::Number)
        }
        FieldKind::Date { .. } => date_of(values, &name).map_or(Value::Missing, Value::Date),
        FieldKind::Checkboxes { .. } => Value::Choices(
            values
                .all(&name)
                .iter()
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
                .collect(),
        ),
        FieldKind::File { .. } => Value::Count(
            u32::try_from(values.all(&name).iter().filter(|v| !v.is_empty()).count()).unwrap_or(0),
        ),
        FieldKind::Group {
            min_items,
            max_items,
            ..
        } => Value::Count(values.item_count(&name, *min_items, *max_items)),
        FieldKind::Address { .. } => {
            let parts: Vec<&str> = ADDRESS_PARTS
                .iter()
                .map(|part| values.get(&format!("{name}.{part}")).trim())
                .collect();
            if parts.iter().all(|part| part.is_empty()) {
                Value::Missing
            } else {
                Value::Text(parts.join(", "))
            }
        }
        FieldKind::Info { .. } => Value::Missing,
        _ => text(),
    }
}

/// The date entered as day, month and year under `name`, if it is a real date.
pub fn date_of(values: &FormValues, name: &str) -> Option<Date> {
    let part = |part: &str| {
        values
            .get(&format!("{name}.{part}"))
            .trim()
            .parse::<u32>()
            .ok()
    };
    let (day, month, year) = (part("day")?, part("month")?, part("year")?);
    if !(1000..=9999).contains(&year) {
        return None;
    }
    let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
    Date::from_calendar_date(i32::try_from(year).ok()?, month, u8::try_from(day).ok()?).ok()
}
