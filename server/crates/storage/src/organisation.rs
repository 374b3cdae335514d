//! Organisations, their members and the invitations to join them.

use async_trait::async_trait;
use domain::EmailAddress;
use domain::account::AccountId;
use domain::audit::AuditEvent;
use domain::organisation::{MemberRole, OrganisationDetails, OrganisationId};
use time::OffsetDateTime;

use crate::{AccountApplication, NewJob, StorageResult};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: OrganisationId,
    pub details: OrganisationDetails,
    pub created_at: OffsetDateTime,
}

/// A member as the organisation's page lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub account: AccountId,
    /// The name the identity provider gave at the member's last login.
    pub name: Option<String>,
    pub role: MemberRole,
    pub joined_at: OffsetDateTime,
}

#[derive(Debug, Clone)]
pub struct NewInvitation<'a> {
    pub organisation: OrganisationId,
    /// The hash of the token in the invitation's link (the token itself is only in the mail).
    pub token_hash: &'a str,
    pub email: &'a EmailAddress,
    pub role: MemberRole,
    pub invited_by: AccountId,
    pub created_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub token_hash: String,
    pub organisation: OrganisationId,
    pub email: EmailAddress,
    pub role: MemberRole,
    pub created_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
}

/// An application made for the organisation, with who started it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationApplication {
    pub application: AccountApplication,
    /// The acting person's name as the identity provider gave it.
    pub started_by: Option<String>,
}

#[async_trait]
pub trait OrganisationStore: Send + Sync {
    /// Creates the organisation with `founder` as its first administrator, recording `audit`
    /// in the same transaction. `NotFound` for an unknown tenant.
    async fn create_organisation(
        &self,
        tenant_slug: &str,
        details: &OrganisationDetails,
        founder: AccountId,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<OrganisationId>;

    async fn organisation(&self, id: OrganisationId) -> StorageResult<Option<Organisation>>;

    /// The organisations the account belongs to, with its role, by name.
    async fn organisations_of(
        &self,
        account: AccountId,
    ) -> StorageResult<Vec<(Organisation, MemberRole)>>;

    /// The members, administrators first, then by when they joined.
    async fn members(&self, organisation: OrganisationId) -> StorageResult<Vec<Member>>;

    async fn membership(
        &self,
        organisation: OrganisationId,
        account: AccountId,
    ) -> StorageResult<Option<MemberRole>>;

    /// Stores the invitation together with the job that mails it.
    async fn invite(&self, invitation: &NewInvitation<'_>, jobs: &[NewJob]) -> StorageResult<()>;

    async fn invitation(&self, token_hash: &str) -> StorageResult<Option<Invitation>>;

    /// The invitations not yet accepted, newest first.
    async fn invitations(&self, organisation: OrganisationId) -> StorageResult<Vec<Invitation>>;

    /// Makes `account` a member with the invitation's role and deletes the invitation, in one
    /// transaction. `NotFound` when the invitation is unknown or expired at `at`, `Conflict`
    /// when the account is a member already.
    async fn accept_invitation(
        &self,
        token_hash: &str,
        account: AccountId,
        at: OffsetDateTime,
    ) -> StorageResult<OrganisationId>;

    /// Withdraws an invitation of the organisation; `NotFound` when there is none.
    async fn withdraw_invitation(
        &self,
        organisation: OrganisationId,
        token_hash: &str,
    ) -> StorageResult<()>;

    /// Changes a member's role, recording `audit`. `NotFound` for a non-member; `Conflict`
    /// when it would leave the organisation without an administrator.
    async fn set_member_role(
        &self,
        organisation: OrganisationId,
        account: AccountId,
        role: MemberRole,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()>;

    /// Removes a member (or lets one leave), recording `audit`. `NotFound` for a non-member;
    /// `Conflict` when it would leave the organisation without an administrator.
    async fn remove_member(
        &self,
        organisation: OrganisationId,
        account: AccountId,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()>;

    /// The applications made for the organisation, last changed first.
    async fn applications_of_organisation(
        &self,
        organisation: OrganisationId,
    ) -> StorageResult<Vec<OrganisationApplication>>;
}
