//! The typed answers of a finished form: what a submission freezes together with its
//! definition version. Only visible steps and fields count; values of hidden ones stay in the
//! draft but are not submitted.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::definition::{Field, FieldKind, FormDefinition};
use super::values::{ADDRESS_PARTS, FormValues, Scope, date_of};
use super::{Decimal, iban};
use crate::{EmailAddress, Postcode};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "value")]
pub enum AnswerValue {
    Text(String),
    Number(Decimal),
    /// ISO 8601, e.g. `2026-11-28`.
    Date(String),
    Choice(String),
    Choices(Vec<String>),
    YesNo(bool),
    Address {
        street: String,
        postcode: String,
        city: String,
    },
    /// Upload ids.
    Files(Vec<String>),
    Items(Vec<Answers>),
}

/// Field id → answer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(pub BTreeMap<String, AnswerValue>);

impl Answers {
    pub fn get(&self, field: &str) -> Option<&AnswerValue> {
        self.0.get(field)
    }
}

/// The answers of every visible field of every visible step.
pub fn collect(form: &FormDefinition, values: &FormValues) -> Answers {
    let scope = Scope::top(form, values);
    let mut answers = Answers::default();
    for step in form.steps.iter().filter(|step| scope.step_is_visible(step)) {
        for field in step.fields.iter().filter(|field| scope.is_visible(field)) {
            if let Some(answer) = answer_of(field, &scope) {
                answers.0.insert(field.id.clone(), answer);
            }
        }
    }
    answers
}

/// The value of each computed value, in definition order.
pub fn computed(form: &FormDefinition, values: &FormValues) -> Vec<(String, Decimal)> {
    let scope = Scope::top(form, values);
    form.computed
        .iter()
        .map(|c| (c.id.clone(), c.expression.evaluate(&scope)))
        .collect()
}

fn answer_of(field: &Field, scope: &Scope<'_>) -> Option<AnswerValue> {
    let values = scope.values;
    let name = format!("{}{}", scope.prefix(), field.id);
    let text = values.get(&name).trim();
    let filled = (!text.is_empty()).then(|| text.to_owned());
    match &field.kind {
        FieldKind::Text { .. } | FieldKind::LongText { .. } | FieldKind::Phone => {
            filled.map(AnswerValue::Text)
        }
        FieldKind::Email => EmailAddress::parse(text)
            .ok()
            .map(|e| AnswerValue::Text(e.to_string())),
        FieldKind::Iban => iban::check(text).ok().map(AnswerValue::Text),
        FieldKind::Postcode { .. } => Postcode::parse(text)
            .ok()
            .map(|p| AnswerValue::Text(p.as_str().to_owned())),
        FieldKind::Number { .. } | FieldKind::Decimal { .. } => {
            Decimal::parse(text).ok().map(AnswerValue::Number)
        }
        FieldKind::Date { .. } => {
            date_of(values, &name).map(|date| AnswerValue::Date(date.to_string()))
        }
        FieldKind::Select { .. } | FieldKind::Radio { .. } => filled.map(AnswerValue::Choice),
        FieldKind::YesNo => match text {
            "yes" => Some(AnswerValue::YesNo(true)),
            "no" => Some(AnswerValue::YesNo(false)),
            _ => None,
        },
        FieldKind::Checkboxes { .. } => {
            let chosen: Vec<String> = values
                .all(&name)
                .iter()
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
                .collect();
            (!chosen.is_empty()).then_some(AnswerValue::Choices(chosen))
        }
        FieldKind::Address { .. } => {
            let [street, postcode, city] =
                ADDRESS_PARTS.map(|part| values.get(&format!("{name}.{part}")).trim().to_owned());
            (!street.is_empty() || !postcode.is_empty() || !city.is_empty()).then_some(
                AnswerValue::Address {
                    street,
                    postcode,
                    city,
                },
            )
        }
        FieldKind::File { .. } => {
            let ids: Vec<String> = values
                .all(&name)
                .iter()
                .filter(|v| !v.trim().is_empty())
                .cloned()
                .collect();
            (!ids.is_empty()).then_some(AnswerValue::Files(ids))
        }
        FieldKind::Group {
            fields,
            min_items,
            max_items,
            ..
        } => {
            let count = values.item_count(&name, *min_items, *max_items);
            let items: Vec<Answers> = (0..count)
                .map(|index| {
                    let item = scope.item_scope(&field.id, fields, index);
                    Answers(
                        fields
                            .iter()
                            .filter_map(|f| answer_of(f, &item).map(|a| (f.id.clone(), a)))
                            .collect(),
                    )
                })
                .collect();
            (!items.is_empty()).then_some(AnswerValue::Items(items))
        }
        FieldKind::Info { .. } => None,
    }
}
