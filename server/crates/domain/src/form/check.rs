//! Checks of a form definition as a whole, run before a definition is used: ids, choices,
//! limits, patterns, and every field a condition, rule or expression refers to.

use std::collections::BTreeSet;
use std::fmt;

use super::definition::{Field, FieldKind, FormDefinition};
use super::prefill;
use super::{Condition, Expression};

/// One problem with a definition, naming the step and field it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefinitionProblem {
    pub step: Option<String>,
    pub field: Option<String>,
    pub message: String,
}

impl DefinitionProblem {
    pub fn general(message: impl Into<String>) -> Self {
        DefinitionProblem {
            step: None,
            field: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for DefinitionProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(step) = &self.step {
            write!(f, "step {step}, ")?;
        }
        if let Some(field) = &self.field {
            write!(f, "field {field}: ")?;
        }
        f.write_str(&self.message)
    }
}

/// Tokens of the HTML `autocomplete` attribute that make sense for the portal's forms.
const AUTOCOMPLETE_TOKENS: &[&str] = &[
    "off",
    "name",
    "honorific-prefix",
    "given-name",
    "additional-name",
    "family-name",
    "honorific-suffix",
    "nickname",
    "email",
    "organization",
    "organization-title",
    "street-address",
    "address-line1",
    "address-line2",
    "postal-code",
    "address-level1",
    "address-level2",
    "country",
    "country-name",
    "bday",
    "bday-day",
    "bday-month",
    "bday-year",
    "sex",
    "tel",
    "tel-national",
    "url",
];

/// Largest upload a definition may allow, in KiB.
pub const MAX_UPLOAD_KB: u32 = 25 * 1024;

fn is_identifier(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && id.len() <= 40
}

struct Checker<'a> {
    form: &'a FormDefinition,
    problems: Vec<DefinitionProblem>,
}

impl<'a> Checker<'a> {
    fn problem(&mut self, step: Option<&str>, field: Option<&str>, message: impl Into<String>) {
        self.problems.push(DefinitionProblem {
            step: step.map(str::to_owned),
            field: field.map(str::to_owned),
            message: message.into(),
        });
    }

    /// The top-level field `name` and the index of its step.
    fn top_level(&self, name: &str) -> Option<(usize, &'a Field)> {
        let form: &'a FormDefinition = self.form;
        form.steps.iter().enumerate().find_map(|(index, step)| {
            step.fields
                .iter()
                .find(|f| f.id == name)
                .map(|f| (index, f))
        })
    }
}

/// Every problem of the definition; empty when it can be used.
pub fn check(form: &FormDefinition) -> Vec<DefinitionProblem> {
    let mut checker = Checker {
        form,
        problems: Vec::new(),
    };
    if form.steps.is_empty() {
        checker.problem(None, None, "the form has no steps");
    }

    let mut step_ids = BTreeSet::new();
    let mut field_ids = BTreeSet::new();
    for (index, step) in form.steps.iter().enumerate() {
        let step_id = step.id.as_str();
        if !is_identifier(step_id) {
            checker.problem(
                Some(step_id),
                None,
                "step ids are lowercase letters, digits and _, starting with a letter",
            );
        }
        if !step_ids.insert(step_id) {
            checker.problem(Some(step_id), None, "the step id is used twice");
        }
        if step.fields.is_empty() {
            checker.problem(Some(step_id), None, "the step has no fields");
        }
        if let Some(condition) = &step.visible_if {
            check_visibility(&mut checker, step_id, None, condition, index);
        }
        for field in &step.fields {
            if !field_ids.insert(field.id.as_str()) {
                checker.problem(
                    Some(step_id),
                    Some(&field.id),
                    "the field id is used twice in the form",
                );
            }
            check_field(&mut checker, step_id, field, index, false);
        }
    }

    for rule in &form.rules {
        let step = Some(rule.id.as_str());
        if rule.fields.is_empty() {
            checker.problem(
                None,
                None,
                format!("rule {}: names no field to show its message at", rule.id),
            );
        }
        for name in &rule.fields {
            if checker.top_level(name).is_none() {
                checker.problem(None, Some(name), format!("rule {}: no such field", rule.id));
            }
        }
        let conditions = rule.when.iter().chain(std::iter::once(&rule.check));
        for reference in conditions.flat_map(Condition::field_references) {
            if checker.top_level(reference).is_none() {
                checker.problem(
                    None,
                    Some(reference),
                    format!("rule {}: refers to an unknown field", rule.id),
                );
            }
        }
        let _ = step;
    }

    let mut computed_ids = BTreeSet::new();
    for computed in &form.computed {
        if !is_identifier(&computed.id)
            || field_ids.contains(computed.id.as_str())
            || !computed_ids.insert(&computed.id)
        {
            checker.problem(
                None,
                Some(&computed.id),
                "computed value ids must be unique identifiers, distinct from field ids",
            );
        }
        check_expression(&mut checker, &computed.id, &computed.expression);
    }
    checker.problems
}

fn check_expression(checker: &mut Checker<'_>, id: &str, expression: &Expression) {
    for (reference, as_number) in expression.field_references() {
        match checker.top_level(reference).map(|(_, field)| &field.kind) {
            None => checker.problem(
                None,
                Some(id),
                format!("the expression refers to unknown field {reference}"),
            ),
            Some(kind) if as_number && !kind.is_numeric() && !kind.is_countable() => checker
                .problem(
                    None,
                    Some(id),
                    format!(
                        "the expression uses {reference}, which is neither a number nor countable"
                    ),
                ),
            Some(_) => {}
        }
    }
    if let Expression::SumOver(over) = expression {
        let FieldKind::Group { fields, .. } = checker
            .top_level(&over.group)
            .map(|(_, field)| field.kind.clone())
            .unwrap_or(FieldKind::YesNo)
        else {
            checker.problem(
                None,
                Some(id),
                format!("sum_over needs a group, {} is not one", over.group),
            );
            return;
        };
        for (reference, _) in over.expression.field_references() {
            if !fields.iter().any(|f| f.id == reference) && checker.top_level(reference).is_none() {
                checker.problem(
                    None,
                    Some(id),
                    format!("sum_over refers to unknown field {reference}"),
                );
            }
        }
    }
}

/// A visibility condition may only look at fields of earlier steps: pages are plain HTML
/// forms, so a field cannot appear because of an answer on its own page without JavaScript.
fn check_visibility(
    checker: &mut Checker<'_>,
    step: &str,
    field: Option<&str>,
    condition: &Condition,
    step_index: usize,
) {
    for reference in condition.field_references() {
        match checker.top_level(reference) {
            None => checker.problem(
                Some(step),
                field,
                format!("visible_if refers to unknown field {reference}"),
            ),
            Some((index, _)) if index >= step_index => checker.problem(
                Some(step),
                field,
                format!("visible_if may only use fields of earlier steps, not {reference}"),
            ),
            Some(_) => {}
        }
    }
    check_condition_values(checker, step, field, condition);
}

/// Values compared with a choice field must be among its options (catches typos).
fn check_condition_values(
    checker: &mut Checker<'_>,
    step: &str,
    field: Option<&str>,
    condition: &Condition,
) {
    use super::condition::{FieldValue, FieldValues};
    let pairs: Vec<(&str, Vec<&str>)> = match condition {
        Condition::Equals(FieldValue { field, value })
        | Condition::NotEquals(FieldValue { field, value })
        | Condition::Contains(FieldValue { field, value }) => vec![(field, vec![value.as_str()])],
        Condition::OneOf(FieldValues { field, values }) => {
            vec![(field, values.iter().map(String::as_str).collect())]
        }
        Condition::All(conditions) | Condition::Any(conditions) => {
            for inner in conditions {
                check_condition_values(checker, step, field, inner);
            }
            vec![]
        }
        Condition::Not(inner) => {
            check_condition_values(checker, step, field, inner);
            vec![]
        }
        _ => vec![],
    };
    for (name, values) in pairs {
        let Some((_, target)) = checker.top_level(name) else {
            continue;
        };
        let allowed: Vec<&str> = match &target.kind {
            FieldKind::YesNo => vec!["yes", "no"],
            kind if !kind.options().is_empty() => {
                kind.options().iter().map(|o| o.value.as_str()).collect()
            }
            _ => continue,
        };
        for value in values {
            if !allowed.contains(&value) {
                checker.problem(
                    Some(step),
                    field,
                    format!("{name} has no choice \"{value}\""),
                );
            }
        }
    }
}

fn check_field(
    checker: &mut Checker<'_>,
    step: &str,
    field: &Field,
    step_index: usize,
    in_group: bool,
) {
    let id = Some(field.id.as_str());
    let problem =
        |checker: &mut Checker<'_>, message: String| checker.problem(Some(step), id, message);
    if !is_identifier(&field.id) {
        problem(
            checker,
            "field ids are lowercase letters, digits and _, starting with a letter".into(),
        );
    }
    if let Some(token) = &field.autocomplete
        && !AUTOCOMPLETE_TOKENS.contains(&token.as_str())
    {
        problem(checker, format!("\"{token}\" is not an autocomplete token"));
    }
    if field.prefill.is_some() {
        if in_group {
            problem(
                checker,
                "fields inside a group cannot be filled in from the account".into(),
            );
        } else if prefill::attribute_of(field).is_none() {
            problem(checker, prefill::UNSUPPORTED.into());
        }
    }
    if let Some(condition) = &field.visible_if {
        if in_group {
            problem(
                checker,
                "fields inside a group cannot have visible_if".into(),
            );
        } else {
            check_visibility(checker, step, Some(&field.id), condition, step_index);
        }
    }
    match &field.kind {
        FieldKind::Text {
            min_length,
            max_length,
            pattern,
        } => {
            if min_length.is_some_and(|min| min > *max_length) || *max_length == 0 {
                problem(checker, "min_length is above max_length".into());
            }
            if let Some(pattern) = pattern
                && let Err(error) = regex::Regex::new(&pattern.regex)
            {
                problem(
                    checker,
                    format!("the pattern is not a regular expression: {error}"),
                );
            }
        }
        FieldKind::LongText { max_length } if *max_length == 0 => {
            problem(checker, "max_length is 0".into())
        }
        FieldKind::Number { min, max, .. } => {
            if min.is_some_and(|m| !m.is_integer()) || max.is_some_and(|m| !m.is_integer()) {
                problem(checker, "a number field's limits are whole numbers".into());
            }
            if let (Some(min), Some(max)) = (min, max)
                && min > max
            {
                problem(checker, "min is above max".into());
            }
        }
        FieldKind::Decimal {
            min, max, decimals, ..
        } => {
            if *decimals > 6 {
                problem(checker, "at most 6 decimals".into());
            }
            if let (Some(min), Some(max)) = (min, max)
                && min > max
            {
                problem(checker, "min is above max".into());
            }
        }
        FieldKind::Select { options }
        | FieldKind::Radio { options }
        | FieldKind::Checkboxes { options, .. } => {
            if options.is_empty() {
                problem(checker, "there are no options".into());
            }
            let mut values = BTreeSet::new();
            for option in options {
                if option.value.trim().is_empty()
                    || option.value.len() > 60
                    || !values.insert(&option.value)
                {
                    problem(
                        checker,
                        format!(
                            "option value \"{}\" is empty, too long or used twice",
                            option.value
                        ),
                    );
                }
            }
            if let FieldKind::Checkboxes {
                min_selected,
                max_selected,
                ..
            } = &field.kind
            {
                let count = u32::try_from(options.len()).unwrap_or(u32::MAX);
                if min_selected.unwrap_or(0) > max_selected.unwrap_or(count)
                    || max_selected.is_some_and(|m| m > count)
                {
                    problem(
                        checker,
                        "min_selected / max_selected do not fit the options".into(),
                    );
                }
            }
        }
        FieldKind::File {
            accept,
            max_size_kb,
            max_files,
        } => {
            if accept.is_empty() {
                problem(checker, "accept names no file type".into());
            }
            if *max_size_kb == 0 || *max_size_kb > MAX_UPLOAD_KB {
                problem(
                    checker,
                    format!("max_size_kb must be between 1 and {MAX_UPLOAD_KB}"),
                );
            }
            if *max_files == 0 || *max_files > 20 {
                problem(checker, "max_files must be between 1 and 20".into());
            }
        }
        FieldKind::Group {
            fields,
            min_items,
            max_items,
            ..
        } => {
            if in_group {
                problem(checker, "groups cannot contain groups".into());
            }
            if field.required {
                problem(
                    checker,
                    "a group is not required; set min_items instead".into(),
                );
            }
            if *max_items == 0 || min_items > max_items || *max_items > 50 {
                problem(
                    checker,
                    "min_items / max_items must satisfy 0 ≤ min ≤ max ≤ 50, max ≥ 1".into(),
                );
            }
            if fields.is_empty() {
                problem(checker, "the group has no fields".into());
            }
            let mut ids = BTreeSet::new();
            for inner in fields {
                if !ids.insert(inner.id.as_str()) {
                    checker.problem(
                        Some(step),
                        Some(&inner.id),
                        format!("used twice in group {}", field.id),
                    );
                }
                check_field(checker, step, inner, step_index, true);
            }
        }
        FieldKind::Info { .. } if field.required => {
            problem(checker, "an info text cannot be required".into())
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::super::FormDefinition;

    fn problems(form: serde_json::Value) -> Vec<String> {
        match FormDefinition::from_json(form) {
            Ok(_) => vec![],
            Err(problems) => problems.iter().map(ToString::to_string).collect(),
        }
    }

    fn text(de: &str) -> serde_json::Value {
        json!({ "de": de })
    }

    #[test]
    fn a_small_form_is_accepted() {
        let form = json!({ "steps": [
            { "id": "person", "title": text("Person"), "fields": [
                { "id": "name", "type": "text", "label": text("Name"), "required": true, "autocomplete": "name" },
                { "id": "kind", "type": "radio", "label": text("Art"), "options": [
                    { "value": "a", "label": text("A") }, { "value": "b", "label": text("B") } ] }
            ]},
            { "id": "more", "title": text("Mehr"), "visible_if": { "equals": { "field": "kind", "value": "b" } },
              "fields": [ { "id": "note", "type": "long_text", "label": text("Notiz") } ] }
        ]});
        assert_eq!(problems(form), Vec::<String>::new());
    }

    #[test]
    fn problems_name_step_and_field() {
        let form = json!({ "steps": [
            { "id": "one", "title": text("Eins"), "fields": [
                { "id": "kind", "type": "select", "label": text("Art"), "options": [ { "value": "x", "label": text("X") } ] },
                { "id": "pin", "type": "text", "label": text("PIN"), "pattern": { "regex": "([0-9]", "message": text("!") } },
                { "id": "pin", "type": "email", "label": text("E-Mail"), "autocomplete": "e-mail" }
            ]},
            { "id": "two", "title": text("Zwei"), "visible_if": { "equals": { "field": "kind", "value": "y" } },
              "fields": [ { "id": "later", "type": "yes_no", "label": text("?"),
                            "visible_if": { "filled": "later" } } ] }
        ]});
        let found = problems(form);
        for expected in [
            "step one, field pin: the pattern is not a regular expression",
            "step one, field pin: the field id is used twice in the form",
            "step one, field pin: \"e-mail\" is not an autocomplete token",
            "step two, kind has no choice \"y\"",
            "step two, field later: visible_if may only use fields of earlier steps, not later",
        ] {
            assert!(
                found.iter().any(|p| p.starts_with(expected)),
                "missing {expected:?} in {found:#?}"
            );
        }
    }

    #[test]
    fn unknown_keys_and_misplaced_settings_are_refused() {
        let typo = json!({ "steps": [ { "id": "a", "title": text("A"), "fields": [
            { "id": "x", "type": "text", "label": text("X"), "requird": true } ] } ] });
        assert!(
            problems(typo)[0].contains("requird"),
            "unknown keys are named"
        );
        let misplaced = json!({ "steps": [ { "id": "a", "title": text("A"), "fields": [
            { "id": "x", "type": "email", "label": text("X"), "options": [] } ] } ] });
        assert!(
            problems(misplaced)[0]
                .contains("step a, field x: \"options\" is not a setting of type \"email\"")
        );
        let unknown_type = json!({ "steps": [ { "id": "a", "title": text("A"), "fields": [
            { "id": "x", "type": "colour", "label": text("X") } ] } ] });
        assert!(problems(unknown_type)[0].contains("field x: unknown type \"colour\""));
    }

    #[test]
    fn rules_and_computed_values_must_refer_to_real_fields() {
        let form = json!({
            "steps": [ { "id": "a", "title": text("A"), "fields": [
                { "id": "count", "type": "number", "label": text("Anzahl") },
                { "id": "name", "type": "text", "label": text("Name") } ] } ],
            "rules": [ { "id": "r", "check": { "filled": "nme" }, "fields": ["name"], "message": text("!") } ],
            "computed": [ { "id": "fee", "label": text("Gebühr"), "format": "currency",
                            "expression": { "product": [ { "number": "5" }, { "field": "name" } ] } } ]
        });
        let found = problems(form);
        assert!(
            found
                .iter()
                .any(|p| p.contains("rule r: refers to an unknown field")),
            "{found:#?}"
        );
        assert!(
            found
                .iter()
                .any(|p| p.contains("uses name, which is neither a number nor countable")),
            "{found:#?}"
        );
    }
}
