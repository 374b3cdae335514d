//! Integrations (Fachverfahren): API clients found by the hash of their bearer token, with the
//! scopes and units they act in and their webhook.

use async_trait::async_trait;
use domain::audit::AuditEvent;
use domain::integration::{ApiClientId, ApiScope};
use time::OffsetDateTime;

use crate::StorageResult;

/// Where an API client's webhooks go, and the secret that signs them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Webhook {
    pub url: String,
    pub secret: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiClient {
    pub id: ApiClientId,
    pub name: String,
    pub scopes: Vec<ApiScope>,
    /// The units (inboxes) whose cases it sees.
    pub units: Vec<String>,
    pub webhook: Option<Webhook>,
    pub created_at: OffsetDateTime,
    pub revoked_at: Option<OffsetDateTime>,
}

#[derive(Debug, Clone)]
pub struct NewApiClient<'a> {
    pub tenant_slug: &'a str,
    pub name: &'a str,
    pub token_hash: &'a str,
    pub scopes: &'a [ApiScope],
    pub units: &'a [String],
    pub webhook: Option<Webhook>,
    pub created_at: OffsetDateTime,
}

#[async_trait]
pub trait ApiClientStore: Send + Sync {
    /// Adds a client with `audit`; `NotFound` for an unknown tenant.
    async fn create_api_client(
        &self,
        client: &NewApiClient<'_>,
        audit: &AuditEvent,
    ) -> StorageResult<ApiClientId>;

    /// The client whose token has this hash, unless it is revoked.
    async fn api_client_by_token(&self, token_hash: &str) -> StorageResult<Option<ApiClient>>;

    /// A client by number, revoked or not.
    async fn api_client(&self, id: ApiClientId) -> StorageResult<Option<ApiClient>>;

    /// The tenant's clients, revoked ones too, in the order they were added.
    async fn api_clients(&self, tenant_slug: &str) -> StorageResult<Vec<ApiClient>>;

    /// Revokes a client with `audit`: its token no longer opens anything and no webhook goes to
    /// it. `NotFound` for an unknown client; revoking twice keeps the first time.
    async fn revoke_api_client(
        &self,
        id: ApiClientId,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()>;
}
