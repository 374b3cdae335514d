//! Conditions: when a step or field is shown, when a rule applies and whether it holds.
//!
//! In JSON each condition is an object with one key, e.g.
//! `{"equals": {"field": "use", "value": "heating"}}`, `{"filled": "email"}`,
//! `{"all": [ … ]}`. Inside a group item, field names refer to the item's own fields first.

use serde::{Deserialize, Serialize};

use super::Decimal;
use super::values::{Scope, Value};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Condition {
    /// The answer is exactly this value (choices, yes/no as `yes` / `no`, text, numbers).
    Equals(FieldValue),
    NotEquals(FieldValue),
    /// The answer is one of these values.
    OneOf(FieldValues),
    /// A checkbox answer includes this value.
    Contains(FieldValue),
    /// Something was answered (for groups, checkboxes and files: at least one).
    Filled(String),
    /// Nothing was answered.
    Empty(String),
    /// A number, or the count of a group, checkboxes or files, is above the value.
    GreaterThan(FieldNumber),
    LessThan(FieldNumber),
    /// Two answers (numbers or dates) compared; false when either is missing.
    Compare(Comparison),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldValue {
    pub field: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldValues {
    pub field: String,
    pub values: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldNumber {
    pub field: String,
    pub value: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    pub left: String,
    pub op: CompareOp,
    pub right: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CompareOp {
    Lt,
    Lte,
    Gt,
    Gte,
    Eq,
    Ne,
}

impl CompareOp {
    fn holds(self, ordering: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::{Equal, Greater, Less};
        match self {
            CompareOp::Lt => ordering == Less,
            CompareOp::Lte => ordering != Greater,
            CompareOp::Gt => ordering == Greater,
            CompareOp::Gte => ordering != Less,
            CompareOp::Eq => ordering == Equal,
            CompareOp::Ne => ordering != Equal,
        }
    }
}

impl Condition {
    /// Whether the condition holds for the answers seen from `scope`.
    pub fn holds(&self, scope: &Scope<'_>) -> bool {
        match self {
            Condition::Equals(FieldValue { field, value }) => equals(&scope.lookup(field), value),
            Condition::NotEquals(FieldValue { field, value }) => {
                !equals(&scope.lookup(field), value)
            }
            Condition::OneOf(FieldValues { field, values }) => {
                let answer = scope.lookup(field);
                values.iter().any(|value| equals(&answer, value))
            }
            Condition::Contains(FieldValue { field, value }) => match scope.lookup(field) {
                Value::Choices(choices) => choices.contains(value),
                other => equals(&other, value),
            },
            Condition::Filled(field) => scope.lookup(field).is_filled(),
            Condition::Empty(field) => !scope.lookup(field).is_filled(),
            Condition::GreaterThan(FieldNumber { field, value }) => {
                scope.lookup(field).as_number().is_some_and(|n| n > *value)
            }
            Condition::LessThan(FieldNumber { field, value }) => {
                scope.lookup(field).as_number().is_some_and(|n| n < *value)
            }
            Condition::Compare(Comparison { left, op, right }) => {
                match (scope.lookup(left), scope.lookup(right)) {
                    (Value::Date(a), Value::Date(b)) => op.holds(a.cmp(&b)),
                    (a, b) => match (a.as_number(), b.as_number()) {
                        (Some(a), Some(b)) => op.holds(a.cmp(&b)),
                        _ => false,
                    },
                }
            }
            Condition::All(conditions) => conditions.iter().all(|c| c.holds(scope)),
            Condition::Any(conditions) => conditions.iter().any(|c| c.holds(scope)),
            Condition::Not(condition) => !condition.holds(scope),
        }
    }

    /// Every field name the condition refers to, for checking definitions.
    pub fn field_references(&self) -> Vec<&str> {
        match self {
            Condition::Equals(FieldValue { field, .. })
            | Condition::NotEquals(FieldValue { field, .. })
            | Condition::Contains(FieldValue { field, .. })
            | Condition::OneOf(FieldValues { field, .. })
            | Condition::Filled(field)
            | Condition::Empty(field)
            | Condition::GreaterThan(FieldNumber { field, .. })
            | Condition::LessThan(FieldNumber { field, .. }) => vec![field.as_str()],
            Condition::Compare(Comparison { left, right, .. }) => {
                vec![left.as_str(), right.as_str()]
            }
            Condition::All(conditions) | Condition::Any(conditions) => conditions
                .iter()
                .flat_map(Condition::field_references)
                .collect(),
            Condition::Not(condition) => condition.field_references(),
        }
    }
}

fn equals(answer: &Value, expected: &str) -> bool {
    match answer {
        Value::Text(text) => text == expected,
        Value::Number(number) => Decimal::parse(expected).is_ok_and(|e| e == *number),
        Value::Date(date) => date.to_string() == expected,
        Value::Choices(choices) => choices.len() == 1 && choices[0] == expected,
        Value::Count(count) => expected.parse::<u32>().is_ok_and(|e| e == *count),
        Value::Missing => false,
    }
}
