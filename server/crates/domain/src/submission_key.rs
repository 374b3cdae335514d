//! Idempotency keys for forms: each rendered form carries a fresh key, and posting it twice
//! (a double click, a retried request) finds the first result instead of storing a second one.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A random key of URL-safe characters, generated when a form is rendered (22 characters,
/// 132 random bits); keys of 16 to 64 such characters are accepted back.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SubmissionKey(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a submission key")]
pub struct SubmissionKeyError;

impl SubmissionKey {
    /// Builds a key from random bytes (the caller owns the randomness), six bits of each.
    pub fn from_random_bytes(bytes: &[u8; 22]) -> Self {
        const ALPHABET: &[u8; 64] =
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        SubmissionKey(
            bytes
                .iter()
                .map(|b| ALPHABET[usize::from(b & 63)] as char)
                .collect(),
        )
    }

    pub fn parse(input: &str) -> Result<Self, SubmissionKeyError> {
        let ok = (16..=64).contains(&input.len())
            && input
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if ok {
            Ok(SubmissionKey(input.to_owned()))
        } else {
            Err(SubmissionKeyError)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for SubmissionKey {
    type Error = SubmissionKeyError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        SubmissionKey::parse(&value)
    }
}

impl From<SubmissionKey> for String {
    fn from(value: SubmissionKey) -> Self {
        value.0
    }
}

impl fmt::Display for SubmissionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_keys_parse() {
        let key = SubmissionKey::from_random_bytes(&[0xff; 22]);
        assert_eq!(key.as_str().len(), 22);
        assert_eq!(SubmissionKey::parse(key.as_str()), Ok(key));
    }

    #[test]
    fn tampered_keys_are_refused() {
        for bad in [
            "",
            "short",
            "with space in it!!",
            "ä".repeat(20).as_str(),
            "a".repeat(65).as_str(),
        ] {
            assert!(SubmissionKey::parse(bad).is_err(), "{bad:?}");
        }
    }
}
