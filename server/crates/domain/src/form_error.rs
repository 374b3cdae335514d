//! Validation errors of a submitted form, in a shape every form page can render as a GOV.UK-style
//! error summary plus inline messages.

use crate::LocalizedText;

/// Marks a Fluent message key in code that does not translate it on the spot (the `N_()` of
/// gettext). The catalogue tests find every key through this marker, `t(…)` and `t_with(…)`, and
/// fail when a marked key is missing from the German catalogue.
pub const fn msg_key(key: &'static str) -> &'static str {
    key
}

/// What to tell the visitor: a catalogue message with its arguments, or a text from a form
/// definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorMessage {
    Key {
        key: &'static str,
        args: Vec<(&'static str, String)>,
    },
    Text(LocalizedText),
}

/// One problem with one field: the field's input name (also its element id) and the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: ErrorMessage,
}

/// All problems of one submitted form, in the order of the fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormErrors(Vec<FieldError>);

impl FormErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// A catalogue message without arguments.
    pub fn add(&mut self, field: impl Into<String>, key: &'static str) {
        self.add_with(field, key, Vec::new());
    }

    pub fn add_with(
        &mut self,
        field: impl Into<String>,
        key: &'static str,
        args: Vec<(&'static str, String)>,
    ) {
        self.push(field, ErrorMessage::Key { key, args });
    }

    pub fn add_text(&mut self, field: impl Into<String>, text: LocalizedText) {
        self.push(field, ErrorMessage::Text(text));
    }

    fn push(&mut self, field: impl Into<String>, message: ErrorMessage) {
        let field = field.into();
        // One message per field: the first problem found is the one to fix first.
        if self.for_field(&field).is_none() {
            self.0.push(FieldError { field, message });
        }
    }

    pub fn extend(&mut self, other: FormErrors) {
        for error in other.0 {
            self.push(error.field, error.message);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }

    /// The message for `field`, if that field has a problem.
    pub fn for_field(&self, field: &str) -> Option<&ErrorMessage> {
        self.0
            .iter()
            .find(|error| error.field == field)
            .map(|error| &error.message)
    }

    /// Whether any error concerns `field` or one of its parts or items (`field.…`).
    pub fn touches(&self, field: &str) -> bool {
        self.0.iter().any(|error| {
            error.field == field
                || error
                    .field
                    .strip_prefix(field)
                    .is_some_and(|rest| rest.starts_with('.'))
        })
    }

    /// `Ok(value)` when nothing was added, the errors otherwise.
    pub fn into_result<T>(self, value: impl FnOnce() -> T) -> Result<T, FormErrors> {
        if self.is_empty() {
            Ok(value())
        } else {
            Err(self)
        }
    }
}
