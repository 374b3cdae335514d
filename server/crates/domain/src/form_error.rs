//! Validation errors of a submitted form, in a shape every form page can render as a GOV.UK-style
//! error summary plus inline messages.

/// Marks a Fluent message key in code that does not translate it on the spot (the `N_()` of
/// gettext). The catalogue tests find every key through this marker, `t(…)` and `t_with(…)`, and
/// fail when a marked key is missing from the German catalogue.
pub const fn msg_key(key: &'static str) -> &'static str {
    key
}

/// One problem with one field: the field's name in the form and the Fluent key of the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message_key: &'static str,
}

/// All problems of one submitted form, in the order of the fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormErrors(Vec<FieldError>);

impl FormErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: &'static str, message_key: &'static str) {
        self.0.push(FieldError { field, message_key });
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }

    /// The first message key for `field`, if that field has a problem.
    pub fn for_field(&self, field: &str) -> Option<&'static str> {
        self.0
            .iter()
            .find(|error| error.field == field)
            .map(|error| error.message_key)
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
