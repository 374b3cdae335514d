//! Limits for date answers, fixed or relative to the day the answer is checked.

use std::fmt;

use serde::{Deserialize, Serialize};
use time::Date;
use time::macros::format_description;

/// `today`, `today+30d`, `today-18y`, `today+6m` or a fixed date `2026-12-31`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum DateBound {
    Relative { amount: i32, unit: DateUnit },
    Fixed(Date),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateUnit {
    Days,
    Months,
    Years,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a date bound (today, today+30d, today-18y, today+6m or YYYY-MM-DD)")]
pub struct DateBoundError(String);

impl DateBound {
    pub fn parse(input: &str) -> Result<DateBound, DateBoundError> {
        let error = || DateBoundError(input.to_owned());
        if let Some(rest) = input.strip_prefix("today") {
            if rest.is_empty() {
                return Ok(DateBound::Relative {
                    amount: 0,
                    unit: DateUnit::Days,
                });
            }
            let (sign, rest) = match rest.split_at_checked(1).ok_or_else(error)? {
                ("+", rest) => (1, rest),
                ("-", rest) => (-1, rest),
                _ => return Err(error()),
            };
            let (number, unit) = rest
                .split_at_checked(rest.len().saturating_sub(1))
                .ok_or_else(error)?;
            let unit = match unit {
                "d" => DateUnit::Days,
                "m" => DateUnit::Months,
                "y" => DateUnit::Years,
                _ => return Err(error()),
            };
            let amount: i32 = number.parse().map_err(|_| error())?;
            if !(0..=1000).contains(&amount) {
                return Err(error());
            }
            return Ok(DateBound::Relative {
                amount: sign * amount,
                unit,
            });
        }
        Date::parse(input, format_description!("[year]-[month]-[day]"))
            .map(DateBound::Fixed)
            .map_err(|_| error())
    }

    /// The date this bound means on `today`.
    pub fn resolve(self, today: Date) -> Date {
        match self {
            DateBound::Fixed(date) => date,
            DateBound::Relative {
                amount,
                unit: DateUnit::Days,
            } => today
                .checked_add(time::Duration::days(i64::from(amount)))
                .unwrap_or(today),
            DateBound::Relative {
                amount,
                unit: DateUnit::Months,
            } => add_months(today, amount),
            DateBound::Relative {
                amount,
                unit: DateUnit::Years,
            } => add_months(today, amount.saturating_mul(12)),
        }
    }
}

/// Adds months, clamping the day to the last of the target month (31 January + 1 month is
/// 28 or 29 February).
fn add_months(date: Date, months: i32) -> Date {
    let total = date.year() * 12 + i32::from(u8::from(date.month())) - 1 + months;
    let year = total.div_euclid(12);
    let Ok(month) = time::Month::try_from(u8::try_from(total.rem_euclid(12) + 1).unwrap_or(1))
    else {
        return date;
    };
    let day = date.day().min(month.length(year));
    Date::from_calendar_date(year, month, day).unwrap_or(date)
}

impl TryFrom<String> for DateBound {
    type Error = DateBoundError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        DateBound::parse(&value)
    }
}

impl From<DateBound> for String {
    fn from(value: DateBound) -> Self {
        value.to_string()
    }
}

impl fmt::Display for DateBound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateBound::Fixed(date) => write!(f, "{date}"),
            DateBound::Relative { amount: 0, .. } => f.write_str("today"),
            DateBound::Relative { amount, unit } => {
                let unit = match unit {
                    DateUnit::Days => 'd',
                    DateUnit::Months => 'm',
                    DateUnit::Years => 'y',
                };
                write!(f, "today{amount:+}{unit}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn relative_bounds_resolve_against_today() {
        let today = date!(2026 - 01 - 31);
        assert_eq!(DateBound::parse("today").unwrap().resolve(today), today);
        assert_eq!(
            DateBound::parse("today+30d").unwrap().resolve(today),
            date!(2026 - 03 - 02)
        );
        assert_eq!(
            DateBound::parse("today+1m").unwrap().resolve(today),
            date!(2026 - 02 - 28)
        );
        assert_eq!(
            DateBound::parse("today-18y").unwrap().resolve(today),
            date!(2008 - 01 - 31)
        );
        assert_eq!(
            DateBound::parse("2026-12-24").unwrap().resolve(today),
            date!(2026 - 12 - 24)
        );
    }

    #[test]
    fn bounds_round_trip_and_nonsense_is_refused() {
        for text in ["today", "today+30d", "today-18y", "today+6m", "2026-12-24"] {
            assert_eq!(DateBound::parse(text).unwrap().to_string(), text);
        }
        for bad in [
            "tomorrow",
            "today+",
            "today+3w",
            "today*3d",
            "today+99999d",
            "2026-13-01",
            "",
        ] {
            assert!(DateBound::parse(bad).is_err(), "{bad:?}");
        }
    }
}
