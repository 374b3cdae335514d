//! The tenant with its towns and units.

use async_trait::async_trait;
use domain::Tenant;

use crate::StorageResult;

#[async_trait]
pub trait TenantStore: Send + Sync {
    /// Stores the tenant, replacing its towns and units when it exists already.
    async fn save_tenant(&self, tenant: &Tenant) -> StorageResult<()>;

    /// The tenant with this slug, if stored.
    async fn tenant(&self, slug: &str) -> StorageResult<Option<Tenant>>;

    /// How many tenants are stored (zero on a fresh database).
    async fn tenant_count(&self) -> StorageResult<u64>;
}
