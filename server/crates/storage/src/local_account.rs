//! Local citizen accounts (e-mail and password) and the links mailed to them.

use async_trait::async_trait;
use domain::account::AccountId;
use domain::account::local::{LinkPurpose, LoginEmail};
use time::OffsetDateTime;

use crate::{NewJob, StorageResult};

/// Someone registering an address, with the link mailed to it and the job that mails it.
#[derive(Debug, Clone)]
pub struct LocalRegistration<'a> {
    pub tenant_slug: &'a str,
    pub email: &'a LoginEmail,
    pub password_hash: &'a str,
    /// The new account's subject under the local issuer (random, never shown).
    pub subject: &'a str,
    pub link_hash: &'a str,
    pub at: OffsetDateTime,
    pub link_expires_at: OffsetDateTime,
}

/// Someone asking for a new password, with the link mailed for it.
#[derive(Debug, Clone)]
pub struct ResetRequest<'a> {
    pub tenant_slug: &'a str,
    pub email: &'a LoginEmail,
    pub link_hash: &'a str,
    pub at: OffsetDateTime,
    pub link_expires_at: OffsetDateTime,
}

/// A local login as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalLogin {
    pub account: AccountId,
    pub email: LoginEmail,
    pub password_hash: String,
    /// `None` until the address is confirmed; such an account cannot log in.
    pub verified_at: Option<OffsetDateTime>,
}

/// A link mailed to a local account, not used yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountLink {
    pub account: AccountId,
    pub email: LoginEmail,
    pub purpose: LinkPurpose,
    pub expires_at: OffsetDateTime,
}

#[async_trait]
pub trait LocalAccountStore: Send + Sync {
    /// Registers the address, in one transaction with `job`: a new address becomes an
    /// unconfirmed account with a `Verify` link; an unconfirmed one gets the new password and a
    /// new `Verify` link (whoever owns the mailbox decides); a confirmed one keeps its password
    /// and gets a `RegisteredAgain` link. Returns the purpose chosen. `NotFound` for an unknown
    /// tenant.
    async fn register_local(
        &self,
        registration: &LocalRegistration<'_>,
        job: &NewJob,
    ) -> StorageResult<LinkPurpose>;

    async fn local_login(
        &self,
        tenant_slug: &str,
        email: &LoginEmail,
    ) -> StorageResult<Option<LocalLogin>>;

    /// Stores a `Reset` link with `job` when the address has an account; returns whether it
    /// has one.
    async fn request_password_reset(
        &self,
        request: &ResetRequest<'_>,
        job: &NewJob,
    ) -> StorageResult<bool>;

    /// The link, if it exists and has not expired at `now`.
    async fn account_link(
        &self,
        link_hash: &str,
        now: OffsetDateTime,
    ) -> StorageResult<Option<AccountLink>>;

    /// Uses a `Verify` link: confirms the address and deletes the account's confirmation
    /// links. `NotFound` when there is no such live link.
    async fn confirm_local(&self, link_hash: &str, now: OffsetDateTime)
    -> StorageResult<AccountId>;

    /// Uses a link that sets a password: stores the new hash, confirms the address (the link
    /// proves the mailbox), deletes every link and ends every session of the account.
    /// `NotFound` when there is no such live link.
    async fn set_local_password(
        &self,
        link_hash: &str,
        password_hash: &str,
        now: OffsetDateTime,
    ) -> StorageResult<AccountId>;

    /// Deletes expired links, and accounts never confirmed that were registered before
    /// `unconfirmed_before`; returns how many accounts went.
    async fn delete_stale_local_registrations(
        &self,
        now: OffsetDateTime,
        unconfirmed_before: OffsetDateTime,
    ) -> StorageResult<u64>;
}
