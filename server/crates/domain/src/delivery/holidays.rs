//! Public holidays in Nordrhein-Westfalen (Feiertagsgesetz NW § 2), for the end of deadlines:
//! a deadline that would end on a Saturday, Sunday or public holiday ends on the next working
//! day (§ 193 BGB, § 31 Abs. 3 VwVfG, § 57 Abs. 2 VwGO with § 222 Abs. 2 ZPO).

use time::{Date, Duration, Month, Weekday};

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian algorithm,
/// "Meeus/Jones/Butcher").
pub fn easter_sunday(year: i32) -> Date {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    let month = if month == 3 {
        Month::March
    } else {
        Month::April
    };
    // Day 1..=31 of March or April: always a valid date.
    Date::from_calendar_date(year, month, u8::try_from(day).unwrap_or(1)).unwrap_or(Date::MIN)
}

/// Whether `day` is a public holiday in Nordrhein-Westfalen.
pub fn is_public_holiday_nrw(day: Date) -> bool {
    let fixed = matches!(
        (day.month(), day.day()),
        (Month::January, 1)
            | (Month::May, 1)
            | (Month::October, 3)
            | (Month::November, 1)
            | (Month::December, 25)
            | (Month::December, 26)
    );
    let easter = easter_sunday(day.year());
    // Karfreitag, Ostermontag, Christi Himmelfahrt, Pfingstmontag, Fronleichnam.
    let movable = [-2, 1, 39, 50, 60]
        .into_iter()
        .any(|offset| easter + Duration::days(offset) == day);
    fixed || movable
}

/// Whether a deadline may end on `day`: not a Saturday, Sunday or public holiday.
pub fn is_working_day_nrw(day: Date) -> bool {
    !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday) && !is_public_holiday_nrw(day)
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn easter_falls_where_the_calendars_say() {
        for (year, easter) in [
            (2024, date!(2024 - 03 - 31)),
            (2025, date!(2025 - 04 - 20)),
            (2026, date!(2026 - 04 - 05)),
            (2027, date!(2027 - 03 - 28)),
            (2038, date!(2038 - 04 - 25)),
            (2285, date!(2285 - 03 - 22)),
        ] {
            assert_eq!(easter_sunday(year), easter, "{year}");
        }
    }

    #[test]
    fn nrw_keeps_its_holidays() {
        for holiday in [
            date!(2026 - 01 - 01),
            date!(2026 - 04 - 03),
            date!(2026 - 04 - 06),
            date!(2026 - 05 - 01),
            date!(2026 - 05 - 14),
            date!(2026 - 05 - 25),
            date!(2026 - 06 - 04),
            date!(2026 - 10 - 03),
            date!(2026 - 11 - 01),
            date!(2026 - 12 - 25),
            date!(2026 - 12 - 26),
        ] {
            assert!(is_public_holiday_nrw(holiday), "{holiday}");
        }
        // Not in NRW: Heilige Drei Könige, Reformationstag, Buß- und Bettag; nor Easter
        // Sunday's Thursday.
        for ordinary in [
            date!(2026 - 01 - 06),
            date!(2026 - 10 - 31),
            date!(2026 - 11 - 18),
            date!(2026 - 04 - 02),
        ] {
            assert!(!is_public_holiday_nrw(ordinary), "{ordinary}");
        }
        assert!(!is_working_day_nrw(date!(2026 - 11 - 28)), "a Saturday");
        assert!(!is_working_day_nrw(date!(2026 - 11 - 29)), "a Sunday");
        assert!(is_working_day_nrw(date!(2026 - 11 - 30)));
    }
}
