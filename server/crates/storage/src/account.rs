//! Accounts, their sessions, and logins in progress.

use async_trait::async_trait;
use domain::account::{AccountId, PersonClaims};
use domain::application::{CaseState, DraftToken, Reference};
use domain::audit::AuditEvent;
use domain::service::TrustLevel;
use time::{Duration, OffsetDateTime};

use crate::StorageResult;

/// A citizen as the identity provider named them at a login.
#[derive(Debug, Clone)]
pub struct CitizenLogin<'a> {
    pub tenant_slug: &'a str,
    pub issuer: &'a str,
    pub subject: &'a str,
    pub claims: &'a PersonClaims,
    pub at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: AccountId,
    pub issuer: String,
    pub subject: String,
    pub claims: PersonClaims,
    pub created_at: OffsetDateTime,
    pub last_login_at: OffsetDateTime,
    /// Since when the holder agrees that decisions are announced through the Postfach
    /// (§ 41 Abs. 2a VwVfG); `None`: they go on paper.
    pub digital_delivery_since: Option<OffsetDateTime>,
}

#[derive(Debug, Clone)]
pub struct NewSession<'a> {
    /// The hash of the session id (the id itself is only in the visitor's cookie).
    pub id_hash: &'a str,
    pub account: AccountId,
    pub trust_level: TrustLevel,
    /// How the visitor can recognise it in the list of sessions, e.g. "Firefox, Linux".
    pub label: &'a str,
    pub created_at: OffsetDateTime,
    /// The absolute end.
    pub expires_at: OffsetDateTime,
    /// It ends earlier when no request came for this long.
    pub idle: Duration,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub id_hash: String,
    pub account: AccountId,
    pub trust_level: TrustLevel,
    pub label: String,
    pub created_at: OffsetDateTime,
    pub last_seen_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
    pub idle: Duration,
}

impl Session {
    /// Whether the session may be used at `now`.
    pub fn is_live(&self, now: OffsetDateTime) -> bool {
        now < self.expires_at && now < self.last_seen_at + self.idle
    }
}

/// A login sent to the identity provider and not back yet: what the answer must match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginFlow {
    /// The `state` parameter: the key.
    pub state: String,
    pub pkce_verifier: String,
    pub nonce: String,
    /// Where to go afterwards (a path of this portal).
    pub return_to: String,
    /// The trust level asked for.
    pub trust_level: TrustLevel,
    pub created_at: OffsetDateTime,
}

/// One of an account's applications, for its list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountApplication {
    pub token: DraftToken,
    pub service_id: String,
    pub updated_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
    pub submission: Option<(Reference, CaseState, OffsetDateTime)>,
}

/// What deleting an account removed, and what the authority keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeletedAccount {
    /// Open drafts, deleted with their uploads.
    pub drafts: u64,
    /// The deleted uploads' files, for the file store to delete.
    pub upload_keys: Vec<String>,
    /// Submitted applications: they are part of the authority's files and stay, no longer
    /// linked to any account.
    pub submissions_kept: u64,
}

#[async_trait]
pub trait AccountStore: Send + Sync {
    /// Finds the citizen by issuer and subject, or creates the account; either way stores the
    /// claims and the time of this login. `NotFound` for an unknown tenant.
    async fn upsert_citizen(&self, login: &CitizenLogin<'_>) -> StorageResult<AccountId>;

    async fn account(&self, id: AccountId) -> StorageResult<Option<Account>>;

    /// Gives (`true`, keeping an earlier time) or withdraws the consent to digital delivery,
    /// with `audit`. `NotFound` for an unknown account.
    async fn set_digital_delivery(
        &self,
        account: AccountId,
        consent: bool,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()>;

    async fn create_session(&self, session: &NewSession<'_>) -> StorageResult<()>;

    async fn session(&self, id_hash: &str) -> StorageResult<Option<Session>>;

    /// Records a request in the session (its idle time starts again).
    async fn touch_session(&self, id_hash: &str, now: OffsetDateTime) -> StorageResult<()>;

    async fn end_session(&self, id_hash: &str) -> StorageResult<()>;

    /// Ends every session of the account; returns how many there were.
    async fn end_sessions_of(&self, account: AccountId) -> StorageResult<u64>;

    /// The account's sessions that are still live at `now`, newest first.
    async fn sessions_of(
        &self,
        account: AccountId,
        now: OffsetDateTime,
    ) -> StorageResult<Vec<Session>>;

    /// Deletes sessions that ended by time, and logins older than `stale_logins_before`.
    async fn delete_expired_sessions(
        &self,
        now: OffsetDateTime,
        stale_logins_before: OffsetDateTime,
    ) -> StorageResult<u64>;

    async fn begin_login(&self, flow: &LoginFlow) -> StorageResult<()>;

    /// Takes the login with this state: it can be taken once only.
    async fn take_login(&self, state: &str) -> StorageResult<Option<LoginFlow>>;

    /// The account's drafts and submissions, last changed first.
    async fn applications_of(&self, account: AccountId) -> StorageResult<Vec<AccountApplication>>;

    /// Deletes the account with its sessions and open drafts and unlinks its submitted
    /// applications, recording `audit` in the same transaction. `NotFound` for an unknown
    /// account.
    async fn delete_account(
        &self,
        account: AccountId,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<DeletedAccount>;
}
