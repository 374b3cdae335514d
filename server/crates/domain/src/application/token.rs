//! Secrets people may have to type: the draft token (the key to a draft, in its resume link and
//! as a resume code) and the access code of a submission (with its reference, the key to its
//! status). Crockford's base 32: no I, L, O or U, and typed lookalikes are accepted.

use std::fmt;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Encodes random bytes as `length` characters, five bits each.
fn encode(bytes: &[u8], length: usize) -> String {
    let mut bits: u64 = 0;
    let mut available = 0;
    let mut out = String::with_capacity(length);
    let mut input = bytes.iter();
    while out.len() < length {
        if available < 5 {
            bits = (bits << 8) | u64::from(*input.next().unwrap_or(&0));
            available += 8;
        }
        available -= 5;
        out.push(ALPHABET[((bits >> available) & 31) as usize] as char);
    }
    out
}

/// What someone typed, normalised: capitals, no separators, lookalikes replaced.
fn normalise(input: &str) -> Option<String> {
    let mut out = String::new();
    for c in input.chars() {
        let c = c.to_ascii_uppercase();
        let mapped = match c {
            '-' | ' ' | '\u{a0}' => continue,
            'O' => '0',
            'I' | 'L' => '1',
            c if ALPHABET.contains(&(c as u8)) && c.is_ascii() => c,
            _ => return None,
        };
        out.push(mapped);
    }
    Some(out)
}

fn grouped(code: &str) -> String {
    code.as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// The key to a draft: 20 characters (100 random bits).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DraftToken(String);

impl DraftToken {
    pub const LENGTH: usize = 20;

    pub fn from_random_bytes(bytes: &[u8; 13]) -> DraftToken {
        DraftToken(encode(bytes, Self::LENGTH))
    }

    /// Accepts the token as typed: any case, with or without hyphens and spaces.
    pub fn parse(input: &str) -> Option<DraftToken> {
        normalise(input)
            .filter(|code| code.len() == Self::LENGTH)
            .map(DraftToken)
    }

    /// The form used in URLs.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form shown to people: `KP7Q-M2XR-9HTW-4BZE-JN6C`.
    pub fn grouped(&self) -> String {
        grouped(&self.0)
    }
}

impl TryFrom<String> for DraftToken {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        DraftToken::parse(&value).ok_or_else(|| "not a draft token".to_owned())
    }
}

impl From<DraftToken> for String {
    fn from(value: DraftToken) -> Self {
        value.0
    }
}

impl fmt::Display for DraftToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The access code of a submission: 12 characters (60 random bits), asked for together with
/// the reference; only its hash is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessCode(String);

impl AccessCode {
    pub const LENGTH: usize = 12;

    pub fn from_random_bytes(bytes: &[u8; 8]) -> AccessCode {
        AccessCode(encode(bytes, Self::LENGTH))
    }

    pub fn parse(input: &str) -> Option<AccessCode> {
        normalise(input)
            .filter(|code| code.len() == Self::LENGTH)
            .map(AccessCode)
    }

    /// The access code belonging to a draft. Whoever holds the draft token may see the receipt,
    /// so deriving the code from it keeps the receipt showable after a double submit without
    /// storing the code; the submission stores only the code's hash.
    pub fn for_draft(token: &DraftToken) -> AccessCode {
        let digest = Sha256::digest(format!("kreisportal access code\n{token}").as_bytes());
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(&digest[..8]);
        AccessCode::from_random_bytes(&bytes)
    }

    /// SHA-256 of the code, as stored with the submission.
    pub fn hash(&self) -> String {
        Sha256::digest(format!("kreisportal access code hash\n{}", self.0).as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `K7QF-M2XR-9HTW`
    pub fn grouped(&self) -> String {
        grouped(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_use_the_whole_alphabet_and_group_for_reading() {
        let token = DraftToken::from_random_bytes(&[0xFF; 13]);
        assert_eq!(token.as_str(), "ZZZZZZZZZZZZZZZZZZZZ");
        let token = DraftToken::from_random_bytes(&[
            0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF, 0, 1, 2, 3, 4,
        ]);
        assert_eq!(token.as_str().len(), 20);
        assert_eq!(token.grouped().len(), 24);
        assert_eq!(DraftToken::parse(&token.grouped()), Some(token));
    }

    #[test]
    fn typed_codes_are_forgiven_case_separators_and_lookalikes() {
        let token = DraftToken::parse("KP7Q-M2XR-9HTW-4BZE-JN60").unwrap();
        assert_eq!(
            DraftToken::parse("kp7q m2xr 9htw 4bze jn6o"),
            Some(token.clone())
        );
        assert_eq!(DraftToken::parse("KP7QM2XR9HTW4BZEJN6O"), Some(token));
        assert_eq!(
            AccessCode::parse("abcd-efgh-ijkl").unwrap().as_str(),
            "ABCDEFGH1JK1"
        );
    }

    #[test]
    fn each_draft_has_its_own_stable_access_code() {
        let a = DraftToken::from_random_bytes(&[1; 13]);
        let b = DraftToken::from_random_bytes(&[2; 13]);
        assert_eq!(AccessCode::for_draft(&a), AccessCode::for_draft(&a));
        assert_ne!(AccessCode::for_draft(&a), AccessCode::for_draft(&b));
        let code = AccessCode::for_draft(&a);
        assert_eq!(
            AccessCode::parse(&code.grouped().to_lowercase())
                .unwrap()
                .hash(),
            code.hash()
        );
    }

    #[test]
    fn wrong_lengths_and_foreign_characters_are_refused() {
        assert_eq!(DraftToken::parse("KP7Q-M2XR"), None);
        assert_eq!(
            DraftToken::parse("KP7Q-M2XR-9HTW-4BZE-JN6U"),
            None,
            "U is not in the alphabet"
        );
        assert_eq!(DraftToken::parse("KP7Q-M2XR-9HTW-4BZE-JN6Ä"), None);
        assert_eq!(AccessCode::parse("<script>"), None);
    }
}
