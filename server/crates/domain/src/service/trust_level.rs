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

impl TrustLevel {
    /// The level an identity provider's `acr` claim stands for: the STORK QAA levels BundID's
    /// brokers send, or the eIDAS levels of assurance. Unknown values count as nothing.
    pub fn from_acr(acr: &str) -> TrustLevel {
        match acr.trim() {
            "STORK-QAA-Level-1" | "STORK-QAA-Level-2" | "http://eidas.europa.eu/LoA/low" => {
                TrustLevel::Basis
            }
            "STORK-QAA-Level-3" | "http://eidas.europa.eu/LoA/substantial" => {
                TrustLevel::Substantiell
            }
            "STORK-QAA-Level-4" | "http://eidas.europa.eu/LoA/high" => TrustLevel::Hoch,
            _ => TrustLevel::None,
        }
    }

    /// What to ask the identity provider for (`acr_values`) to reach this level.
    pub fn acr(self) -> &'static str {
        match self {
            TrustLevel::None | TrustLevel::Basis => "STORK-QAA-Level-1",
            TrustLevel::Substantiell => "STORK-QAA-Level-3",
            TrustLevel::Hoch => "STORK-QAA-Level-4",
        }
    }

    pub fn parse(value: &str) -> Option<TrustLevel> {
        [
            TrustLevel::None,
            TrustLevel::Basis,
            TrustLevel::Substantiell,
            TrustLevel::Hoch,
        ]
        .into_iter()
        .find(|level| level.as_str() == value)
    }
}

#[cfg(test)]
mod tests {
    use super::TrustLevel;

    #[test]
    fn acr_values_map_to_levels_and_back() {
        assert_eq!(TrustLevel::from_acr("STORK-QAA-Level-1"), TrustLevel::Basis);
        assert_eq!(
            TrustLevel::from_acr("STORK-QAA-Level-3"),
            TrustLevel::Substantiell
        );
        assert_eq!(
            TrustLevel::from_acr("http://eidas.europa.eu/LoA/high"),
            TrustLevel::Hoch
        );
        assert_eq!(TrustLevel::from_acr("urn:something:else"), TrustLevel::None);
        for level in [
            TrustLevel::Basis,
            TrustLevel::Substantiell,
            TrustLevel::Hoch,
        ] {
            assert_eq!(TrustLevel::from_acr(level.acr()), level);
            assert_eq!(TrustLevel::parse(level.as_str()), Some(level));
        }
        assert!(
            TrustLevel::Hoch > TrustLevel::Substantiell && TrustLevel::Basis > TrustLevel::None
        );
    }
}
