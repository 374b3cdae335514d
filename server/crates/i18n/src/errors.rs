//! Validation messages in a reader's language: a catalogue message with its arguments, or a
//! text the service definition brings.

use domain::ErrorMessage;

use crate::{Args, Catalog, Locale};

pub fn error_text(catalog: &Catalog, locale: Locale, message: &ErrorMessage) -> String {
    match message {
        ErrorMessage::Key { key, args } => {
            let args = args.iter().fold(Args::new(), |args, (name, value)| {
                // Counts go in as numbers, so that they select plural forms.
                match value.parse::<i64>() {
                    Ok(number) if number.to_string() == *value => args.number(name, number),
                    _ => args.text(name, value.clone()),
                }
            });
            catalog.text_with(locale, key, &args)
        }
        ErrorMessage::Text(text) => text.get(locale).to_owned(),
    }
}
