//! The tenant with its towns and units.

use async_trait::async_trait;
use domain::audit::AuditEvent;
use domain::{OrgUnit, Tenant};
use time::OffsetDateTime;

use crate::StorageResult;

#[async_trait]
pub trait TenantStore: Send + Sync {
    /// Stores the tenant, replacing its towns and units when it exists already.
    async fn save_tenant(&self, tenant: &Tenant) -> StorageResult<()>;

    /// The tenant with this slug, if stored.
    async fn tenant(&self, slug: &str) -> StorageResult<Option<Tenant>>;

    /// Adds the unit at the end of the tenant's units, or changes the one with its code, in one
    /// transaction with `audit`. `NotFound` for an unknown tenant.
    async fn save_unit(
        &self,
        tenant_slug: &str,
        unit: &OrgUnit,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()>;

    /// How many tenants are stored (zero on a fresh database).
    async fn tenant_count(&self) -> StorageResult<u64>;
}
