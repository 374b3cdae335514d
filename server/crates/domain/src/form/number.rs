//! Exact decimal numbers for form answers and computed values (fees): fixed point with six
//! decimal places, so that 0.1 + 0.2 is 0.3 and money never meets a float.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Serialize};

const SCALE: i128 = 1_000_000;
const SCALE_DIGITS: usize = 6;

/// A decimal number with up to six decimal places.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct Decimal(i128);

/// Why a text is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DecimalError {
    #[error("not a number")]
    NotANumber,
    #[error("too many decimal places")]
    TooPrecise,
    #[error("too large")]
    TooLarge,
}

impl Decimal {
    pub const ZERO: Decimal = Decimal(0);

    pub fn from_integer(value: i64) -> Decimal {
        Decimal(i128::from(value) * SCALE)
    }

    /// Parses what people type: `12`, `-3`, `12,5`, `12.50`, `1 234,5`. A comma or a dot is the
    /// decimal separator (not both); spaces between digit groups are ignored.
    pub fn parse(input: &str) -> Result<Decimal, DecimalError> {
        let compact: String = input
            .trim()
            .chars()
            .filter(|c| *c != ' ' && *c != '\u{a0}')
            .collect();
        let (negative, digits) = match compact.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, compact.strip_prefix('+').unwrap_or(&compact)),
        };
        if digits.contains(',') && digits.contains('.') {
            return Err(DecimalError::NotANumber);
        }
        let (whole, fraction) = match digits.split_once([',', '.']) {
            Some((whole, fraction)) => (whole, fraction),
            None => (digits, ""),
        };
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() && fraction.is_empty()
            || !all_digits(whole)
            || !all_digits(fraction)
            || (digits.contains([',', '.']) && fraction.is_empty())
        {
            return Err(DecimalError::NotANumber);
        }
        if fraction.len() > SCALE_DIGITS {
            return Err(DecimalError::TooPrecise);
        }
        if whole.len() > 18 {
            return Err(DecimalError::TooLarge);
        }
        let whole: i128 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| DecimalError::TooLarge)?
        };
        let padded = format!("{fraction:0<width$}", width = SCALE_DIGITS);
        let fraction: i128 = padded.parse().map_err(|_| DecimalError::NotANumber)?;
        let value = whole * SCALE + fraction;
        Ok(Decimal(if negative { -value } else { value }))
    }

    /// How many decimal places the number really has (trailing zeros do not count).
    pub fn decimal_places(self) -> usize {
        let mut fraction = (self.0 % SCALE).abs();
        if fraction == 0 {
            return 0;
        }
        let mut places = SCALE_DIGITS;
        while fraction % 10 == 0 {
            fraction /= 10;
            places -= 1;
        }
        places
    }

    pub fn is_integer(self) -> bool {
        self.0 % SCALE == 0
    }

    /// The product, rounded half away from zero to six places.
    pub fn multiply(self, other: Decimal) -> Decimal {
        let product = self.0.saturating_mul(other.0);
        let half = SCALE / 2;
        let rounded = if product >= 0 {
            product.saturating_add(half)
        } else {
            product.saturating_sub(half)
        };
        Decimal(rounded / SCALE)
    }

    /// Formats with exactly `places` decimal places and `separator` as decimal mark.
    pub fn format(self, places: usize, separator: char) -> String {
        let places = places.min(SCALE_DIGITS);
        let step = 10_i128.pow(u32::try_from(SCALE_DIGITS - places).unwrap_or(0));
        let half = step / 2;
        let rounded = if self.0 >= 0 {
            self.0.saturating_add(half) / step
        } else {
            self.0.saturating_sub(half) / step
        };
        let negative = rounded < 0;
        let magnitude = rounded.unsigned_abs();
        let unit = 10_u128.pow(u32::try_from(places).unwrap_or(0));
        let whole = magnitude / unit;
        let sign = if negative { "-" } else { "" };
        if places == 0 {
            format!("{sign}{whole}")
        } else {
            format!(
                "{sign}{whole}{separator}{:0width$}",
                magnitude % unit,
                width = places
            )
        }
    }
}

impl fmt::Display for Decimal {
    /// The shortest exact form with a dot, e.g. `12.5`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(self.decimal_places(), '.'))
    }
}

/// Sums saturate instead of overflowing: a fee can grow large, never wrap around.
impl std::ops::Add for Decimal {
    type Output = Decimal;
    fn add(self, other: Decimal) -> Decimal {
        Decimal(self.0.saturating_add(other.0))
    }
}

impl std::ops::Sub for Decimal {
    type Output = Decimal;
    fn sub(self, other: Decimal) -> Decimal {
        Decimal(self.0.saturating_sub(other.0))
    }
}

impl PartialOrd<i64> for Decimal {
    fn partial_cmp(&self, other: &i64) -> Option<Ordering> {
        Some(self.cmp(&Decimal::from_integer(*other)))
    }
}

impl PartialEq<i64> for Decimal {
    fn eq(&self, other: &i64) -> bool {
        *self == Decimal::from_integer(*other)
    }
}

impl TryFrom<String> for Decimal {
    type Error = DecimalError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Decimal::parse(&value)
    }
}

impl From<Decimal> for String {
    fn from(value: Decimal) -> Self {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        Decimal::parse(text).unwrap()
    }

    #[test]
    fn parses_what_people_type() {
        assert_eq!(d("12"), 12);
        assert_eq!(d("12,5"), d("12.50"));
        assert_eq!(d(" -3 "), -3);
        assert_eq!(d("1 234,5").to_string(), "1234.5");
        assert_eq!(d(",5").to_string(), "0.5");
        assert_eq!(d("+7").to_string(), "7");
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        for bad in ["", "-", "1,2.3", "12,", "abc", "1e5", "12 €", "٣"] {
            assert_eq!(
                Decimal::parse(bad),
                Err(DecimalError::NotANumber),
                "{bad:?}"
            );
        }
        assert_eq!(Decimal::parse("0,1234567"), Err(DecimalError::TooPrecise));
        assert_eq!(Decimal::parse(&"9".repeat(19)), Err(DecimalError::TooLarge));
    }

    #[test]
    fn arithmetic_is_exact() {
        assert_eq!(d("0.1") + d("0.2"), d("0.3"));
        assert_eq!(d("12.50").multiply(d("3")), d("37.5"));
        assert_eq!(d("10") - d("12.5"), d("-2.5"));
        assert_eq!(
            d("0.000001").multiply(d("0.5")),
            d("0.000001"),
            "rounded half away from zero"
        );
    }

    #[test]
    fn formats_with_fixed_places_and_the_locale_separator() {
        assert_eq!(d("37.5").format(2, ','), "37,50");
        assert_eq!(d("-0.005").format(2, '.'), "-0.01");
        assert_eq!(d("99.999").format(0, ','), "100");
        assert_eq!(d("12.340").decimal_places(), 2);
        assert!(d("4,0").is_integer());
    }

    #[test]
    fn the_extremes_format_without_overflow() {
        for extreme in [Decimal(i128::MAX), Decimal(i128::MIN)] {
            assert!(extreme.format(2, ',').len() > 30);
            assert!(extreme.to_string().len() > 30);
        }
    }
}
