//! Inputs for the fields of a form definition, one component per kind of field. Every input's
//! id is its name, so error summaries link straight to it.

mod address_field;
mod checkbox_field;
mod choice_field;
mod date_field;
mod file_field;
mod form_field;
mod group_field;
mod info_field;
mod select_field;

use std::sync::Arc;

use domain::FormErrors;
use domain::form::FormValues;

pub use address_field::AddressField;
pub use checkbox_field::CheckboxField;
pub use choice_field::ChoiceField;
pub use date_field::DateField;
pub use file_field::{FileField, UploadedFile};
pub use form_field::FormField;
pub use group_field::GroupField;
pub use info_field::InfoField;
pub use select_field::SelectField;

use crate::error_text;

/// What every field needs to show itself: the values typed so far and the problems found.
#[derive(Clone, Default)]
pub struct FieldState {
    pub values: Arc<FormValues>,
    pub errors: Arc<FormErrors>,
    /// Files uploaded so far, by upload id.
    pub uploads: Arc<Vec<UploadedFile>>,
}

impl FieldState {
    pub fn value(&self, name: &str) -> String {
        self.values.get(name).to_owned()
    }

    pub fn error(&self, name: &str) -> Option<String> {
        self.errors.for_field(name).map(error_text)
    }

    /// The first error of any of these inputs (a date's or address's parts).
    pub fn first_error(&self, names: &[String]) -> Option<String> {
        names.iter().find_map(|name| self.error(name))
    }
}
