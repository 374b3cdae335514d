//! Kreisportal's domain: the vocabulary of the portal as types that validate themselves, and the
//! rules that need no I/O.
//!
//! Architecture invariant: this crate depends on neither leptos, axum nor sqlx, and does no I/O.
//! Everything here can be unit-tested without a runtime. Errors carry Fluent message keys, never
//! user-facing text: the UI translates them.

pub mod account;
pub mod application;
pub mod audit;
pub mod case;
pub mod contact;
pub mod delivery;
pub mod feedback;
pub mod form;
pub mod form_error;
pub mod integration;
pub mod letter;
pub mod locale;
pub mod localized;
pub mod organisation;
pub mod rate_limit;
pub mod record;
mod secret_token;
pub mod service;
pub mod staff;
pub mod submission_key;
pub mod tenant;
pub mod unit;

pub use contact::{EmailAddress, PhoneNumber, PostalAddress, Postcode};
pub use feedback::{AccessibilityFeedback, FeedbackId, RawAccessibilityFeedback};
pub use form_error::{ErrorMessage, FieldError, FormErrors, msg_key};
pub use locale::{Direction, Locale};
pub use localized::LocalizedText;
pub use submission_key::SubmissionKey;
pub use tenant::{
    Ags, Contact, OrgUnit, Tenant, TenantDefinition, TenantDefinitionError, Town, TownKind,
};
