//! The mail seam. The `mail` crate implements it with a folder of `.eml` files (embedded
//! default) and with SMTP (scale-out).

use async_trait::async_trait;
use domain::EmailAddress;

/// A plain-text mail, ready to send. `message_id` is derived from the job that sends it, so a
/// retried send carries the same id and a file-based mailer overwrites instead of duplicating.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    pub message_id: String,
    pub to: EmailAddress,
    pub reply_to: Option<EmailAddress>,
    pub subject: String,
    pub text_body: String,
}

/// Whether trying again later can help.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MailError {
    /// Connection refused, 4xx, timeouts: retry with backoff.
    #[error("temporary mail failure: {0}")]
    Transient(String),
    /// 5xx and malformed addresses: retrying would only repeat the refusal.
    #[error("permanent mail failure: {0}")]
    Permanent(String),
}

#[async_trait]
pub trait Mailer: Send + Sync {
    async fn send(&self, mail: &OutgoingMail) -> Result<(), MailError>;
}
