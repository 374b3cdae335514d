//! Wiedervorlage: the day a case comes back to whoever works on it, entered as day, month and
//! year; and who may set it.

use time::{Date, Duration};

use crate::form::FormValues;
use crate::form::values::date_of;
use crate::staff::{Grants, StaffId, StaffRole};
use crate::{FormErrors, msg_key};

/// The date inputs' name: `wiedervorlage.day`, `.month`, `.year`.
pub const RESUBMISSION_FIELD: &str = "wiedervorlage";
/// The farthest ahead a case may be put away.
pub const LONGEST_AHEAD: Duration = Duration::days(2 * 366);

/// The day entered, checked against `today`: a real date, after today, within two years.
pub fn parse_resubmission(values: &FormValues, today: Date) -> Result<Date, FormErrors> {
    let mut errors = FormErrors::new();
    let field = format!("{RESUBMISSION_FIELD}.day");
    match date_of(values, RESUBMISSION_FIELD) {
        None => errors.add(&field, msg_key("case-resubmission-invalid")),
        Some(day) if day <= today => errors.add(&field, msg_key("case-resubmission-past")),
        Some(day) if day > today + LONGEST_AHEAD => {
            errors.add(&field, msg_key("case-resubmission-too-far"))
        }
        Some(day) => return Ok(day),
    }
    Err(errors)
}

/// Whether the case has come back: its Wiedervorlage is today or earlier.
pub fn is_due(resubmit_on: Option<Date>, today: Date) -> bool {
    resubmit_on.is_some_and(|day| day <= today)
}

/// Who may set a case's Wiedervorlage: whoever works on it, and the team leads of its unit.
pub fn may_set(staff: &impl Grants, me: StaffId, assignee: Option<StaffId>, inbox: &str) -> bool {
    assignee == Some(me)
        || staff
            .grants()
            .iter()
            .any(|grant| grant.role == StaffRole::TeamLead && grant.unit.as_deref() == Some(inbox))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn entered(day: &str, month: &str, year: &str) -> FormValues {
        FormValues::from_pairs([
            ("wiedervorlage.day".to_owned(), day.to_owned()),
            ("wiedervorlage.month".to_owned(), month.to_owned()),
            ("wiedervorlage.year".to_owned(), year.to_owned()),
        ])
    }

    #[test]
    fn a_resubmission_is_a_real_day_after_today_and_within_two_years() {
        let today = date!(2026 - 05 - 04);
        assert_eq!(
            parse_resubmission(&entered("5", "5", "2026"), today),
            Ok(date!(2026 - 05 - 05))
        );
        let key = |values| {
            parse_resubmission(&values, today)
                .unwrap_err()
                .iter()
                .map(|error| match &error.message {
                    crate::ErrorMessage::Key { key, .. } => *key,
                    crate::ErrorMessage::Text(_) => "text",
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            key(entered("31", "2", "2027")),
            ["case-resubmission-invalid"]
        );
        assert_eq!(key(entered("", "", "")), ["case-resubmission-invalid"]);
        assert_eq!(key(entered("4", "5", "2026")), ["case-resubmission-past"]);
        assert_eq!(
            key(entered("1", "1", "2030")),
            ["case-resubmission-too-far"]
        );
        assert!(is_due(Some(today), today));
        assert!(!is_due(Some(today + Duration::days(1)), today));
        assert!(!is_due(None, today));
    }
}
