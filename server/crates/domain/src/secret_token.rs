//! What the portal's secret tokens share: 128 random bits written as 32 lower-case hex digits,
//! read back strictly, and stored only as a hash under a label per kind of token, so a copy of
//! the database opens nothing and a token of one kind never fits another.

use sha2::{Digest, Sha256};

pub(crate) fn from_random_bytes(bytes: &[u8; 16]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Exactly 32 lower-case hex digits.
pub(crate) fn is_well_formed(input: &str) -> bool {
    input.len() == 32
        && input
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

pub(crate) fn stored_hash(label: &str, token: &str) -> String {
    Sha256::digest(format!("kreisportal {label}\n{token}").as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_read_strictly_and_hashed_per_kind() {
        let token = from_random_bytes(&[0x0f; 16]);
        assert_eq!(token, "0f".repeat(16));
        assert!(is_well_formed(&token));
        for bad in [
            "",
            "0F".repeat(16).as_str(),
            &"0f".repeat(17),
            "g".repeat(32).as_str(),
        ] {
            assert!(!is_well_formed(bad), "{bad:?}");
        }
        assert_ne!(
            stored_hash("session", &token),
            stored_hash("invitation", &token)
        );
        assert_eq!(stored_hash("session", &token).len(), 64);
    }
}
