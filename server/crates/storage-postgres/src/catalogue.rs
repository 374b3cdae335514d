//! The service catalogue in PostgreSQL.

use async_trait::async_trait;
use sqlx::Row;
use storage::{
    CatalogueStore, ImportOutcome, NewServiceVersion, StorageError, StorageResult,
    StoredServiceVersion,
};

use crate::PostgresStorage;
use crate::convert::database_error;

fn stored(row: &sqlx::postgres::PgRow) -> StoredServiceVersion {
    StoredServiceVersion {
        service_id: row.get("service_id"),
        version: u32::try_from(row.get::<i32, _>("version")).unwrap_or_default(),
        source: row.get("definition"),
        sha256: row.get("sha256"),
    }
}

#[async_trait]
impl CatalogueStore for PostgresStorage {
    async fn import_service_version(
        &self,
        new: NewServiceVersion<'_>,
    ) -> StorageResult<ImportOutcome> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let tenant_id: i64 = sqlx::query_scalar("SELECT id FROM tenants WHERE slug = $1")
            .bind(new.tenant_slug)
            .fetch_optional(&mut *tx)
            .await
            .map_err(database_error)?
            .ok_or(StorageError::NotFound)?;

        // Instances starting together import the same versions: one at a time per service.
        sqlx::query("SELECT pg_advisory_xact_lock(hashtext($1))")
            .bind(new.service_id)
            .execute(&mut *tx)
            .await
            .map_err(database_error)?;
        let existing: Option<String> = sqlx::query_scalar(
            "SELECT sha256 FROM service_versions WHERE service_id = $1 AND version = $2",
        )
        .bind(new.service_id)
        .bind(i32::try_from(new.version).unwrap_or(i32::MAX))
        .fetch_optional(&mut *tx)
        .await
        .map_err(database_error)?;
        if let Some(stored_sha256) = existing {
            return Ok(if stored_sha256 == new.sha256 {
                ImportOutcome::Unchanged
            } else {
                ImportOutcome::Conflict { stored_sha256 }
            });
        }

        sqlx::query(
            "INSERT INTO services (id, tenant_id, current_version) VALUES ($1, $2, $3)
             ON CONFLICT (id) DO UPDATE SET current_version = GREATEST(services.current_version, excluded.current_version)",
        )
        .bind(new.service_id)
        .bind(tenant_id)
        .bind(i32::try_from(new.version).unwrap_or(i32::MAX))
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        sqlx::query(
            "INSERT INTO service_versions (service_id, version, definition, sha256, imported_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(new.service_id)
        .bind(i32::try_from(new.version).unwrap_or(i32::MAX))
        .bind(new.source)
        .bind(new.sha256)
        .bind(new.imported_at)
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        tx.commit().await.map_err(database_error)?;
        Ok(ImportOutcome::Stored)
    }

    async fn current_service_versions(
        &self,
        tenant_slug: &str,
    ) -> StorageResult<Vec<StoredServiceVersion>> {
        let rows = sqlx::query(
            "SELECT v.service_id, v.version, v.definition, v.sha256
             FROM services s
             JOIN tenants t ON t.id = s.tenant_id
             JOIN service_versions v ON v.service_id = s.id AND v.version = s.current_version
             WHERE t.slug = $1
             ORDER BY s.id",
        )
        .bind(tenant_slug)
        .fetch_all(&self.pool)
        .await
        .map_err(database_error)?;
        Ok(rows.iter().map(stored).collect())
    }

    async fn service_version(
        &self,
        service_id: &str,
        version: u32,
    ) -> StorageResult<Option<StoredServiceVersion>> {
        let row = sqlx::query(
            "SELECT service_id, version, definition, sha256 FROM service_versions
             WHERE service_id = $1 AND version = $2",
        )
        .bind(service_id)
        .bind(i32::try_from(version).unwrap_or(i32::MAX))
        .fetch_optional(&self.pool)
        .await
        .map_err(database_error)?;
        Ok(row.as_ref().map(stored))
    }
}
