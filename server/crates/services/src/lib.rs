//! The portal's use cases. Each one validates through the domain, writes through the storage
//! seam and leaves work for after the commit in the outbox; the [`jobs`] worker does that work.
//!
//! Architecture invariant: no leptos, axum or sqlx here. HTTP handlers, CLI commands and the
//! background worker call these functions and add nothing but translation to and from their
//! own world.

pub mod accounts;
pub mod application;
pub mod audit;
pub mod cases;
pub mod catalogue;
pub mod clock;
pub mod deadlines;
pub mod decisions;
pub mod disposal;
pub mod feedback;
pub mod identity;
pub mod information_requests;
pub mod integration;
pub mod jobs;
pub mod local_accounts;
pub mod mailer;
pub mod organisations;
pub mod passwords;
pub mod personal_data;
mod portal;
pub mod postfach;
pub mod rate_limits;
pub mod receipt;
pub mod received;
pub mod records;
pub mod search;
pub mod staff;
pub mod tenant;
pub mod text_extraction;
pub mod units;
pub mod uploads;
pub mod webhooks;

pub use clock::{Clock, ManualClock, SystemClock};
pub use portal::{Portal, PortalSettings};

/// A fresh key for a form about to be rendered (see [`domain::SubmissionKey`]).
pub fn new_submission_key() -> domain::SubmissionKey {
    domain::SubmissionKey::from_random_bytes(&rand::random::<[u8; 22]>())
}

/// Fresh random bytes from the operating system's generator.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    rand::random()
}

/// A fresh random token, e.g. for outbox leases: 32 hex digits (128 bits).
pub fn random_token() -> String {
    rand::random::<[u8; 16]>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
