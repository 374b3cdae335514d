//! Organisations, members and invitations in PostgreSQL.

use async_trait::async_trait;
use domain::EmailAddress;
use domain::account::{AccountId, PersonClaims};
use domain::audit::AuditEvent;
use domain::organisation::{MemberRole, OrganisationDetails, OrganisationId};
use sqlx::postgres::PgRow;
use sqlx::{PgConnection, Row};
use storage::{
    Invitation, Member, NewInvitation, NewJob, Organisation, OrganisationApplication,
    OrganisationStore, StorageError, StorageResult,
};
use time::OffsetDateTime;

use crate::PostgresStorage;
use crate::account::account_application_from;
use crate::convert::{database_error, from_json, to_json};
use crate::outbox::insert_jobs;

fn corrupt(what: &str) -> StorageError {
    StorageError::Corrupt(what.to_owned())
}

fn role(column: &str, value: &str) -> StorageResult<MemberRole> {
    MemberRole::parse(value).ok_or_else(|| corrupt(column))
}

fn organisation_from(row: &PgRow) -> StorageResult<Organisation> {
    let details: OrganisationDetails = from_json("organisations.details", row.get("details"))?;
    Ok(Organisation {
        id: OrganisationId(row.get("id")),
        details,
        created_at: row.get("created_at"),
    })
}

fn invitation_from(row: &PgRow) -> StorageResult<Invitation> {
    Ok(Invitation {
        token_hash: row.get("token_hash"),
        organisation: OrganisationId(row.get("organisation_id")),
        email: EmailAddress::parse(row.get("email"))
            .map_err(|_| corrupt("organisation_invitations.email"))?,
        role: role("organisation_invitations.role", row.get("role"))?,
        created_at: row.get("created_at"),
        expires_at: row.get("expires_at"),
    })
}

/// Fails with `Conflict` when the organisation has no administrator (checked before commit).
async fn keeps_an_admin(connection: &mut PgConnection, organisation: i64) -> StorageResult<()> {
    let admins: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM organisation_members WHERE organisation_id = $1 AND role = 'admin'",
    )
    .bind(organisation)
    .fetch_one(&mut *connection)
    .await
    .map_err(database_error)?;
    if admins == 0 {
        return Err(StorageError::Conflict(
            "the organisation would have no administrator".into(),
        ));
    }
    Ok(())
}

const ORGANISATION_COLUMNS: &str = "o.id, o.details, o.created_at";
const INVITATION_COLUMNS: &str = "token_hash, organisation_id, email, role, created_at, expires_at";

#[async_trait]
impl OrganisationStore for PostgresStorage {
    async fn create_organisation(
        &self,
        tenant_slug: &str,
        details: &OrganisationDetails,
        founder: AccountId,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<OrganisationId> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let tenant_id: i64 = sqlx::query_scalar("SELECT id FROM tenants WHERE slug = $1")
            .bind(tenant_slug)
            .fetch_optional(&mut *tx)
            .await
            .map_err(database_error)?
            .ok_or(StorageError::NotFound)?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO organisations (tenant_id, details, name, created_at)
             VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(tenant_id)
        .bind(to_json(details)?)
        .bind(&details.name)
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .map_err(database_error)?;
        sqlx::query(
            "INSERT INTO organisation_members (organisation_id, account_id, role, joined_at)
             VALUES ($1, $2, 'admin', $3)",
        )
        .bind(id)
        .bind(founder.0)
        .bind(at)
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        let audit = AuditEvent {
            object: format!("organisation:{id}"),
            ..audit.clone()
        };
        crate::audit::append(&mut tx, at, &audit).await?;
        tx.commit().await.map_err(database_error)?;
        Ok(OrganisationId(id))
    }

    async fn organisation(&self, id: OrganisationId) -> StorageResult<Option<Organisation>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {ORGANISATION_COLUMNS} FROM organisations o WHERE o.id = $1"
        ));
        let row = sqlx::query(sql)
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await
            .map_err(database_error)?;
        row.as_ref().map(organisation_from).transpose()
    }

    async fn organisations_of(
        &self,
        account: AccountId,
    ) -> StorageResult<Vec<(Organisation, MemberRole)>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {ORGANISATION_COLUMNS}, m.role FROM organisations o
             JOIN organisation_members m ON m.organisation_id = o.id
             WHERE m.account_id = $1 ORDER BY o.name, o.id"
        ));
        let rows = sqlx::query(sql)
            .bind(account.0)
            .fetch_all(&self.pool)
            .await
            .map_err(database_error)?;
        rows.iter()
            .map(|row| {
                Ok((
                    organisation_from(row)?,
                    role("organisation_members.role", row.get("role"))?,
                ))
            })
            .collect()
    }

    async fn members(&self, organisation: OrganisationId) -> StorageResult<Vec<Member>> {
        let rows = sqlx::query(
            "SELECT m.account_id, m.role, m.joined_at, a.claims FROM organisation_members m
             JOIN accounts a ON a.id = m.account_id
             WHERE m.organisation_id = $1
             ORDER BY (m.role = 'admin') DESC, m.joined_at, m.account_id",
        )
        .bind(organisation.0)
        .fetch_all(&self.pool)
        .await
        .map_err(database_error)?;
        rows.iter()
            .map(|row| {
                let claims: PersonClaims = from_json("accounts.claims", row.get("claims"))?;
                Ok(Member {
                    account: AccountId(row.get("account_id")),
                    name: claims.display_name(),
                    role: role("organisation_members.role", row.get("role"))?,
                    joined_at: row.get("joined_at"),
                })
            })
            .collect()
    }

    async fn membership(
        &self,
        organisation: OrganisationId,
        account: AccountId,
    ) -> StorageResult<Option<MemberRole>> {
        let found: Option<String> = sqlx::query_scalar(
            "SELECT role FROM organisation_members WHERE organisation_id = $1 AND account_id = $2",
        )
        .bind(organisation.0)
        .bind(account.0)
        .fetch_optional(&self.pool)
        .await
        .map_err(database_error)?;
        found
            .map(|value| role("organisation_members.role", &value))
            .transpose()
    }

    async fn invite(&self, invitation: &NewInvitation<'_>, jobs: &[NewJob]) -> StorageResult<()> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        sqlx::query(
            "INSERT INTO organisation_invitations
                 (token_hash, organisation_id, email, role, invited_by, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(invitation.token_hash)
        .bind(invitation.organisation.0)
        .bind(invitation.email.to_string())
        .bind(invitation.role.as_str())
        .bind(invitation.invited_by.0)
        .bind(invitation.created_at)
        .bind(invitation.expires_at)
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        insert_jobs(&mut tx, jobs).await?;
        tx.commit().await.map_err(database_error)
    }

    async fn invitation(&self, token_hash: &str) -> StorageResult<Option<Invitation>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {INVITATION_COLUMNS} FROM organisation_invitations WHERE token_hash = $1"
        ));
        let row = sqlx::query(sql)
            .bind(token_hash)
            .fetch_optional(&self.pool)
            .await
            .map_err(database_error)?;
        row.as_ref().map(invitation_from).transpose()
    }

    async fn invitations(&self, organisation: OrganisationId) -> StorageResult<Vec<Invitation>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {INVITATION_COLUMNS} FROM organisation_invitations
             WHERE organisation_id = $1 ORDER BY created_at DESC, token_hash"
        ));
        let rows = sqlx::query(sql)
            .bind(organisation.0)
            .fetch_all(&self.pool)
            .await
            .map_err(database_error)?;
        rows.iter().map(invitation_from).collect()
    }

    async fn accept_invitation(
        &self,
        token_hash: &str,
        account: AccountId,
        at: OffsetDateTime,
    ) -> StorageResult<OrganisationId> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {INVITATION_COLUMNS} FROM organisation_invitations WHERE token_hash = $1"
        ));
        let invitation = sqlx::query(sql)
            .bind(token_hash)
            .fetch_optional(&mut *tx)
            .await
            .map_err(database_error)?
            .as_ref()
            .map(invitation_from)
            .transpose()?
            .filter(|invitation| invitation.expires_at > at)
            .ok_or(StorageError::NotFound)?;
        sqlx::query(
            "INSERT INTO organisation_members (organisation_id, account_id, role, joined_at)
             VALUES ($1, $2, $3, $4)",
        )
        .bind(invitation.organisation.0)
        .bind(account.0)
        .bind(invitation.role.as_str())
        .bind(at)
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        sqlx::query("DELETE FROM organisation_invitations WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&mut *tx)
            .await
            .map_err(database_error)?;
        tx.commit().await.map_err(database_error)?;
        Ok(invitation.organisation)
    }

    async fn withdraw_invitation(
        &self,
        organisation: OrganisationId,
        token_hash: &str,
    ) -> StorageResult<()> {
        let done = sqlx::query(
            "DELETE FROM organisation_invitations WHERE organisation_id = $1 AND token_hash = $2",
        )
        .bind(organisation.0)
        .bind(token_hash)
        .execute(&self.pool)
        .await
        .map_err(database_error)?;
        if done.rows_affected() == 0 {
            return Err(StorageError::NotFound);
        }
        Ok(())
    }

    async fn set_member_role(
        &self,
        organisation: OrganisationId,
        account: AccountId,
        role: MemberRole,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let done = sqlx::query(
            "UPDATE organisation_members SET role = $3
             WHERE organisation_id = $1 AND account_id = $2",
        )
        .bind(organisation.0)
        .bind(account.0)
        .bind(role.as_str())
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        if done.rows_affected() == 0 {
            return Err(StorageError::NotFound);
        }
        keeps_an_admin(&mut tx, organisation.0).await?;
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)
    }

    async fn remove_member(
        &self,
        organisation: OrganisationId,
        account: AccountId,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let done = sqlx::query(
            "DELETE FROM organisation_members WHERE organisation_id = $1 AND account_id = $2",
        )
        .bind(organisation.0)
        .bind(account.0)
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        if done.rows_affected() == 0 {
            return Err(StorageError::NotFound);
        }
        keeps_an_admin(&mut tx, organisation.0).await?;
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)
    }

    async fn applications_of_organisation(
        &self,
        organisation: OrganisationId,
    ) -> StorageResult<Vec<OrganisationApplication>> {
        let rows = sqlx::query(
            "SELECT d.token, d.service_id, d.updated_at, d.expires_at,
                    s.reference, s.state, s.submitted_at, a.claims
             FROM drafts d LEFT JOIN submissions s ON s.draft_token = d.token
             LEFT JOIN accounts a ON a.id = d.account_id
             WHERE d.organisation_id = $1
             ORDER BY d.updated_at DESC",
        )
        .bind(organisation.0)
        .fetch_all(&self.pool)
        .await
        .map_err(database_error)?;
        rows.iter()
            .map(|row| {
                let claims: Option<PersonClaims> = row
                    .get::<Option<serde_json::Value>, _>("claims")
                    .map(|claims| from_json("accounts.claims", claims))
                    .transpose()?;
                Ok(OrganisationApplication {
                    application: account_application_from(row)?,
                    started_by: claims.and_then(|claims| claims.display_name()),
                })
            })
            .collect()
    }
}
