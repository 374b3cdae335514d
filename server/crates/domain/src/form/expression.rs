//! Expressions for computed values such as fees. In JSON, e.g.
//! `{"sum": [{"number": "50"}, {"product": [{"number": "20"}, {"field": "boreholes"}]}]}`.
//! A field is its number, or for groups, checkboxes and files the count; missing counts as 0.

use serde::{Deserialize, Serialize};

use super::values::Scope;
use super::{Condition, Decimal};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Expression {
    Number(Decimal),
    Field(String),
    Sum(Vec<Expression>),
    Product(Vec<Expression>),
    Difference(Box<Expression>, Box<Expression>),
    Min(Vec<Expression>),
    Max(Vec<Expression>),
    If(Box<IfExpression>),
    /// The expression evaluated in each item of a group, summed.
    SumOver(Box<SumOver>),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IfExpression {
    pub condition: Condition,
    pub then: Expression,
    #[serde(rename = "else")]
    pub otherwise: Expression,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SumOver {
    pub group: String,
    pub expression: Expression,
}

impl Expression {
    pub fn evaluate(&self, scope: &Scope<'_>) -> Decimal {
        match self {
            Expression::Number(number) => *number,
            Expression::Field(field) => scope.lookup(field).as_number().unwrap_or(Decimal::ZERO),
            Expression::Sum(terms) => terms
                .iter()
                .fold(Decimal::ZERO, |sum, t| sum + t.evaluate(scope)),
            Expression::Product(factors) => {
                factors.iter().fold(Decimal::from_integer(1), |product, f| {
                    product.multiply(f.evaluate(scope))
                })
            }
            Expression::Difference(left, right) => left.evaluate(scope) - right.evaluate(scope),
            Expression::Min(terms) => terms
                .iter()
                .map(|t| t.evaluate(scope))
                .min()
                .unwrap_or(Decimal::ZERO),
            Expression::Max(terms) => terms
                .iter()
                .map(|t| t.evaluate(scope))
                .max()
                .unwrap_or(Decimal::ZERO),
            Expression::If(branch) => {
                if branch.condition.holds(scope) {
                    branch.then.evaluate(scope)
                } else {
                    branch.otherwise.evaluate(scope)
                }
            }
            Expression::SumOver(over) => scope
                .items(&over.group)
                .iter()
                .fold(Decimal::ZERO, |sum, item| {
                    sum + over.expression.evaluate(item)
                }),
        }
    }

    /// Field names the expression refers to, each with whether its value is used as a number
    /// (`true`) or only tested by a condition (`false`), for checking definitions.
    pub fn field_references(&self) -> Vec<(&str, bool)> {
        match self {
            Expression::Number(_) => vec![],
            Expression::Field(field) => vec![(field.as_str(), true)],
            Expression::Sum(terms)
            | Expression::Product(terms)
            | Expression::Min(terms)
            | Expression::Max(terms) => terms
                .iter()
                .flat_map(Expression::field_references)
                .collect(),
            Expression::Difference(left, right) => {
                let mut references = left.field_references();
                references.extend(right.field_references());
                references
            }
            Expression::If(branch) => {
                let mut references: Vec<(&str, bool)> = branch
                    .condition
                    .field_references()
                    .into_iter()
                    .map(|name| (name, false))
                    .collect();
                references.extend(branch.then.field_references());
                references.extend(branch.otherwise.field_references());
                references
            }
            Expression::SumOver(over) => vec![(over.group.as_str(), true)],
        }
    }
}
