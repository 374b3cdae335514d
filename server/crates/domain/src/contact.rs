//! Contact data as validated types: e-mail addresses, telephone numbers, German postcodes and
//! postal addresses.

use std::fmt;

use serde::{Deserialize, Serialize};

/// An e-mail address that passed a deliberately simple check: one `@`, a non-empty local part,
/// a domain with a dot, no spaces or control characters, and the lengths RFC 5321 allows.
/// Whether the mailbox exists only a mail can tell.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EmailAddress(String);

/// Why an e-mail address was refused. The message keys name Fluent messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EmailAddressError {
    #[error("not an e-mail address")]
    Invalid,
    #[error("e-mail address too long")]
    TooLong,
}

impl EmailAddress {
    pub fn parse(input: &str) -> Result<Self, EmailAddressError> {
        let input = input.trim();
        if input.len() > 254 {
            return Err(EmailAddressError::TooLong);
        }
        let (local, domain) = input.rsplit_once('@').ok_or(EmailAddressError::Invalid)?;
        let valid_chars = |part: &str| {
            !part.is_empty()
                && !part.chars().any(|c| {
                    c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '@' | ',' | ';')
                })
        };
        let domain_ok = valid_chars(domain)
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..");
        if !valid_chars(local) || !domain_ok {
            return Err(EmailAddressError::Invalid);
        }
        if local.len() > 64 {
            return Err(EmailAddressError::TooLong);
        }
        Ok(EmailAddress(input.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for EmailAddress {
    type Error = EmailAddressError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        EmailAddress::parse(&value)
    }
}

impl From<EmailAddress> for String {
    fn from(value: EmailAddress) -> Self {
        value.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A telephone number as people write it: digits with spaces, `+`, `-`, `/` and brackets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhoneNumber(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a telephone number")]
pub struct PhoneNumberError;

impl PhoneNumber {
    pub fn parse(input: &str) -> Result<Self, PhoneNumberError> {
        let input = input.trim();
        let digits = input.chars().filter(char::is_ascii_digit).count();
        let allowed = input
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '/' | '(' | ')'));
        let plus_only_first = input.char_indices().all(|(i, c)| c != '+' || i == 0);
        if allowed && plus_only_first && (3..=20).contains(&digits) && input.len() <= 32 {
            Ok(PhoneNumber(input.to_owned()))
        } else {
            Err(PhoneNumberError)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The number for a `tel:` link: digits and a leading `+` only.
    pub fn tel_uri(&self) -> String {
        let dialable: String = self
            .0
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        format!("tel:{dialable}")
    }
}

impl TryFrom<String> for PhoneNumber {
    type Error = PhoneNumberError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        PhoneNumber::parse(&value)
    }
}

impl From<PhoneNumber> for String {
    fn from(value: PhoneNumber) -> Self {
        value.0
    }
}

/// A German postcode (Postleitzahl): exactly five digits, not starting with `00`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Postcode(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a German postcode")]
pub struct PostcodeError;

impl Postcode {
    pub fn parse(input: &str) -> Result<Self, PostcodeError> {
        let input = input.trim();
        if input.len() == 5 && input.bytes().all(|b| b.is_ascii_digit()) && !input.starts_with("00")
        {
            Ok(Postcode(input.to_owned()))
        } else {
            Err(PostcodeError)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Postcode {
    type Error = PostcodeError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Postcode::parse(&value)
    }
}

impl From<Postcode> for String {
    fn from(value: Postcode) -> Self {
        value.0
    }
}

/// A German postal address with street and house number, postcode and place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostalAddress {
    pub street: String,
    pub postcode: Postcode,
    pub city: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_addresses_are_accepted_and_trimmed() {
        let address = EmailAddress::parse("  erika.beispiel@kreis-unna.example ").unwrap();
        assert_eq!(address.as_str(), "erika.beispiel@kreis-unna.example");
        assert!(EmailAddress::parse("a+b@sub.example.org").is_ok());
    }

    #[test]
    fn malformed_addresses_are_refused() {
        for bad in [
            "",
            "erika",
            "@example.org",
            "erika@",
            "erika@localhost",
            "er ika@example.org",
            "erika@example..org",
            "erika@.example.org",
            "a@b@c.de",
            "<erika@example.org>",
            "erika@example.org.",
        ] {
            assert_eq!(
                EmailAddress::parse(bad),
                Err(EmailAddressError::Invalid),
                "{bad:?}"
            );
        }
        let long_local = format!("{}@example.org", "a".repeat(65));
        assert_eq!(
            EmailAddress::parse(&long_local),
            Err(EmailAddressError::TooLong)
        );
        let long = format!("a@{}.org", "b".repeat(260));
        assert_eq!(EmailAddress::parse(&long), Err(EmailAddressError::TooLong));
    }

    #[test]
    fn phone_numbers_keep_their_writing_and_dial_as_digits() {
        let phone = PhoneNumber::parse("+49 2303 555-0").unwrap();
        assert_eq!(phone.as_str(), "+49 2303 555-0");
        assert_eq!(phone.tel_uri(), "tel:+4923035550");
        for bad in ["", "12", "call me", "49+2303", "0".repeat(21).as_str()] {
            assert!(PhoneNumber::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn postcodes_are_five_digits() {
        assert_eq!(Postcode::parse(" 59425 ").unwrap().as_str(), "59425");
        for bad in ["5942", "594255", "5942a", "00123", ""] {
            assert!(Postcode::parse(bad).is_err(), "{bad:?}");
        }
    }
}
