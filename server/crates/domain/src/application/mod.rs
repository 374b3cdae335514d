//! Applications: a draft the visitor fills in step by step (saved on the server after every
//! step, reachable by its token), and the submission it becomes.

mod reference;
mod state;
mod token;
pub mod upload;

pub use reference::{Reference, ReferenceError};
pub use state::CaseState;
pub use token::{AccessCode, DraftToken};
pub use upload::ScanState;
