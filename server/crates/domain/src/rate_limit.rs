//! Rate limits: how many requests of one kind one client may make in a fixed window (e.g. 20
//! login starts per 5 minutes), and how long to wait when there were too many. Windows are
//! counted in storage, so every server instance sees the same count.

use time::{Duration, OffsetDateTime};

/// At most `hits` requests per `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub hits: u32,
    pub window: Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Allowed,
    /// Too many; the next window starts after `retry_after` (at least a second).
    Refused {
        retry_after: Duration,
    },
}

impl RateLimit {
    /// The start of the window `now` falls in (windows are aligned to the Unix epoch).
    pub fn window_start(&self, now: OffsetDateTime) -> OffsetDateTime {
        let window = self.window.whole_seconds().max(1);
        let seconds = now.unix_timestamp();
        let start = seconds - seconds.rem_euclid(window);
        OffsetDateTime::from_unix_timestamp(start).unwrap_or(now)
    }

    /// The verdict on a request that was the `hits`-th of its window.
    pub fn judge(&self, hits: u32, now: OffsetDateTime) -> Verdict {
        if hits <= self.hits {
            return Verdict::Allowed;
        }
        let next_window = self.window_start(now) + self.window.max(Duration::SECOND);
        Verdict::Refused {
            retry_after: (next_window - now).max(Duration::SECOND),
        }
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    const FIVE_PER_MINUTE: RateLimit = RateLimit {
        hits: 5,
        window: Duration::minutes(1),
    };

    #[test]
    fn windows_are_aligned_and_the_limit_itself_is_allowed() {
        let now = datetime!(2026-11-28 10:15:42 UTC);
        assert_eq!(
            FIVE_PER_MINUTE.window_start(now),
            datetime!(2026-11-28 10:15:00 UTC)
        );
        assert_eq!(FIVE_PER_MINUTE.judge(5, now), Verdict::Allowed);
        assert_eq!(
            FIVE_PER_MINUTE.judge(6, now),
            Verdict::Refused {
                retry_after: Duration::seconds(18)
            }
        );
    }

    #[test]
    fn the_wait_is_never_zero() {
        let at_the_end = datetime!(2026-11-28 10:15:59.9 UTC);
        let Verdict::Refused { retry_after } = FIVE_PER_MINUTE.judge(9, at_the_end) else {
            panic!("refused");
        };
        assert_eq!(retry_after, Duration::SECOND);
    }
}
