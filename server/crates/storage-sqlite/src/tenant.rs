//! Tenants, towns and units in SQLite.

use async_trait::async_trait;
use domain::audit::AuditEvent;
use domain::{Ags, OrgUnit, Tenant, Town, TownKind};
use sqlx::Row;
use storage::{StorageError, StorageResult, TenantStore};
use time::OffsetDateTime;

use crate::SqliteStorage;
use crate::convert::{database_error, from_json, to_json};

#[async_trait]
impl TenantStore for SqliteStorage {
    async fn save_tenant(&self, tenant: &Tenant) -> StorageResult<()> {
        let profile = Tenant {
            towns: Vec::new(),
            units: Vec::new(),
            ..tenant.clone()
        };
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;

        let tenant_id: i64 = sqlx::query_scalar(
            "INSERT INTO tenants (slug, demo, profile) VALUES (?1, ?2, ?3)
             ON CONFLICT (slug) DO UPDATE SET demo = excluded.demo, profile = excluded.profile
             RETURNING id",
        )
        .bind(&tenant.slug)
        .bind(tenant.demo)
        .bind(to_json(&profile)?)
        .fetch_one(&mut *tx)
        .await
        .map_err(database_error)?;

        let stored_towns: Vec<String> =
            sqlx::query_scalar("SELECT ags FROM towns WHERE tenant_id = ?1")
                .bind(tenant_id)
                .fetch_all(&mut *tx)
                .await
                .map_err(database_error)?;
        for gone in stored_towns
            .iter()
            .filter(|ags| !tenant.towns.iter().any(|t| t.ags.as_str() == *ags))
        {
            sqlx::query("DELETE FROM towns WHERE tenant_id = ?1 AND ags = ?2")
                .bind(tenant_id)
                .bind(gone)
                .execute(&mut *tx)
                .await
                .map_err(database_error)?;
        }
        for (position, town) in tenant.towns.iter().enumerate() {
            sqlx::query(
                "INSERT INTO towns (tenant_id, ags, name, kind, postcodes, website, position)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (tenant_id, ags) DO UPDATE SET name = excluded.name,
                   kind = excluded.kind, postcodes = excluded.postcodes,
                   website = excluded.website, position = excluded.position",
            )
            .bind(tenant_id)
            .bind(town.ags.as_str())
            .bind(to_json(&town.name)?)
            .bind(town.kind.as_str())
            .bind(to_json(&town.postcodes)?)
            .bind(&town.website)
            .bind(i64::try_from(position).unwrap_or(i64::MAX))
            .execute(&mut *tx)
            .await
            .map_err(database_error)?;
        }

        let stored_units: Vec<String> =
            sqlx::query_scalar("SELECT code FROM org_units WHERE tenant_id = ?1")
                .bind(tenant_id)
                .fetch_all(&mut *tx)
                .await
                .map_err(database_error)?;
        for gone in stored_units
            .iter()
            .filter(|code| !tenant.units.iter().any(|u| &u.code == *code))
        {
            sqlx::query("DELETE FROM org_units WHERE tenant_id = ?1 AND code = ?2")
                .bind(tenant_id)
                .bind(gone)
                .execute(&mut *tx)
                .await
                .map_err(database_error)?;
        }
        for (position, unit) in tenant.units.iter().enumerate() {
            let section = unit.section.as_ref().map(to_json).transpose()?;
            sqlx::query(
                "INSERT INTO org_units (tenant_id, code, name, section, email, position)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (tenant_id, code) DO UPDATE SET name = excluded.name,
                   section = excluded.section, email = excluded.email, position = excluded.position",
            )
            .bind(tenant_id)
            .bind(&unit.code)
            .bind(to_json(&unit.name)?)
            .bind(section)
            .bind(unit.email.as_str())
            .bind(i64::try_from(position).unwrap_or(i64::MAX))
            .execute(&mut *tx)
            .await
            .map_err(database_error)?;
        }

        tx.commit().await.map_err(database_error)
    }

    async fn tenant(&self, slug: &str) -> StorageResult<Option<Tenant>> {
        let Some(row) = sqlx::query("SELECT id, profile FROM tenants WHERE slug = ?1")
            .bind(slug)
            .fetch_optional(&self.pool)
            .await
            .map_err(database_error)?
        else {
            return Ok(None);
        };
        let tenant_id: i64 = row.get("id");
        let mut tenant: Tenant = from_json("tenants.profile", row.get("profile"))?;

        let towns = sqlx::query(
            "SELECT ags, name, kind, postcodes, website FROM towns
             WHERE tenant_id = ?1 ORDER BY position",
        )
        .bind(tenant_id)
        .fetch_all(&self.pool)
        .await
        .map_err(database_error)?;
        tenant.towns = towns
            .iter()
            .map(|row| {
                Ok(Town {
                    ags: Ags::parse(row.get("ags"))
                        .map_err(|e| StorageError::Corrupt(e.to_string()))?,
                    name: from_json("towns.name", row.get("name"))?,
                    kind: TownKind::parse(row.get("kind"))
                        .ok_or_else(|| StorageError::Corrupt("towns.kind".into()))?,
                    postcodes: from_json("towns.postcodes", row.get("postcodes"))?,
                    website: row.get("website"),
                })
            })
            .collect::<StorageResult<_>>()?;

        let units = sqlx::query(
            "SELECT code, name, section, email FROM org_units WHERE tenant_id = ?1 ORDER BY position",
        )
        .bind(tenant_id)
        .fetch_all(&self.pool)
        .await
        .map_err(database_error)?;
        tenant.units = units
            .iter()
            .map(|row| {
                let section: Option<&str> = row.get("section");
                Ok(OrgUnit {
                    code: row.get("code"),
                    name: from_json("org_units.name", row.get("name"))?,
                    section: section
                        .map(|s| from_json("org_units.section", s))
                        .transpose()?,
                    email: domain::EmailAddress::parse(row.get("email"))
                        .map_err(|e| StorageError::Corrupt(e.to_string()))?,
                })
            })
            .collect::<StorageResult<_>>()?;
        Ok(Some(tenant))
    }

    async fn save_unit(
        &self,
        tenant_slug: &str,
        unit: &OrgUnit,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;
        let tenant_id: i64 = sqlx::query_scalar("SELECT id FROM tenants WHERE slug = ?1")
            .bind(tenant_slug)
            .fetch_optional(&mut *tx)
            .await
            .map_err(database_error)?
            .ok_or(StorageError::NotFound)?;
        let section = unit.section.as_ref().map(to_json).transpose()?;
        sqlx::query(
            "INSERT INTO org_units (tenant_id, code, name, section, email, position)
             VALUES (?1, ?2, ?3, ?4, ?5,
                     (SELECT coalesce(max(position), -1) + 1 FROM org_units WHERE tenant_id = ?1))
             ON CONFLICT (tenant_id, code) DO UPDATE SET name = excluded.name,
               section = excluded.section, email = excluded.email",
        )
        .bind(tenant_id)
        .bind(&unit.code)
        .bind(to_json(&unit.name)?)
        .bind(section)
        .bind(unit.email.as_str())
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)
    }

    async fn tenant_count(&self) -> StorageResult<u64> {
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM tenants")
            .fetch_one(&self.pool)
            .await
            .map_err(database_error)?;
        Ok(u64::try_from(count).unwrap_or_default())
    }
}
