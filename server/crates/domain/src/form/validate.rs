//! Validation of answers against the definition: one step at a time as the visitor moves on,
//! and the whole form before submission. Hidden steps and fields are not checked.

use time::Date;

use super::definition::{Field, FieldKind, FormDefinition, Step};
use super::iban::{self, IbanError};
use super::values::{ADDRESS_PARTS, FormValues, Scope, date_of};
use super::{Decimal, number::DecimalError};
use crate::form_error::msg_key;
use crate::{EmailAddress, FormErrors, Locale, PhoneNumber, Postcode};

/// What validation needs besides the answers.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub today: Date,
    /// Messages name fields in this language.
    pub locale: Locale,
    /// The tenant's postcodes, for postcode fields that must lie in the tenant's area.
    pub tenant_postcodes: &'a [Postcode],
}

/// The problems of a step's visible fields, and of the rules whose fields all sit on this step
/// or earlier ones (later answers are not known yet).
pub fn validate_step(
    form: &FormDefinition,
    step: &Step,
    values: &FormValues,
    context: &Context<'_>,
) -> FormErrors {
    let scope = Scope::top(form, values);
    let mut errors = FormErrors::new();
    for field in step.fields.iter().filter(|field| scope.is_visible(field)) {
        validate_field(field, None, &scope, context, &mut errors);
    }
    let step_index = form
        .steps
        .iter()
        .position(|s| s.id == step.id)
        .unwrap_or(usize::MAX);
    for rule in &form.rules {
        let steps_of_rule: Vec<usize> = rule_fields(form, rule)
            .filter_map(|name| step_of(form, name))
            .collect();
        let on_this_step = rule
            .fields
            .iter()
            .find(|name| step_of(form, name) == Some(step_index));
        if let Some(target) = on_this_step
            && steps_of_rule.iter().all(|index| *index <= step_index)
            && rule_fails(rule, &scope)
        {
            errors.add_text(target.clone(), rule.message.clone());
        }
    }
    errors
}

/// Every problem of the whole form, grouped by the step to correct it on, in step order.
pub fn validate_all(
    form: &FormDefinition,
    values: &FormValues,
    context: &Context<'_>,
) -> Vec<(String, FormErrors)> {
    let scope = Scope::top(form, values);
    let mut by_step: Vec<(String, FormErrors)> = Vec::new();
    for step in form.steps.iter().filter(|step| scope.step_is_visible(step)) {
        let mut errors = FormErrors::new();
        for field in step.fields.iter().filter(|field| scope.is_visible(field)) {
            validate_field(field, None, &scope, context, &mut errors);
        }
        by_step.push((step.id.clone(), errors));
    }
    for rule in &form.rules {
        if !rule_fails(rule, &scope) {
            continue;
        }
        let Some(target) = rule.fields.first() else {
            continue;
        };
        let Some(index) = step_of(form, target) else {
            continue;
        };
        let step_id = &form.steps[index].id;
        if let Some((_, errors)) = by_step.iter_mut().find(|(id, _)| id == step_id) {
            errors.add_text(target.clone(), rule.message.clone());
        }
    }
    by_step.retain(|(_, errors)| !errors.is_empty());
    by_step
}

fn rule_fails(rule: &super::Rule, scope: &Scope<'_>) -> bool {
    rule.when.as_ref().is_none_or(|when| when.holds(scope)) && !rule.check.holds(scope)
}

fn rule_fields<'r>(
    form: &'r FormDefinition,
    rule: &'r super::Rule,
) -> impl Iterator<Item = &'r str> {
    let _ = form;
    rule.fields
        .iter()
        .map(String::as_str)
        .chain(rule.when.iter().flat_map(|c| c.field_references()))
        .chain(rule.check.field_references())
}

fn step_of(form: &FormDefinition, name: &str) -> Option<usize> {
    form.steps
        .iter()
        .position(|step| step.fields.iter().any(|field| field.id == name))
}

/// The label a message names a field by; inside a group with the item, e.g. "Bohrung 2: Tiefe".
fn label_of(field: &Field, item: Option<(&Field, u32)>, locale: Locale) -> String {
    let own = field.label.get(locale);
    match item {
        Some((group, index)) => match &group.kind {
            FieldKind::Group { item_label, .. } => {
                format!("{} {}: {own}", item_label.get(locale), index + 1)
            }
            _ => own.to_owned(),
        },
        None => own.to_owned(),
    }
}

/// Formats a date as people of `locale` write it.
pub fn format_date(date: Date, locale: Locale) -> String {
    let (day, month, year) = (date.day(), u8::from(date.month()), date.year());
    match locale {
        Locale::En | Locale::Ar => format!("{day:02}/{month:02}/{year}"),
        _ => format!("{day:02}.{month:02}.{year}"),
    }
}

fn validate_field(
    field: &Field,
    item: Option<(&Field, u32)>,
    scope: &Scope<'_>,
    context: &Context<'_>,
    errors: &mut FormErrors,
) {
    let values = scope.values;
    let name = format!("{}{}", scope.prefix(), field.id);
    let label = label_of(field, item, context.locale);
    let with_label = |extra: Vec<(&'static str, String)>| {
        let mut args = vec![("label", label.clone())];
        args.extend(extra);
        args
    };
    let text = values.get(&name).trim();
    let number = |value: Decimal| value.to_string();

    match &field.kind {
        FieldKind::Text {
            min_length,
            max_length,
            pattern,
        } => {
            let length = u32::try_from(text.chars().count()).unwrap_or(u32::MAX);
            if text.is_empty() {
                if field.required {
                    errors.add_with(&name, msg_key("form-error-required"), with_label(vec![]));
                }
            } else if min_length.is_some_and(|min| length < min) {
                let min = min_length.unwrap_or_default().to_string();
                errors.add_with(
                    &name,
                    msg_key("form-error-too-short"),
                    with_label(vec![("min", min)]),
                );
            } else if length > *max_length {
                errors.add_with(
                    &name,
                    msg_key("form-error-too-long"),
                    with_label(vec![("max", max_length.to_string())]),
                );
            } else if let Some(pattern) = pattern.as_ref().filter(|p| !p.matches(text)) {
                errors.add_text(&name, pattern.message.clone());
            }
        }
        FieldKind::LongText { max_length } => {
            if text.is_empty() {
                if field.required {
                    errors.add_with(&name, msg_key("form-error-required"), with_label(vec![]));
                }
            } else if u32::try_from(text.chars().count()).unwrap_or(u32::MAX) > *max_length {
                errors.add_with(
                    &name,
                    msg_key("form-error-too-long"),
                    with_label(vec![("max", max_length.to_string())]),
                );
            }
        }
        FieldKind::Number { min, max, .. } | FieldKind::Decimal { min, max, .. } => {
            if text.is_empty() {
                if field.required {
                    errors.add_with(&name, msg_key("form-error-required"), with_label(vec![]));
                }
                return;
            }
            let value = match Decimal::parse(text) {
                Ok(value) => value,
                Err(DecimalError::TooPrecise) => {
                    errors.add_with(
                        &name,
                        msg_key("form-error-too-many-decimals"),
                        with_label(vec![("decimals", "6".into())]),
                    );
                    return;
                }
                Err(_) => {
                    errors.add_with(
                        &name,
                        msg_key("form-error-not-a-number"),
                        with_label(vec![]),
                    );
                    return;
                }
            };
            match &field.kind {
                FieldKind::Number { .. } if !value.is_integer() => {
                    errors.add_with(&name, msg_key("form-error-not-whole"), with_label(vec![]));
                }
                FieldKind::Decimal { decimals, .. }
                    if value.decimal_places() > usize::from(*decimals) =>
                {
                    errors.add_with(
                        &name,
                        msg_key("form-error-too-many-decimals"),
                        with_label(vec![("decimals", decimals.to_string())]),
                    );
                }
                _ if min.is_some_and(|min| value < min) => {
                    let min = number(min.unwrap_or_default());
                    errors.add_with(
                        &name,
                        msg_key("form-error-below-min"),
                        with_label(vec![("min", min)]),
                    );
                }
                _ if max.is_some_and(|max| value > max) => {
                    let max = number(max.unwrap_or_default());
                    errors.add_with(
                        &name,
                        msg_key("form-error-above-max"),
                        with_label(vec![("max", max)]),
                    );
                }
                _ => {}
            }
        }
        FieldKind::Date {
            not_before,
            not_after,
        } => {
            let parts: Vec<&str> = ["day", "month", "year"]
                .iter()
                .map(|p| values.get(&format!("{name}.{p}")).trim())
                .collect();
            let first_part = |index: usize| format!("{name}.{}", ["day", "month", "year"][index]);
            if parts.iter().all(|p| p.is_empty()) {
                if field.required {
                    errors.add_with(
                        first_part(0),
                        msg_key("form-error-required"),
                        with_label(vec![]),
                    );
                }
                return;
            }
            if let Some(empty) = parts.iter().position(|p| p.is_empty()) {
                errors.add_with(
                    first_part(empty),
                    msg_key("form-error-date-incomplete"),
                    with_label(vec![]),
                );
                return;
            }
            let Some(date) = date_of(values, &name) else {
                errors.add_with(
                    first_part(0),
                    msg_key("form-error-date-invalid"),
                    with_label(vec![]),
                );
                return;
            };
            if let Some(bound) = not_before
                .map(|b| b.resolve(context.today))
                .filter(|bound| date < *bound)
            {
                let args = with_label(vec![("date", format_date(bound, context.locale))]);
                errors.add_with(first_part(0), msg_key("form-error-date-too-early"), args);
            } else if let Some(bound) = not_after
                .map(|b| b.resolve(context.today))
                .filter(|bound| date > *bound)
            {
                let args = with_label(vec![("date", format_date(bound, context.locale))]);
                errors.add_with(first_part(0), msg_key("form-error-date-too-late"), args);
            }
        }
        FieldKind::Select { options } | FieldKind::Radio { options } => {
            if text.is_empty() {
                if field.required {
                    errors.add_with(&name, msg_key("form-error-choose"), with_label(vec![]));
                }
            } else if !options.iter().any(|o| o.value == text) {
                errors.add_with(
                    &name,
                    msg_key("form-error-unknown-choice"),
                    with_label(vec![]),
                );
            }
        }
        FieldKind::YesNo => {
            if text.is_empty() {
                if field.required {
                    errors.add_with(&name, msg_key("form-error-choose"), with_label(vec![]));
                }
            } else if text != "yes" && text != "no" {
                errors.add_with(
                    &name,
                    msg_key("form-error-unknown-choice"),
                    with_label(vec![]),
                );
            }
        }
        FieldKind::Checkboxes {
            options,
            min_selected,
            max_selected,
        } => {
            let chosen: Vec<&str> = values
                .all(&name)
                .iter()
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
                .collect();
            let count = u32::try_from(chosen.len()).unwrap_or(u32::MAX);
            let min = min_selected.unwrap_or(u32::from(field.required));
            if chosen
                .iter()
                .any(|value| !options.iter().any(|o| o.value == *value))
            {
                errors.add_with(
                    &name,
                    msg_key("form-error-unknown-choice"),
                    with_label(vec![]),
                );
            } else if count == 0 && min > 0 {
                errors.add_with(&name, msg_key("form-error-choose"), with_label(vec![]));
            } else if count < min {
                errors.add_with(
                    &name,
                    msg_key("form-error-too-few-selected"),
                    with_label(vec![("min", min.to_string())]),
                );
            } else if max_selected.is_some_and(|max| count > max) {
                let max = max_selected.unwrap_or_default().to_string();
                errors.add_with(
                    &name,
                    msg_key("form-error-too-many-selected"),
                    with_label(vec![("max", max)]),
                );
            }
        }
        FieldKind::Email => {
            if text.is_empty() {
                if field.required {
                    errors.add_with(&name, msg_key("form-error-required"), with_label(vec![]));
                }
            } else if EmailAddress::parse(text).is_err() {
                errors.add_with(&name, msg_key("form-error-email"), with_label(vec![]));
            }
        }
        FieldKind::Phone => {
            if text.is_empty() {
                if field.required {
                    errors.add_with(&name, msg_key("form-error-required"), with_label(vec![]));
                }
            } else if PhoneNumber::parse(text).is_err() {
                errors.add_with(&name, msg_key("form-error-phone"), with_label(vec![]));
            }
        }
        FieldKind::Iban => {
            if text.is_empty() {
                if field.required {
                    errors.add_with(&name, msg_key("form-error-required"), with_label(vec![]));
                }
            } else {
                match iban::check(text) {
                    Ok(_) => {}
                    Err(IbanError::Format) => errors.add_with(
                        &name,
                        msg_key("form-error-iban-format"),
                        with_label(vec![]),
                    ),
                    Err(IbanError::Checksum) => errors.add_with(
                        &name,
                        msg_key("form-error-iban-checksum"),
                        with_label(vec![]),
                    ),
                }
            }
        }
        FieldKind::Postcode { in_tenant } => {
            if text.is_empty() {
                if field.required {
                    errors.add_with(&name, msg_key("form-error-required"), with_label(vec![]));
                }
            } else {
                match Postcode::parse(text) {
                    Err(_) => {
                        errors.add_with(&name, msg_key("form-error-postcode"), with_label(vec![]))
                    }
                    Ok(postcode) if *in_tenant && !context.tenant_postcodes.contains(&postcode) => {
                        errors.add_with(
                            &name,
                            msg_key("form-error-postcode-outside"),
                            with_label(vec![("postcode", postcode.as_str().to_owned())]),
                        )
                    }
                    Ok(_) => {}
                }
            }
        }
        FieldKind::Address { in_tenant } => {
            let part = |p: &str| values.get(&format!("{name}.{p}")).trim().to_owned();
            let [street, postcode, city] = ADDRESS_PARTS.map(part);
            if street.is_empty() && postcode.is_empty() && city.is_empty() && !field.required {
                return;
            }
            if street.is_empty() {
                errors.add_with(
                    format!("{name}.street"),
                    msg_key("form-error-address-street"),
                    with_label(vec![]),
                );
            } else if street.chars().count() > 200 {
                let args = with_label(vec![("max", "200".into())]);
                errors.add_with(
                    format!("{name}.street"),
                    msg_key("form-error-too-long"),
                    args,
                );
            }
            match Postcode::parse(&postcode) {
                Err(_) => errors.add_with(
                    format!("{name}.postcode"),
                    msg_key("form-error-postcode"),
                    with_label(vec![]),
                ),
                Ok(code) if *in_tenant && !context.tenant_postcodes.contains(&code) => errors
                    .add_with(
                        format!("{name}.postcode"),
                        msg_key("form-error-postcode-outside"),
                        with_label(vec![("postcode", code.as_str().to_owned())]),
                    ),
                Ok(_) => {}
            }
            if city.is_empty() {
                errors.add_with(
                    format!("{name}.city"),
                    msg_key("form-error-address-city"),
                    with_label(vec![]),
                );
            } else if city.chars().count() > 100 {
                let args = with_label(vec![("max", "100".into())]);
                errors.add_with(format!("{name}.city"), msg_key("form-error-too-long"), args);
            }
        }
        FieldKind::File { max_files, .. } => {
            let count = u32::try_from(
                values
                    .all(&name)
                    .iter()
                    .filter(|v| !v.trim().is_empty())
                    .count(),
            )
            .unwrap_or(0);
            if count == 0 && field.required {
                errors.add_with(
                    &name,
                    msg_key("form-error-file-required"),
                    with_label(vec![]),
                );
            } else if count > *max_files {
                errors.add_with(
                    &name,
                    msg_key("form-error-too-many-files"),
                    with_label(vec![("max", max_files.to_string())]),
                );
            }
        }
        FieldKind::Group {
            fields,
            min_items,
            max_items,
            ..
        } => {
            let count = values.item_count(&name, *min_items, *max_items);
            if count < *min_items {
                errors.add_with(
                    &name,
                    msg_key("form-error-too-few-items"),
                    with_label(vec![("min", min_items.to_string())]),
                );
            }
            for index in 0..count {
                let item_scope = scope.item_scope(&field.id, fields, index);
                for inner in fields {
                    validate_field(inner, Some((field, index)), &item_scope, context, errors);
                }
            }
        }
        FieldKind::Info { .. } => {}
    }
}

#[cfg(test)]
mod tests;
