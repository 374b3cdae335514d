//! The Postfach: messages from the authority to an account or an organisation, with the letter
//! they carry, and the facts digital delivery rests on — when the recipient was told, when the
//! message was first opened (retrieved), and when an unretrieved decision went on paper instead.
//! Each of those is recorded once: the first time stands.

use async_trait::async_trait;
use domain::account::AccountId;
use domain::audit::AuditEvent;
use domain::case::CaseId;
use domain::organisation::OrganisationId;
use time::OffsetDateTime;

use crate::{NewJob, StorageResult, VersionContent};

/// A message's number in storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MessageId(pub i64);

impl std::fmt::Display for MessageId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Makes the jobs that go with a new message from its number (stored in its transaction).
pub type JobsFor<'a> = &'a (dyn Fn(MessageId) -> Vec<NewJob> + Send + Sync);

/// Whose Postfach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mailbox {
    Account(AccountId),
    Organisation(OrganisationId),
}

#[derive(Debug, Clone)]
pub struct NewMessage<'a> {
    pub tenant_slug: &'a str,
    pub mailbox: Mailbox,
    pub case: Option<CaseId>,
    pub subject: &'a str,
    pub body: &'a str,
    /// The letter it carries (a PDF in the file store).
    pub letter: Option<VersionContent>,
    /// A decision (Verwaltungsakt): its retrieval is its announcement (§ 41 Abs. 2a VwVfG).
    pub decision: bool,
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: MessageId,
    pub mailbox: Mailbox,
    pub case: Option<CaseId>,
    pub subject: String,
    pub body: String,
    pub letter: Option<VersionContent>,
    pub decision: bool,
    pub created_at: OffsetDateTime,
    /// When the notice (a mail without content) went out.
    pub notified_at: Option<OffsetDateTime>,
    /// When the recipient first opened the message or its letter.
    pub retrieved_at: Option<OffsetDateTime>,
    /// When it went on paper because it was not retrieved in time.
    pub paper_at: Option<OffsetDateTime>,
}

#[async_trait]
pub trait PostfachStore: Send + Sync {
    /// Puts a message into a Postfach with the jobs `jobs_for` makes of its number (the
    /// notice) and `audit`, in one transaction. `NotFound` for an unknown tenant, account or
    /// organisation.
    async fn post_message(
        &self,
        message: &NewMessage<'_>,
        jobs_for: JobsFor<'_>,
        audit: &AuditEvent,
    ) -> StorageResult<MessageId>;

    /// The messages of a Postfach, the newest first.
    async fn messages(&self, mailbox: Mailbox) -> StorageResult<Vec<Message>>;

    async fn message(&self, id: MessageId) -> StorageResult<Option<Message>>;

    /// Records that the notice went out; a later call keeps the first time. `NotFound` for an
    /// unknown message.
    async fn record_notice(&self, id: MessageId, at: OffsetDateTime) -> StorageResult<()>;

    /// Records the first opening with `jobs` and `audit` and returns whether this was it (a
    /// later opening changes nothing, stores no job and is not audited). `Conflict` when the
    /// message went on paper already: then the digital offer had ended. `NotFound` for an
    /// unknown message.
    async fn record_retrieval(
        &self,
        id: MessageId,
        jobs: &[NewJob],
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<bool>;

    /// The decisions whose notice went out before `notified_before` and that were neither
    /// retrieved nor sent on paper: the ones the ten-day rule sends on paper now.
    async fn unretrieved_decisions(
        &self,
        notified_before: OffsetDateTime,
    ) -> StorageResult<Vec<Message>>;

    /// Records that an unretrieved decision goes on paper, with its `jobs` and `audit`, once:
    /// `false` when it was retrieved or sent on paper meanwhile (nothing is stored then).
    async fn record_paper_fallback(
        &self,
        id: MessageId,
        jobs: &[NewJob],
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<bool>;
}
