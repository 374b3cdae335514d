//! The application object: the seams and settings every use case needs, built once at start-up
//! and passed in (never a global).

use std::sync::Arc;

use time::Duration;
use tokio::sync::Notify;

use domain::EmailAddress;
use i18n::Catalog;
use storage::{SearchIndex, Storage};

use crate::accounts::SessionPolicy;
use crate::identity::IdentityProvider;
use crate::rate_limits::RateLimits;
use crate::text_extraction::TextExtractor;
use crate::uploads::{FileStore, Scanner};
use crate::webhooks::WebhookSender;
use crate::{Clock, mailer::Mailer};

/// Settings the use cases read; the server fills them from its configuration.
#[derive(Debug, Clone)]
pub struct PortalSettings {
    /// The tenant this installation serves, e.g. `kreis-unna`.
    pub tenant_slug: String,
    /// The address citizens reach the portal at, without a trailing slash.
    pub public_url: String,
    /// Sender of the portal's mail.
    pub mail_from: EmailAddress,
    /// How long a draft is kept after its last save.
    pub draft_lifetime: Duration,
    /// How long before a draft's deletion the reminder goes out (when an address was given).
    pub expiry_reminder: Duration,
    /// How long sessions last, per trust level.
    pub sessions: SessionPolicy,
    /// How many requests of each abusable kind one client may make.
    pub rate_limits: RateLimits,
    /// Whether citizens may register with an e-mail address and a password (trust level
    /// "basis") beside the identity provider.
    pub local_accounts: bool,
}

impl PortalSettings {
    /// The draft lifetime in whole days, as the pages tell it.
    pub fn draft_lifetime_days(&self) -> i64 {
        self.draft_lifetime.whole_days()
    }

    /// A `Message-ID` for a mail of `kind`, unique by `key` under the sender's domain: derived
    /// from the job, so a retried send repeats it.
    pub fn message_id(&self, kind: &str, key: &str) -> String {
        let domain = self
            .mail_from
            .as_str()
            .rsplit_once('@')
            .map_or("kreisportal.invalid", |(_, domain)| domain);
        format!("{kind}-{key}@{domain}")
    }
}

pub struct Portal {
    pub storage: Arc<dyn Storage>,
    pub mailer: Arc<dyn Mailer>,
    pub files: Arc<dyn FileStore>,
    /// `None` when no malware scanner is configured (uploads are marked unscanned).
    pub scanner: Option<Arc<dyn Scanner>>,
    /// `None` when login is not configured: services that need a trust level cannot be
    /// applied for then.
    pub identity: Option<Arc<dyn IdentityProvider>>,
    /// The authority's own OpenID provider for staff, when configured; local logins with
    /// password and authenticator code work either way.
    pub staff_identity: Option<Arc<dyn IdentityProvider>>,
    pub catalog: Arc<Catalog>,
    /// The back office's full-text index (tantivy beside SQLite, PostgreSQL's own otherwise).
    pub search: Arc<dyn SearchIndex>,
    /// Reads the text of stored documents for the search.
    pub text: Arc<dyn TextExtractor>,
    /// Delivers the integrations' webhooks.
    pub webhooks: Arc<dyn WebhookSender>,
    pub clock: Arc<dyn Clock>,
    pub settings: PortalSettings,
    /// Notified whenever a use case enqueues a job, so the worker in this process starts at once.
    pub jobs_enqueued: Arc<Notify>,
}
