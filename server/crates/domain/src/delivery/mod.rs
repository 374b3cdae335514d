//! Delivering a decision (Bescheid): digital into the recipient's Postfach where the law and the
//! recipient allow it, on paper otherwise; when a digital one counts as announced (§ 41 Abs. 2a
//! VwVfG: the day after it was retrieved), when it falls back to paper (not retrieved within ten
//! days of the notice), and the appeal deadline that runs from the announcement (one month,
//! § 70 Abs. 1 VwGO, counted by §§ 187, 188 BGB and ending on a working day).

pub mod figures;
mod holidays;

pub use holidays::{easter_sunday, is_public_holiday_nrw, is_working_day_nrw};

use serde::{Deserialize, Serialize};
use time::{Date, Duration, Month};

use crate::msg_key;

/// How a letter reaches its recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Into the Postfach of the recipient's account (or organisation).
    Postfach,
    /// Printed and posted, for the reason given.
    Paper(PaperReason),
}

/// Why a letter goes on paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaperReason {
    /// The applicant has no account with a Postfach.
    NoPostfach,
    /// The applicant did not agree to digital delivery.
    NoConsent,
    /// The service requires a formal Zustellung (or another form the Postfach cannot give).
    ServiceRequiresPaper,
    /// Offered in the Postfach, but not retrieved within ten days of the notice.
    NotRetrieved,
}

impl PaperReason {
    pub const ALL: [PaperReason; 4] = [
        PaperReason::NoPostfach,
        PaperReason::NoConsent,
        PaperReason::ServiceRequiresPaper,
        PaperReason::NotRetrieved,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PaperReason::NoPostfach => "no_postfach",
            PaperReason::NoConsent => "no_consent",
            PaperReason::ServiceRequiresPaper => "service_requires_paper",
            PaperReason::NotRetrieved => "not_retrieved",
        }
    }

    pub fn parse(text: &str) -> Option<PaperReason> {
        PaperReason::ALL
            .into_iter()
            .find(|reason| reason.as_str() == text)
    }

    pub fn message_key(self) -> &'static str {
        match self {
            PaperReason::NoPostfach => msg_key("delivery-paper-no-postfach"),
            PaperReason::NoConsent => msg_key("delivery-paper-no-consent"),
            PaperReason::ServiceRequiresPaper => msg_key("delivery-paper-service"),
            PaperReason::NotRetrieved => msg_key("delivery-paper-not-retrieved"),
        }
    }
}

/// What the channel decision knows of the recipient and the service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recipient {
    /// The application came from an account (or organisation) with a Postfach.
    pub has_postfach: bool,
    /// Its holder agreed to receive decisions digitally (§ 41 Abs. 2a VwVfG needs consent).
    pub consents_to_digital: bool,
}

/// Digital first: the Postfach when the recipient has one and agreed, unless the service
/// requires paper.
pub fn channel(recipient: Recipient, service_requires_paper: bool) -> Channel {
    if service_requires_paper {
        Channel::Paper(PaperReason::ServiceRequiresPaper)
    } else if !recipient.has_postfach {
        Channel::Paper(PaperReason::NoPostfach)
    } else if !recipient.consents_to_digital {
        Channel::Paper(PaperReason::NoConsent)
    } else {
        Channel::Postfach
    }
}

/// Days after the notice within which a letter in the Postfach must be retrieved (§ 41 Abs. 2a
/// S. 4 VwVfG); afterwards the offer ends and it goes on paper.
pub const RETRIEVAL_DAYS: i64 = 10;

/// The day a letter retrieved on `retrieved_on` counts as announced: the day after.
pub fn announced_on(retrieved_on: Date) -> Date {
    retrieved_on + Duration::days(1)
}

/// The last day the letter may be retrieved when the notice went out on `notified_on`.
pub fn retrievable_until(notified_on: Date) -> Date {
    notified_on + Duration::days(RETRIEVAL_DAYS)
}

/// Whether, on `today`, a letter not retrieved since the notice of `notified_on` goes on paper.
pub fn falls_back_to_paper(notified_on: Date, retrieved: bool, today: Date) -> bool {
    !retrieved && today > retrievable_until(notified_on)
}

/// The end of a period of `months` that starts with an event on `event_day` (§ 187 Abs. 1 BGB:
/// the event's day is not counted; § 188 Abs. 2, 3 BGB: it ends with the day of the last month
/// that has the event day's number, or that month's last day), moved to the next working day
/// (`is_working_day`) when it would end on a weekend or holiday (§ 193 BGB).
pub fn period_end(
    event_day: Date,
    months: u8,
    is_working_day: impl Fn(Date) -> bool,
) -> Option<Date> {
    let index = i32::from(u8::from(event_day.month())) - 1 + i32::from(months);
    let year = event_day.year().checked_add(index.div_euclid(12))?;
    let month = Month::try_from(u8::try_from(index.rem_euclid(12) + 1).ok()?).ok()?;
    let day = event_day.day().min(month.length(year));
    let mut end = Date::from_calendar_date(year, month, day).ok()?;
    // At most a long weekend with holidays around it; a bound keeps bad calendars finite.
    for _ in 0..14 {
        if is_working_day(end) {
            return Some(end);
        }
        end = end.next_day()?;
    }
    None
}

/// The last day to lodge an objection (Widerspruch) against a decision announced on
/// `announced_on`: one month (§ 70 Abs. 1 VwGO), in Nordrhein-Westfalen.
pub fn appeal_deadline(announced_on: Date) -> Option<Date> {
    period_end(announced_on, 1, is_working_day_nrw)
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn digital_first_unless_the_law_or_the_recipient_says_otherwise() {
        let ready = Recipient {
            has_postfach: true,
            consents_to_digital: true,
        };
        assert_eq!(channel(ready, false), Channel::Postfach);
        assert_eq!(
            channel(ready, true),
            Channel::Paper(PaperReason::ServiceRequiresPaper)
        );
        assert_eq!(
            channel(
                Recipient {
                    has_postfach: false,
                    consents_to_digital: true
                },
                false
            ),
            Channel::Paper(PaperReason::NoPostfach)
        );
        assert_eq!(
            channel(
                Recipient {
                    has_postfach: true,
                    consents_to_digital: false
                },
                false
            ),
            Channel::Paper(PaperReason::NoConsent)
        );
    }

    #[test]
    fn retrieved_letters_count_as_announced_the_next_day_unretrieved_ones_go_on_paper() {
        assert_eq!(announced_on(date!(2026 - 12 - 31)), date!(2027 - 01 - 01));
        let notified = date!(2026 - 11 - 02);
        assert_eq!(retrievable_until(notified), date!(2026 - 11 - 12));
        assert!(!falls_back_to_paper(notified, false, date!(2026 - 11 - 12)));
        assert!(falls_back_to_paper(notified, false, date!(2026 - 11 - 13)));
        assert!(!falls_back_to_paper(notified, true, date!(2027 - 01 - 01)));
    }

    #[test]
    fn a_month_ends_on_the_same_day_number_or_the_months_last_and_on_a_working_day() {
        let always = |_: Date| true;
        assert_eq!(
            period_end(date!(2026 - 03 - 10), 1, always),
            Some(date!(2026 - 04 - 10))
        );
        assert_eq!(
            period_end(date!(2026 - 01 - 31), 1, always),
            Some(date!(2026 - 02 - 28)),
            "February has no 31st"
        );
        assert_eq!(
            period_end(date!(2028 - 01 - 31), 1, always),
            Some(date!(2028 - 02 - 29)),
            "a leap year"
        );
        assert_eq!(
            period_end(date!(2026 - 12 - 15), 1, always),
            Some(date!(2027 - 01 - 15))
        );
        assert_eq!(
            period_end(date!(2026 - 11 - 30), 14, always),
            Some(date!(2028 - 01 - 30))
        );
        // Announced on Friday 6 March 2026: 6 April is Ostermontag, so Tuesday 7 April.
        assert_eq!(
            appeal_deadline(date!(2026 - 03 - 06)),
            Some(date!(2026 - 04 - 07))
        );
        // Ends on Saturday 28 November 2026: Monday 30 November.
        assert_eq!(
            appeal_deadline(date!(2026 - 10 - 28)),
            Some(date!(2026 - 11 - 30))
        );
        // Christmas: 25 and 26 December 2026 are Friday and Saturday, then Sunday.
        assert_eq!(
            appeal_deadline(date!(2026 - 11 - 25)),
            Some(date!(2026 - 12 - 28))
        );
        assert_eq!(
            appeal_deadline(date!(2026 - 11 - 24)),
            Some(date!(2026 - 12 - 24))
        );
        assert_eq!(period_end(date!(2026 - 01 - 01), 1, |_| false), None);
    }
}
