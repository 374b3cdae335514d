//! Deadlines of cases: a reminder to whoever works on a case shortly before its processing
//! deadline, an escalation to the unit's team leads once it is overdue, and the numbers of the
//! daily digest. Pure: the time is passed in, so tests move a clock.

use time::{Duration, OffsetDateTime};

use crate::application::CaseState;

/// How long before the deadline the reminder goes out.
pub const REMINDER_BEFORE: Duration = Duration::days(2);

/// A notice a case may be due for; each goes out once per case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineNotice {
    /// To the person working on it (or, when nobody is, the unit's team leads).
    Reminder,
    /// To the unit's team leads.
    Escalation,
}

impl DeadlineNotice {
    pub fn as_str(self) -> &'static str {
        match self {
            DeadlineNotice::Reminder => "erinnerung",
            DeadlineNotice::Escalation => "eskalation",
        }
    }
}

/// The notice a case is due for at `now`: escalation once overdue, a reminder within
/// [`REMINDER_BEFORE`] of the deadline, none for a closed case or one with time left.
pub fn notice_due(
    state: CaseState,
    due_at: OffsetDateTime,
    now: OffsetDateTime,
) -> Option<DeadlineNotice> {
    if state == CaseState::Abgeschlossen {
        None
    } else if now > due_at {
        Some(DeadlineNotice::Escalation)
    } else if due_at - now <= REMINDER_BEFORE {
        Some(DeadlineNotice::Reminder)
    } else {
        None
    }
}

/// What the daily digest counts for one person.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DigestCounts {
    /// Open cases in their inboxes that are theirs or nobody's.
    pub open: u32,
    pub overdue: u32,
    pub due_soon: u32,
    pub unassigned: u32,
}

impl DigestCounts {
    /// Counts one open case.
    pub fn add(&mut self, due_at: OffsetDateTime, now: OffsetDateTime, assigned: bool) {
        self.open += 1;
        match notice_due(CaseState::InBearbeitung, due_at, now) {
            Some(DeadlineNotice::Escalation) => self.overdue += 1,
            Some(DeadlineNotice::Reminder) => self.due_soon += 1,
            None => {}
        }
        if !assigned {
            self.unassigned += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn reminders_come_two_days_before_and_escalation_after_the_deadline() {
        let due = datetime!(2026-06-10 12:00 UTC);
        let open = CaseState::InBearbeitung;
        assert_eq!(notice_due(open, due, due - Duration::days(3)), None);
        assert_eq!(
            notice_due(open, due, due - Duration::days(2)),
            Some(DeadlineNotice::Reminder)
        );
        assert_eq!(notice_due(open, due, due), Some(DeadlineNotice::Reminder));
        assert_eq!(
            notice_due(open, due, due + Duration::minutes(1)),
            Some(DeadlineNotice::Escalation)
        );
        assert_eq!(
            notice_due(CaseState::Abgeschlossen, due, due + Duration::days(9)),
            None,
            "closed cases are nobody's worry"
        );
    }

    #[test]
    fn the_digest_counts_open_overdue_soon_and_unassigned() {
        let now = datetime!(2026-06-10 06:00 UTC);
        let mut counts = DigestCounts::default();
        counts.add(now - Duration::days(1), now, true);
        counts.add(now + Duration::days(1), now, false);
        counts.add(now + Duration::days(9), now, true);
        assert_eq!(
            counts,
            DigestCounts {
                open: 3,
                overdue: 1,
                due_soon: 1,
                unassigned: 1
            }
        );
    }
}
