//! Answers as people read them: choices by their labels, dates and numbers in the reader's
//! language, addresses on lines. The check-your-answers page and the receipt PDF both use it.

use domain::Locale;
use domain::form::validate::format_date;
use domain::form::values::{ADDRESS_PARTS, Scope, date_of};
use domain::form::{ComputedFormat, Decimal, Field, FieldKind, FormDefinition, FormValues, iban};

use crate::{Args, Catalog};

/// The decimal mark of a language.
pub fn decimal_separator(locale: Locale) -> char {
    match locale {
        Locale::En => '.',
        _ => ',',
    }
}

/// An amount of euros, e.g. "387,50 €" or "€387.50".
pub fn currency(catalog: &Catalog, locale: Locale, amount: Decimal) -> String {
    catalog.text_with(
        locale,
        "form-currency",
        &Args::new().text("amount", amount.format(2, decimal_separator(locale))),
    )
}

/// The lines an answer is shown as; empty when nothing was answered. `file_name` names an
/// upload by its id.
pub fn answer_lines(
    catalog: &Catalog,
    locale: Locale,
    field: &Field,
    prefix: &str,
    values: &FormValues,
    file_name: &dyn Fn(&str) -> Option<String>,
) -> Vec<String> {
    let name = format!("{prefix}{}", field.id);
    let text = values.get(&name).trim().to_owned();
    let non_empty = |text: String| if text.is_empty() { vec![] } else { vec![text] };
    match &field.kind {
        FieldKind::Select { options } | FieldKind::Radio { options } => non_empty(
            options
                .iter()
                .find(|o| o.value == text)
                .map(|o| o.label.get(locale).to_owned())
                .unwrap_or(text),
        ),
        FieldKind::Checkboxes { options, .. } => values
            .all(&name)
            .iter()
            .filter_map(|value| options.iter().find(|o| &o.value == value))
            .map(|option| option.label.get(locale).to_owned())
            .collect(),
        FieldKind::YesNo => match text.as_str() {
            "yes" => vec![catalog.text(locale, "form-yes")],
            "no" => vec![catalog.text(locale, "form-no")],
            _ => vec![],
        },
        FieldKind::Date { .. } => date_of(values, &name)
            .map(|date| vec![format_date(date, locale)])
            .unwrap_or_default(),
        FieldKind::Number { unit, .. } | FieldKind::Decimal { unit, .. } => {
            match Decimal::parse(&text) {
                Ok(number) => {
                    let shown = number.format(number.decimal_places(), decimal_separator(locale));
                    vec![match unit {
                        Some(unit) => format!("{shown} {}", unit.get(locale)),
                        None => shown,
                    }]
                }
                Err(_) => non_empty(text),
            }
        }
        FieldKind::Iban => non_empty(iban::grouped(&iban::normalise(&text))),
        FieldKind::Address { .. } => {
            let [street, postcode, city] =
                ADDRESS_PARTS.map(|part| values.get(&format!("{name}.{part}")).trim().to_owned());
            let place = format!("{postcode} {city}").trim().to_owned();
            [street, place]
                .into_iter()
                .filter(|line| !line.is_empty())
                .collect()
        }
        FieldKind::File { .. } => values
            .all(&name)
            .iter()
            .filter_map(|id| file_name(id))
            .collect(),
        FieldKind::Group { .. } | FieldKind::Info { .. } => vec![],
        _ => non_empty(text),
    }
}

/// One answer in a summary: what was asked, the answer's lines, and the element to go back to
/// for changing it (`field` or `group.2`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryRow {
    pub label: String,
    pub lines: Vec<String>,
    pub anchor: String,
}

/// The answers of one step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepSummary {
    pub step_id: String,
    pub title: String,
    pub rows: Vec<SummaryRow>,
}

/// Every visible step's answers, as the check page and the receipt list them: unanswered
/// questions say so, and each item of a group is one row.
pub fn summary(
    catalog: &Catalog,
    locale: Locale,
    form: &FormDefinition,
    values: &FormValues,
    file_name: &dyn Fn(&str) -> Option<String>,
) -> Vec<StepSummary> {
    let scope = Scope::top(form, values);
    form.steps
        .iter()
        .filter(|step| scope.step_is_visible(step))
        .map(|step| StepSummary {
            step_id: step.id.clone(),
            title: step.title.get(locale).to_owned(),
            rows: step
                .fields
                .iter()
                .filter(|field| {
                    scope.is_visible(field) && !matches!(field.kind, FieldKind::Info { .. })
                })
                .flat_map(|field| rows(catalog, locale, field, values, file_name))
                .collect(),
        })
        .collect()
}

fn rows(
    catalog: &Catalog,
    locale: Locale,
    field: &Field,
    values: &FormValues,
    file_name: &dyn Fn(&str) -> Option<String>,
) -> Vec<SummaryRow> {
    let FieldKind::Group {
        item_label,
        fields,
        min_items,
        max_items,
    } = &field.kind
    else {
        let lines = answer_lines(catalog, locale, field, "", values, file_name);
        let lines = if lines.is_empty() {
            vec![catalog.text(locale, "apply-not-answered")]
        } else {
            lines
        };
        return vec![SummaryRow {
            label: field.label.get(locale).to_owned(),
            lines,
            anchor: field.id.clone(),
        }];
    };
    let count = values.item_count(&field.id, *min_items, *max_items);
    (0..count)
        .map(|index| {
            let prefix = format!("{}.{index}.", field.id);
            let lines = fields
                .iter()
                .filter(|inner| !matches!(inner.kind, FieldKind::Info { .. }))
                .filter_map(|inner| {
                    let answer = answer_lines(catalog, locale, inner, &prefix, values, file_name);
                    (!answer.is_empty())
                        .then(|| format!("{}: {}", inner.label.get(locale), answer.join(", ")))
                })
                .collect();
            SummaryRow {
                label: format!("{} {}", item_label.get(locale), index + 1),
                lines,
                anchor: format!("{}.{index}", field.id),
            }
        })
        .collect()
}

/// The computed values (fees) with their labels, formatted.
pub fn costs(
    catalog: &Catalog,
    locale: Locale,
    form: &FormDefinition,
    computed: &[(String, Decimal)],
) -> Vec<(String, String)> {
    computed
        .iter()
        .filter_map(|(id, amount)| {
            let definition = form.computed.iter().find(|c| &c.id == id)?;
            let shown = match definition.format {
                ComputedFormat::Currency => currency(catalog, locale, *amount),
                ComputedFormat::Number => {
                    amount.format(amount.decimal_places(), decimal_separator(locale))
                }
            };
            Some((definition.label.get(locale).to_owned(), shown))
        })
        .collect()
}
