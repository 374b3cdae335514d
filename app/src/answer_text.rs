//! Answers as people read them: choices by their labels, dates and numbers in the page's
//! language, addresses on lines, groups item by item.

use domain::Locale;
use domain::form::validate::format_date;
use domain::form::values::{ADDRESS_PARTS, date_of};
use domain::form::{Decimal, Field, FieldKind, FormValues};
use i18n::Args;

use crate::components::fields::UploadedFile;
use crate::{t, t_with};

/// The decimal mark of a language.
pub fn decimal_separator(locale: Locale) -> char {
    match locale {
        Locale::En => '.',
        _ => ',',
    }
}

/// An amount of euros, e.g. "387,50 €" or "€387.50".
pub fn currency(amount: Decimal, locale: Locale) -> String {
    t_with(
        "form-currency",
        &Args::new().text("amount", amount.format(2, decimal_separator(locale))),
    )
}

/// The lines an answer is shown as; empty when nothing was answered.
pub fn answer_lines(
    field: &Field,
    prefix: &str,
    values: &FormValues,
    uploads: &[UploadedFile],
    locale: Locale,
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
            "yes" => vec![t("form-yes")],
            "no" => vec![t("form-no")],
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
        FieldKind::Iban => non_empty(domain::form::iban::grouped(&domain::form::iban::normalise(
            &text,
        ))),
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
            .filter_map(|id| uploads.iter().find(|u| &u.id == id))
            .map(|file| file.file_name.clone())
            .collect(),
        FieldKind::Group { .. } | FieldKind::Info { .. } => vec![],
        _ => non_empty(text),
    }
}
