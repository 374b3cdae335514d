//! The back office's key figures: cases by state, per unit (open, overdue, closed, median
//! processing time) and per calendar week (received, closed). Pure: the cases and the time are
//! passed in.

use time::{Date, Duration, OffsetDateTime};

use crate::application::CaseState;

/// What the figures need of a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseDates {
    pub unit: String,
    pub state: CaseState,
    pub received_at: OffsetDateTime,
    pub due_at: OffsetDateTime,
    pub closed_at: Option<OffsetDateTime>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnitFigures {
    pub unit: String,
    pub open: u32,
    pub overdue: u32,
    pub closed: u32,
    /// Median days from receipt to closing, started days counted; `None` before a case closed.
    pub median_days: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekFigures {
    /// The week's Monday.
    pub monday: Date,
    pub iso_week: u8,
    pub received: u32,
    pub closed: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    /// Every state in workflow order, with its count.
    pub by_state: Vec<(CaseState, u32)>,
    pub units: Vec<UnitFigures>,
    /// The last weeks, the oldest first, the current one last.
    pub weeks: Vec<WeekFigures>,
}

const STATES: [CaseState; 6] = [
    CaseState::Eingegangen,
    CaseState::InBearbeitung,
    CaseState::Nachforderung,
    CaseState::EntscheidungVorbereitet,
    CaseState::Mitzeichnung,
    CaseState::Abgeschlossen,
];

/// The figures of `cases` at `now`, with `weeks` calendar weeks.
pub fn figures(cases: &[CaseDates], now: OffsetDateTime, weeks: u32) -> Figures {
    let by_state = STATES
        .into_iter()
        .map(|state| {
            let count = cases.iter().filter(|case| case.state == state).count();
            (state, u32::try_from(count).unwrap_or(u32::MAX))
        })
        .collect();

    let mut unit_names: Vec<&str> = cases.iter().map(|case| case.unit.as_str()).collect();
    unit_names.sort_unstable();
    unit_names.dedup();
    let units = unit_names
        .into_iter()
        .map(|unit| unit_figures(unit, cases.iter().filter(|case| case.unit == unit), now))
        .collect();

    let today = now.date();
    let this_monday = today - Duration::days(i64::from(today.weekday().number_days_from_monday()));
    let weeks = (0..weeks)
        .rev()
        .map(|back| {
            let monday = this_monday - Duration::weeks(i64::from(back));
            let in_week = |at: OffsetDateTime| {
                let day = at.date();
                day >= monday && day < monday + Duration::weeks(1)
            };
            let count = |hits: usize| u32::try_from(hits).unwrap_or(u32::MAX);
            WeekFigures {
                monday,
                iso_week: monday.iso_week(),
                received: count(
                    cases
                        .iter()
                        .filter(|case| in_week(case.received_at))
                        .count(),
                ),
                closed: count(
                    cases
                        .iter()
                        .filter(|case| case.closed_at.is_some_and(in_week))
                        .count(),
                ),
            }
        })
        .collect();
    Figures {
        by_state,
        units,
        weeks,
    }
}

fn unit_figures<'a>(
    unit: &str,
    cases: impl Iterator<Item = &'a CaseDates>,
    now: OffsetDateTime,
) -> UnitFigures {
    let mut figures = UnitFigures {
        unit: unit.to_owned(),
        ..UnitFigures::default()
    };
    let mut days: Vec<u32> = Vec::new();
    for case in cases {
        match case.closed_at {
            Some(closed) => {
                figures.closed += 1;
                let hours = (closed - case.received_at).whole_hours().max(0);
                days.push(u32::try_from(hours.div_euclid(24) + 1).unwrap_or(u32::MAX));
            }
            None => {
                figures.open += 1;
                if case.due_at < now {
                    figures.overdue += 1;
                }
            }
        }
    }
    days.sort_unstable();
    figures.median_days = match days.len() {
        0 => None,
        n if n % 2 == 1 => Some(days[n / 2]),
        n => Some((days[n / 2 - 1] + days[n / 2]).div_ceil(2)),
    };
    figures
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    fn case(unit: &str, received: OffsetDateTime, closed: Option<OffsetDateTime>) -> CaseDates {
        CaseDates {
            unit: unit.to_owned(),
            state: if closed.is_some() {
                CaseState::Abgeschlossen
            } else {
                CaseState::InBearbeitung
            },
            received_at: received,
            due_at: received + Duration::days(14),
            closed_at: closed,
        }
    }

    #[test]
    fn figures_count_states_units_and_weeks() {
        // Wednesday of ISO week 23.
        let now = datetime!(2026-06-03 10:00 UTC);
        let cases = [
            case(
                "53",
                datetime!(2026-05-04 09:00 UTC),
                Some(datetime!(2026-05-06 08:00 UTC)),
            ),
            case(
                "53",
                datetime!(2026-05-20 09:00 UTC),
                Some(datetime!(2026-05-30 09:00 UTC)),
            ),
            case("53", datetime!(2026-05-10 09:00 UTC), None),
            case("53", datetime!(2026-06-01 09:00 UTC), None),
            case("69.2", datetime!(2026-06-02 09:00 UTC), None),
        ];
        let figures = figures(&cases, now, 3);
        assert_eq!(figures.by_state[1], (CaseState::InBearbeitung, 3));
        assert_eq!(figures.by_state[5], (CaseState::Abgeschlossen, 2));
        assert_eq!(
            figures.units[0],
            UnitFigures {
                unit: "53".into(),
                open: 2,
                overdue: 1,
                closed: 2,
                // 2 days (started) and 11 days: the median of two is their mean, rounded up.
                median_days: Some(7),
            }
        );
        assert_eq!(figures.units[1].median_days, None);
        let weeks: Vec<(Date, u8, u32, u32)> = figures
            .weeks
            .iter()
            .map(|week| (week.monday, week.iso_week, week.received, week.closed))
            .collect();
        assert_eq!(
            weeks,
            [
                (date!(2026 - 05 - 18), 21, 1, 0),
                (date!(2026 - 05 - 25), 22, 0, 1),
                (date!(2026 - 06 - 01), 23, 2, 0),
            ]
        );
    }
}
