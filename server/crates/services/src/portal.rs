//! The application object: the seams and settings every use case needs, built once at start-up
//! and passed in (never a global).

use std::sync::Arc;

use tokio::sync::Notify;

use domain::EmailAddress;
use i18n::Catalog;
use storage::Storage;

use crate::uploads::{FileStore, Scanner};
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
}

pub struct Portal {
    pub storage: Arc<dyn Storage>,
    pub mailer: Arc<dyn Mailer>,
    pub files: Arc<dyn FileStore>,
    /// `None` when no malware scanner is configured (uploads are marked unscanned).
    pub scanner: Option<Arc<dyn Scanner>>,
    pub catalog: Arc<Catalog>,
    pub clock: Arc<dyn Clock>,
    pub settings: PortalSettings,
    /// Notified whenever a use case enqueues a job, so the worker in this process starts at once.
    pub jobs_enqueued: Arc<Notify>,
}
