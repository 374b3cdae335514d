//! Rate limits on what can be abused from outside: logins (guessing, flooding the identity
//! provider), mail links (mail to strangers), status look-ups (guessing access codes) and
//! feedback (spam). Counted per client address in storage, so every instance sees the same
//! count; only a hash of the address is stored, and only until the window is over.

use domain::rate_limit::{RateLimit, Verdict};
use sha2::{Digest, Sha256};
use storage::StorageError;
use time::Duration;

use crate::Portal;

/// What is limited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bucket {
    /// Starting a login and coming back from the identity provider.
    Login,
    /// A staff login with password and one-time code (counted apart from the citizens').
    StaffLogin,
    /// Asking for a mail with the link to a draft.
    MailLink,
    /// Looking up a submission by reference and access code.
    StatusLookup,
    /// Sending accessibility feedback.
    Feedback,
}

impl Bucket {
    fn name(self) -> &'static str {
        match self {
            Bucket::Login => "login",
            Bucket::StaffLogin => "staff-login",
            Bucket::MailLink => "mail-link",
            Bucket::StatusLookup => "status",
            Bucket::Feedback => "feedback",
        }
    }
}

/// The limit of each bucket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimits {
    pub login: RateLimit,
    pub mail_link: RateLimit,
    pub status_lookup: RateLimit,
    pub feedback: RateLimit,
}

impl Default for RateLimits {
    /// Generous for people (a family behind one router), tight for scripts.
    fn default() -> Self {
        RateLimits {
            login: RateLimit {
                hits: 30,
                window: Duration::minutes(5),
            },
            mail_link: RateLimit {
                hits: 10,
                window: Duration::hours(1),
            },
            status_lookup: RateLimit {
                hits: 20,
                window: Duration::minutes(5),
            },
            feedback: RateLimit {
                hits: 10,
                window: Duration::hours(1),
            },
        }
    }
}

impl RateLimits {
    fn of(&self, bucket: Bucket) -> RateLimit {
        match bucket {
            Bucket::Login | Bucket::StaffLogin => self.login,
            Bucket::MailLink => self.mail_link,
            Bucket::StatusLookup => self.status_lookup,
            Bucket::Feedback => self.feedback,
        }
    }

    /// The longest window: older windows can be forgotten.
    pub fn longest_window(&self) -> Duration {
        [
            self.login,
            self.mail_link,
            self.status_lookup,
            self.feedback,
        ]
        .iter()
        .map(|limit| limit.window)
        .max()
        .unwrap_or(Duration::HOUR)
    }
}

/// Counts a request of `client` (its address as text) in `bucket` and judges it.
pub async fn hit(portal: &Portal, bucket: Bucket, client: &str) -> Result<Verdict, StorageError> {
    let limit = portal.settings.rate_limits.of(bucket);
    let now = portal.clock.now();
    let key = format!("{}:{}", bucket.name(), client_hash(client));
    let hits = portal
        .storage
        .count_hit(&key, limit.window_start(now))
        .await?;
    let verdict = limit.judge(hits, now);
    if hits == limit.hits + 1 {
        tracing::warn!(bucket = bucket.name(), "rate limit reached by a client");
    }
    Ok(verdict)
}

/// Enough of a hash to tell clients apart; the address itself is never stored.
fn client_hash(client: &str) -> String {
    Sha256::digest(format!("kreisportal rate limit\n{client}").as_bytes())[..12]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clients_are_told_apart_without_storing_their_address() {
        let one = client_hash("192.0.2.10");
        assert_eq!(one.len(), 24);
        assert!(!one.contains("192"));
        assert_ne!(one, client_hash("192.0.2.11"));
    }
}
