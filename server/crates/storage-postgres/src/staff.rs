//! Staff, their grants and sessions in PostgreSQL.

use async_trait::async_trait;
use domain::EmailAddress;
use domain::audit::AuditEvent;
use domain::staff::{RoleGrant, StaffId, StaffRole, Username};
use sqlx::postgres::PgRow;
use sqlx::{PgConnection, Row};
use storage::{
    NewStaff, NewStaffSession, StaffMember, StaffSession, StaffStore, StorageError, StorageResult,
};
use time::{Duration, OffsetDateTime};

use crate::PostgresStorage;
use crate::convert::database_error;

fn corrupt(what: &str) -> StorageError {
    StorageError::Corrupt(what.to_owned())
}

const STAFF_COLUMNS: &str =
    "id, username, display_name, email, password_hash, totp_secret, active, created_at";

async fn grants_of(connection: &mut PgConnection, id: i64) -> StorageResult<Vec<RoleGrant>> {
    let rows =
        sqlx::query("SELECT role, unit FROM staff_grants WHERE staff_id = $1 ORDER BY role, unit")
            .bind(id)
            .fetch_all(&mut *connection)
            .await
            .map_err(database_error)?;
    rows.iter()
        .map(|row| {
            let role =
                StaffRole::parse(row.get("role")).ok_or_else(|| corrupt("staff_grants.role"))?;
            let unit: String = row.get("unit");
            Ok(RoleGrant {
                role,
                unit: (!unit.is_empty()).then_some(unit),
            })
        })
        .collect()
}

async fn insert_grants(
    connection: &mut PgConnection,
    id: i64,
    grants: &[RoleGrant],
) -> StorageResult<()> {
    for grant in grants {
        sqlx::query("INSERT INTO staff_grants (staff_id, role, unit) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
            .bind(id)
            .bind(grant.role.as_str())
            .bind(grant.unit.as_deref().unwrap_or(""))
            .execute(&mut *connection)
            .await
            .map_err(database_error)?;
    }
    Ok(())
}

async fn member_from(connection: &mut PgConnection, row: &PgRow) -> StorageResult<StaffMember> {
    let id: i64 = row.get("id");
    Ok(StaffMember {
        id: StaffId(id),
        username: Username::parse(row.get("username")).ok_or_else(|| corrupt("staff.username"))?,
        display_name: row.get("display_name"),
        email: EmailAddress::parse(row.get("email")).map_err(|_| corrupt("staff.email"))?,
        password_hash: row.get("password_hash"),
        totp_secret: row.get("totp_secret"),
        active: row.get("active"),
        created_at: row.get("created_at"),
        grants: grants_of(connection, id).await?,
    })
}

fn session_from(row: &PgRow) -> StorageResult<StaffSession> {
    Ok(StaffSession {
        id_hash: row.get("id_hash"),
        staff: StaffId(row.get("staff_id")),
        created_at: row.get("created_at"),
        last_seen_at: row.get("last_seen_at"),
        expires_at: row.get("expires_at"),
        idle: Duration::microseconds(row.get("idle_micros")),
    })
}

async fn exists(connection: &mut PgConnection, id: StaffId) -> StorageResult<()> {
    let found: Option<i64> = sqlx::query_scalar("SELECT id FROM staff WHERE id = $1")
        .bind(id.0)
        .fetch_optional(&mut *connection)
        .await
        .map_err(database_error)?;
    found.map(|_| ()).ok_or(StorageError::NotFound)
}

#[async_trait]
impl StaffStore for PostgresStorage {
    async fn create_staff(&self, new: NewStaff<'_>, audit: &AuditEvent) -> StorageResult<StaffId> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let tenant_id: i64 = sqlx::query_scalar("SELECT id FROM tenants WHERE slug = $1")
            .bind(new.tenant_slug)
            .fetch_optional(&mut *tx)
            .await
            .map_err(database_error)?
            .ok_or(StorageError::NotFound)?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO staff (tenant_id, username, display_name, email, password_hash,
                                totp_secret, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(tenant_id)
        .bind(new.username.as_str())
        .bind(new.display_name)
        .bind(new.email.to_string())
        .bind(new.password_hash)
        .bind(new.totp_secret)
        .bind(new.created_at)
        .fetch_one(&mut *tx)
        .await
        .map_err(database_error)?;
        insert_grants(&mut tx, id, new.grants).await?;
        let audit = AuditEvent {
            object: format!("staff:{id}"),
            ..audit.clone()
        };
        crate::audit::append(&mut tx, new.created_at, &audit).await?;
        tx.commit().await.map_err(database_error)?;
        Ok(StaffId(id))
    }

    async fn staff_by_username(
        &self,
        tenant_slug: &str,
        username: &Username,
    ) -> StorageResult<Option<StaffMember>> {
        let mut connection = self.pool.acquire().await.map_err(database_error)?;
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {STAFF_COLUMNS} FROM staff
             WHERE username = $2 AND tenant_id = (SELECT id FROM tenants WHERE slug = $1)"
        ));
        let row = sqlx::query(sql)
            .bind(tenant_slug)
            .bind(username.as_str())
            .fetch_optional(&mut *connection)
            .await
            .map_err(database_error)?;
        match row {
            Some(row) => Ok(Some(member_from(&mut connection, &row).await?)),
            None => Ok(None),
        }
    }

    async fn staff_member(&self, id: StaffId) -> StorageResult<Option<StaffMember>> {
        let mut connection = self.pool.acquire().await.map_err(database_error)?;
        let sql = sqlx::AssertSqlSafe(format!("SELECT {STAFF_COLUMNS} FROM staff WHERE id = $1"));
        let row = sqlx::query(sql)
            .bind(id.0)
            .fetch_optional(&mut *connection)
            .await
            .map_err(database_error)?;
        match row {
            Some(row) => Ok(Some(member_from(&mut connection, &row).await?)),
            None => Ok(None),
        }
    }

    async fn staff_by_email(
        &self,
        tenant_slug: &str,
        email: &EmailAddress,
    ) -> StorageResult<Vec<StaffMember>> {
        let mut connection = self.pool.acquire().await.map_err(database_error)?;
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {STAFF_COLUMNS} FROM staff
             WHERE lower(email) = lower($2)
               AND tenant_id = (SELECT id FROM tenants WHERE slug = $1) ORDER BY username"
        ));
        let rows = sqlx::query(sql)
            .bind(tenant_slug)
            .bind(email.to_string())
            .fetch_all(&mut *connection)
            .await
            .map_err(database_error)?;
        let mut members = Vec::with_capacity(rows.len());
        for row in &rows {
            members.push(member_from(&mut connection, row).await?);
        }
        Ok(members)
    }

    async fn staff_of_tenant(&self, tenant_slug: &str) -> StorageResult<Vec<StaffMember>> {
        let mut connection = self.pool.acquire().await.map_err(database_error)?;
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {STAFF_COLUMNS} FROM staff
             WHERE tenant_id = (SELECT id FROM tenants WHERE slug = $1) ORDER BY username"
        ));
        let rows = sqlx::query(sql)
            .bind(tenant_slug)
            .fetch_all(&mut *connection)
            .await
            .map_err(database_error)?;
        let mut members = Vec::with_capacity(rows.len());
        for row in &rows {
            members.push(member_from(&mut connection, row).await?);
        }
        Ok(members)
    }

    async fn set_staff_grants(
        &self,
        id: StaffId,
        grants: &[RoleGrant],
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        exists(&mut tx, id).await?;
        sqlx::query("DELETE FROM staff_grants WHERE staff_id = $1")
            .bind(id.0)
            .execute(&mut *tx)
            .await
            .map_err(database_error)?;
        insert_grants(&mut tx, id.0, grants).await?;
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)
    }

    async fn set_staff_active(
        &self,
        id: StaffId,
        active: bool,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        exists(&mut tx, id).await?;
        sqlx::query("UPDATE staff SET active = $2 WHERE id = $1")
            .bind(id.0)
            .bind(active)
            .execute(&mut *tx)
            .await
            .map_err(database_error)?;
        if !active {
            sqlx::query("DELETE FROM staff_sessions WHERE staff_id = $1")
                .bind(id.0)
                .execute(&mut *tx)
                .await
                .map_err(database_error)?;
        }
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)
    }

    async fn use_totp_step(&self, id: StaffId, step: i64) -> StorageResult<bool> {
        let done = sqlx::query(
            "UPDATE staff SET last_totp_step = $2
             WHERE id = $1 AND (last_totp_step IS NULL OR last_totp_step < $2)",
        )
        .bind(id.0)
        .bind(step)
        .execute(&self.pool)
        .await
        .map_err(database_error)?;
        Ok(done.rows_affected() == 1)
    }

    async fn create_staff_session(&self, session: &NewStaffSession<'_>) -> StorageResult<()> {
        sqlx::query(
            "INSERT INTO staff_sessions (id_hash, staff_id, created_at, last_seen_at, expires_at,
                                         idle_micros)
             VALUES ($1, $2, $3, $3, $4, $5)",
        )
        .bind(session.id_hash)
        .bind(session.staff.0)
        .bind(session.created_at)
        .bind(session.expires_at)
        .bind(i64::try_from(session.idle.whole_microseconds()).unwrap_or(i64::MAX))
        .execute(&self.pool)
        .await
        .map_err(database_error)?;
        Ok(())
    }

    async fn staff_session(&self, id_hash: &str) -> StorageResult<Option<StaffSession>> {
        let row = sqlx::query(
            "SELECT id_hash, staff_id, created_at, last_seen_at, expires_at, idle_micros
             FROM staff_sessions WHERE id_hash = $1",
        )
        .bind(id_hash)
        .fetch_optional(&self.pool)
        .await
        .map_err(database_error)?;
        row.as_ref().map(session_from).transpose()
    }

    async fn touch_staff_session(&self, id_hash: &str, now: OffsetDateTime) -> StorageResult<()> {
        sqlx::query("UPDATE staff_sessions SET last_seen_at = $2 WHERE id_hash = $1")
            .bind(id_hash)
            .bind(now)
            .execute(&self.pool)
            .await
            .map_err(database_error)?;
        Ok(())
    }

    async fn end_staff_session(&self, id_hash: &str) -> StorageResult<()> {
        sqlx::query("DELETE FROM staff_sessions WHERE id_hash = $1")
            .bind(id_hash)
            .execute(&self.pool)
            .await
            .map_err(database_error)?;
        Ok(())
    }
}
