//! The reference of a submission: readable, unique per tenant, e.g. `KU-2026-000123`.

use std::fmt;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Reference {
    prefix: String,
    year: i32,
    number: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a reference like KU-2026-000123")]
pub struct ReferenceError(String);

impl Reference {
    pub fn new(prefix: &str, year: i32, number: u32) -> Reference {
        Reference {
            prefix: prefix.to_owned(),
            year,
            number,
        }
    }

    /// Accepts what people type: any case, surrounding spaces.
    pub fn parse(input: &str) -> Result<Reference, ReferenceError> {
        let error = || ReferenceError(input.to_owned());
        let upper = input.trim().to_ascii_uppercase();
        let mut parts = upper.split('-');
        let (Some(prefix), Some(year), Some(number), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(error());
        };
        let prefix_ok =
            (2..=4).contains(&prefix.len()) && prefix.bytes().all(|b| b.is_ascii_uppercase());
        let year_ok = year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit());
        let number_ok =
            (6..=9).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit());
        if !(prefix_ok && year_ok && number_ok) {
            return Err(error());
        }
        Ok(Reference {
            prefix: prefix.to_owned(),
            year: year.parse().map_err(|_| error())?,
            number: number.parse().map_err(|_| error())?,
        })
    }

    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    pub fn year(&self) -> i32 {
        self.year
    }

    pub fn number(&self) -> u32 {
        self.number
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}-{:06}", self.prefix, self.year, self.number)
    }
}

impl TryFrom<String> for Reference {
    type Error = ReferenceError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Reference::parse(&value)
    }
}

impl From<Reference> for String {
    fn from(value: Reference) -> Self {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_print_with_six_digits_and_parse_back() {
        let reference = Reference::new("KU", 2026, 123);
        assert_eq!(reference.to_string(), "KU-2026-000123");
        assert_eq!(Reference::parse(" ku-2026-000123 "), Ok(reference));
        assert_eq!(
            Reference::new("KU", 2026, 1_234_567).to_string(),
            "KU-2026-1234567"
        );
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "",
            "KU-2026",
            "KU-26-000123",
            "K-2026-000123",
            "KU-2026-12",
            "KU-2026-000123-1",
            "KU 2026 000123",
            "ÄU-2026-000123",
        ] {
            assert!(Reference::parse(bad).is_err(), "{bad:?}");
        }
    }
}
