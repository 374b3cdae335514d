//! Forms as data: a service's application form is a definition (steps of fields with
//! validation, conditions and computed values), read from JSON, checked as a whole before use,
//! and evaluated on the server, which is the authority for every rule.
//!
//! - [`definition`]: the typed form, and how a definition file becomes one ([`raw`], [`check`]).
//! - [`condition`] and [`expression`]: visibility, cross-field rules and computed values.
//! - [`values`]: what a visitor typed, exactly as posted, and the typed [`answers`] made from it.
//! - [`validate`]: the problems of one step or of the whole form.

pub mod answers;
pub mod check;
pub mod condition;
pub mod date_bound;
pub mod definition;
pub mod expression;
pub mod iban;
pub mod navigation;
pub mod number;
pub mod prefill;
mod raw;
pub mod validate;
pub mod values;

pub use answers::{AnswerValue, Answers};
pub use check::DefinitionProblem;
pub use condition::{CompareOp, Condition};
pub use date_bound::DateBound;
pub use definition::{
    Choice, Computed, ComputedFormat, Field, FieldKind, FileType, FormDefinition, Prefill, Rule,
    Step, TextPattern,
};
pub use expression::Expression;
pub use number::Decimal;
pub use values::FormValues;
