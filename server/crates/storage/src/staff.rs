//! The authority's staff, their role grants and their sessions.

use async_trait::async_trait;
use domain::EmailAddress;
use domain::audit::AuditEvent;
use domain::staff::{Grants, RoleGrant, StaffId, Username};
use time::{Duration, OffsetDateTime};

use crate::StorageResult;

#[derive(Debug, Clone)]
pub struct NewStaff<'a> {
    pub tenant_slug: &'a str,
    pub username: &'a Username,
    pub display_name: &'a str,
    pub email: &'a EmailAddress,
    /// An argon2id PHC string.
    pub password_hash: &'a str,
    /// The authenticator secret, base 32.
    pub totp_secret: &'a str,
    pub grants: &'a [RoleGrant],
    pub created_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffMember {
    pub id: StaffId,
    pub username: Username,
    pub display_name: String,
    pub email: EmailAddress,
    pub password_hash: String,
    pub totp_secret: String,
    pub grants: Vec<RoleGrant>,
    /// Deactivated staff cannot log in; their name stays on what they did.
    pub active: bool,
    pub created_at: OffsetDateTime,
}

impl Grants for StaffMember {
    fn grants(&self) -> &[RoleGrant] {
        &self.grants
    }
}

#[derive(Debug, Clone)]
pub struct NewStaffSession<'a> {
    pub id_hash: &'a str,
    pub staff: StaffId,
    pub created_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
    pub idle: Duration,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffSession {
    pub id_hash: String,
    pub staff: StaffId,
    pub created_at: OffsetDateTime,
    pub last_seen_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
    pub idle: Duration,
}

impl StaffSession {
    pub fn is_live(&self, now: OffsetDateTime) -> bool {
        now < self.expires_at && now < self.last_seen_at + self.idle
    }
}

#[async_trait]
pub trait StaffStore: Send + Sync {
    /// Creates the staff member with their grants, recording `audit` in the same transaction.
    /// `Conflict` when the username is taken, `NotFound` for an unknown tenant.
    async fn create_staff(&self, new: NewStaff<'_>, audit: &AuditEvent) -> StorageResult<StaffId>;

    async fn staff_by_username(
        &self,
        tenant_slug: &str,
        username: &Username,
    ) -> StorageResult<Option<StaffMember>>;

    async fn staff_member(&self, id: StaffId) -> StorageResult<Option<StaffMember>>;

    /// The tenant's staff with this e-mail address (as the authority's identity provider
    /// names them), active or not.
    async fn staff_by_email(
        &self,
        tenant_slug: &str,
        email: &EmailAddress,
    ) -> StorageResult<Vec<StaffMember>>;

    /// Every staff member of the tenant, by username.
    async fn staff_of_tenant(&self, tenant_slug: &str) -> StorageResult<Vec<StaffMember>>;

    /// Replaces the member's grants, recording `audit`. `NotFound` for an unknown member.
    async fn set_staff_grants(
        &self,
        id: StaffId,
        grants: &[RoleGrant],
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()>;

    /// Activates or deactivates the member, recording `audit`; deactivating ends their
    /// sessions. `NotFound` for an unknown member.
    async fn set_staff_active(
        &self,
        id: StaffId,
        active: bool,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()>;

    /// Records that a one-time code of time step `step` was used; `false` when that step or a
    /// later one was used before (a replayed code).
    async fn use_totp_step(&self, id: StaffId, step: i64) -> StorageResult<bool>;

    async fn create_staff_session(&self, session: &NewStaffSession<'_>) -> StorageResult<()>;

    async fn staff_session(&self, id_hash: &str) -> StorageResult<Option<StaffSession>>;

    async fn touch_staff_session(&self, id_hash: &str, now: OffsetDateTime) -> StorageResult<()>;

    async fn end_staff_session(&self, id_hash: &str) -> StorageResult<()>;
}
