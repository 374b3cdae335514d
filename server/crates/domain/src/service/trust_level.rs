//! How sure the portal must be of who applies (eIDAS / BundID levels).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TrustLevel {
    /// Anyone may apply without an account.
    None,
    /// A verified account (e-mail, user name and password).
    Basis,
    /// An online ID with substantial assurance, e.g. ELSTER certificate.
    Substantiell,
    /// The online ID card (eID), high assurance.
    Hoch,
}

impl TrustLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            TrustLevel::None => "none",
            TrustLevel::Basis => "basis",
            TrustLevel::Substantiell => "substantiell",
            TrustLevel::Hoch => "hoch",
        }
    }
}
