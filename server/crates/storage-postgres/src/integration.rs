//! API clients of integrations in PostgreSQL: scopes and units as text arrays.

use async_trait::async_trait;
use domain::audit::AuditEvent;
use domain::integration::{ApiClientId, ApiScope};
use sqlx::Row;
use sqlx::postgres::PgRow;
use storage::{ApiClient, ApiClientStore, NewApiClient, StorageError, StorageResult, Webhook};
use time::OffsetDateTime;

use crate::PostgresStorage;
use crate::convert::database_error;

const CLIENT: &str = "SELECT id, name, scopes, units, webhook_url, webhook_secret, created_at,
        revoked_at
     FROM api_clients";

fn corrupt(what: &str) -> StorageError {
    StorageError::Corrupt(format!("api_clients.{what}"))
}

fn client_from(row: &PgRow) -> StorageResult<ApiClient> {
    let scopes: Vec<String> = row.get("scopes");
    Ok(ApiClient {
        id: ApiClientId(row.get("id")),
        name: row.get("name"),
        scopes: scopes
            .iter()
            .map(|scope| ApiScope::parse(scope).ok_or_else(|| corrupt("scopes")))
            .collect::<StorageResult<_>>()?,
        units: row.get("units"),
        webhook: match (
            row.get::<Option<String>, _>("webhook_url"),
            row.get::<Option<String>, _>("webhook_secret"),
        ) {
            (Some(url), Some(secret)) => Some(Webhook { url, secret }),
            _ => None,
        },
        created_at: row.get("created_at"),
        revoked_at: row.get("revoked_at"),
    })
}

#[async_trait]
impl ApiClientStore for PostgresStorage {
    async fn create_api_client(
        &self,
        client: &NewApiClient<'_>,
        audit: &AuditEvent,
    ) -> StorageResult<ApiClientId> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let scopes: Vec<&str> = client.scopes.iter().map(|scope| scope.as_str()).collect();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO api_clients (tenant_id, name, token_hash, scopes, units, webhook_url,
                                      webhook_secret, created_at)
             SELECT id, $2, $3, $4, $5, $6, $7, $8 FROM tenants WHERE slug = $1
             RETURNING id",
        )
        .bind(client.tenant_slug)
        .bind(client.name)
        .bind(client.token_hash)
        .bind(scopes)
        .bind(client.units)
        .bind(client.webhook.as_ref().map(|webhook| webhook.url.as_str()))
        .bind(
            client
                .webhook
                .as_ref()
                .map(|webhook| webhook.secret.as_str()),
        )
        .bind(client.created_at)
        .fetch_optional(&mut *tx)
        .await
        .map_err(database_error)?
        .ok_or(StorageError::NotFound)?;
        crate::audit::append(&mut tx, client.created_at, audit).await?;
        tx.commit().await.map_err(database_error)?;
        Ok(ApiClientId(id))
    }

    async fn api_client_by_token(&self, token_hash: &str) -> StorageResult<Option<ApiClient>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{CLIENT} WHERE token_hash = $1 AND revoked_at IS NULL"
        ));
        let row = sqlx::query(sql)
            .bind(token_hash)
            .fetch_optional(&self.pool)
            .await
            .map_err(database_error)?;
        row.as_ref().map(client_from).transpose()
    }

    async fn api_client(&self, id: ApiClientId) -> StorageResult<Option<ApiClient>> {
        let sql = sqlx::AssertSqlSafe(format!("{CLIENT} WHERE id = $1"));
        let row = sqlx::query(sql)
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await
            .map_err(database_error)?;
        row.as_ref().map(client_from).transpose()
    }

    async fn api_clients(&self, tenant_slug: &str) -> StorageResult<Vec<ApiClient>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{CLIENT} WHERE tenant_id = (SELECT id FROM tenants WHERE slug = $1) ORDER BY id"
        ));
        let rows = sqlx::query(sql)
            .bind(tenant_slug)
            .fetch_all(&self.pool)
            .await
            .map_err(database_error)?;
        rows.iter().map(client_from).collect()
    }

    async fn revoke_api_client(
        &self,
        id: ApiClientId,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let found = sqlx::query(
            "UPDATE api_clients SET revoked_at = coalesce(revoked_at, $1) WHERE id = $2",
        )
        .bind(at)
        .bind(id.0)
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        if found.rows_affected() == 0 {
            return Err(StorageError::NotFound);
        }
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)
    }
}
