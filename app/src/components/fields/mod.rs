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

use std::collections::BTreeMap;
use std::sync::Arc;

use domain::FormErrors;
use domain::form::{FormValues, Prefill};

pub use address_field::AddressField;
pub use checkbox_field::CheckboxField;
pub use choice_field::ChoiceField;
pub use date_field::DateField;
pub use file_field::{FileField, UploadedFile};
pub use form_field::FormField;
pub use group_field::GroupField;
pub use info_field::InfoField;
pub use select_field::SelectField;

use crate::{error_text, t};

/// What every field needs to show itself: the values typed so far and the problems found.
#[derive(Clone, Default)]
pub struct FieldState {
    pub values: Arc<FormValues>,
    pub errors: Arc<FormErrors>,
    /// Files uploaded so far, by upload id.
    pub uploads: Arc<Vec<UploadedFile>>,
    /// Top-level fields (by id) showing a value from the applicant's account.
    pub from_account: Arc<BTreeMap<String, Prefill>>,
}

/// How a field filled in from the account shows itself.
pub struct FromAccount {
    /// Said after the field's own hint.
    pub note: String,
    /// The confirmed identity: shown, not editable (the server keeps it anyway).
    pub readonly: bool,
}

impl FieldState {
    pub fn value(&self, name: &str) -> String {
        self.values.get(name).to_owned()
    }

    pub fn error(&self, name: &str) -> Option<String> {
        self.errors.for_field(name).map(error_text)
    }

    /// Whether the field `name` (with its prefix) shows the account's value.
    pub fn from_account(&self, name: &str) -> Option<FromAccount> {
        self.from_account.get(name).map(|prefill| match prefill {
            Prefill::Editable => FromAccount {
                note: t("form-from-account"),
                readonly: false,
            },
            Prefill::Locked => FromAccount {
                note: t("form-from-account-locked"),
                readonly: true,
            },
        })
    }

    /// The field's hint followed by the note on the account, when there is one.
    pub fn hint_with_account_note(&self, name: &str, hint: Option<String>) -> Option<String> {
        let note = self.from_account(name).map(|from| from.note);
        match (hint, note) {
            (Some(hint), Some(note)) => Some(format!("{hint} {note}")),
            (hint, note) => hint.or(note),
        }
    }

    /// The first error of any of these inputs (a date's or address's parts).
    pub fn first_error(&self, names: &[String]) -> Option<String> {
        names.iter().find_map(|name| self.error(name))
    }
}
