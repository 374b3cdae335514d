//! Accounts and their sessions: who is logged in, how sure the portal is of it, and for how
//! long. A citizen account comes from the identity provider (issuer + subject); its session is
//! held on the server under a random id whose hash alone is stored.

pub mod local;
mod session;

pub use session::{SessionId, SessionTimeouts};

use std::fmt;

use serde::{Deserialize, Serialize};

/// An account's number in storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct AccountId(pub i64);

impl fmt::Display for AccountId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// What the identity provider said about the person, kept to fill in forms.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonClaims {
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub email: Option<String>,
    /// `YYYY-MM-DD`, as OpenID Connect gives it.
    pub birth_date: Option<String>,
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
}

impl PersonClaims {
    /// "Selin Brinkhoff", or whatever part is known.
    pub fn display_name(&self) -> Option<String> {
        let name = [self.given_name.as_deref(), self.family_name.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        (!name.trim().is_empty()).then_some(name)
    }
}
