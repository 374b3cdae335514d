//! Local citizen accounts and their mailed links in PostgreSQL. A registration locks the
//! address's row, so two registrations of one address at once end one after the other.

use async_trait::async_trait;
use domain::account::local::{LOCAL_ISSUER, LinkPurpose, LoginEmail};
use domain::account::{AccountId, PersonClaims};
use sqlx::Row;
use storage::{
    AccountLink, LocalAccountStore, LocalLogin, LocalRegistration, NewJob, ResetRequest,
    StorageError, StorageResult,
};
use time::OffsetDateTime;

use crate::PostgresStorage;
use crate::convert::{database_error, to_json};
use crate::outbox::insert_jobs;

fn corrupt(what: &str) -> StorageError {
    StorageError::Corrupt(what.to_owned())
}

fn email(value: &str) -> StorageResult<LoginEmail> {
    LoginEmail::parse(value).ok_or_else(|| corrupt("local_logins.email"))
}

#[async_trait]
impl LocalAccountStore for PostgresStorage {
    async fn register_local(
        &self,
        registration: &LocalRegistration<'_>,
        job: &NewJob,
    ) -> StorageResult<LinkPurpose> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let tenant_id: i64 = sqlx::query_scalar("SELECT id FROM tenants WHERE slug = $1")
            .bind(registration.tenant_slug)
            .fetch_optional(&mut *tx)
            .await
            .map_err(database_error)?
            .ok_or(StorageError::NotFound)?;
        let at = registration.at;
        let existing = sqlx::query(
            "SELECT account_id, verified_at FROM local_logins
             WHERE tenant_id = $1 AND email = $2 FOR UPDATE",
        )
        .bind(tenant_id)
        .bind(registration.email.as_str())
        .fetch_optional(&mut *tx)
        .await
        .map_err(database_error)?;
        let (account, purpose) = match existing {
            None => {
                let claims = PersonClaims {
                    email: Some(registration.email.to_string()),
                    ..PersonClaims::default()
                };
                let account: i64 = sqlx::query_scalar(
                    "INSERT INTO accounts (tenant_id, issuer, subject, claims, created_at, last_login_at)
                     VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
                )
                .bind(tenant_id)
                .bind(LOCAL_ISSUER)
                .bind(registration.subject)
                .bind(to_json(&claims)?)
                .bind(at)
                .fetch_one(&mut *tx)
                .await
                .map_err(database_error)?;
                sqlx::query(
                    "INSERT INTO local_logins (account_id, tenant_id, email, password_hash, created_at)
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(account)
                .bind(tenant_id)
                .bind(registration.email.as_str())
                .bind(registration.password_hash)
                .bind(at)
                .execute(&mut *tx)
                .await
                .map_err(database_error)?;
                (account, LinkPurpose::Verify)
            }
            Some(row)
                if row
                    .get::<Option<OffsetDateTime>, _>("verified_at")
                    .is_none() =>
            {
                let account: i64 = row.get("account_id");
                sqlx::query("UPDATE local_logins SET password_hash = $1 WHERE account_id = $2")
                    .bind(registration.password_hash)
                    .bind(account)
                    .execute(&mut *tx)
                    .await
                    .map_err(database_error)?;
                sqlx::query("DELETE FROM account_links WHERE account_id = $1")
                    .bind(account)
                    .execute(&mut *tx)
                    .await
                    .map_err(database_error)?;
                (account, LinkPurpose::Verify)
            }
            Some(row) => (row.get("account_id"), LinkPurpose::RegisteredAgain),
        };
        sqlx::query(
            "INSERT INTO account_links (token_hash, account_id, purpose, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(registration.link_hash)
        .bind(account)
        .bind(purpose.as_str())
        .bind(at)
        .bind(registration.link_expires_at)
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        insert_jobs(&mut tx, std::slice::from_ref(job)).await?;
        tx.commit().await.map_err(database_error)?;
        Ok(purpose)
    }

    async fn local_login(
        &self,
        tenant_slug: &str,
        email: &LoginEmail,
    ) -> StorageResult<Option<LocalLogin>> {
        let row = sqlx::query(
            "SELECT l.account_id, l.email, l.password_hash, l.verified_at
             FROM local_logins l JOIN tenants t ON t.id = l.tenant_id
             WHERE t.slug = $1 AND l.email = $2",
        )
        .bind(tenant_slug)
        .bind(email.as_str())
        .fetch_optional(&self.pool)
        .await
        .map_err(database_error)?;
        row.map(|row| {
            Ok(LocalLogin {
                account: AccountId(row.get("account_id")),
                email: self::email(row.get("email"))?,
                password_hash: row.get("password_hash"),
                verified_at: row.get("verified_at"),
            })
        })
        .transpose()
    }

    async fn request_password_reset(
        &self,
        request: &ResetRequest<'_>,
        job: &NewJob,
    ) -> StorageResult<bool> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let account: Option<i64> = sqlx::query_scalar(
            "SELECT l.account_id FROM local_logins l JOIN tenants t ON t.id = l.tenant_id
             WHERE t.slug = $1 AND l.email = $2",
        )
        .bind(request.tenant_slug)
        .bind(request.email.as_str())
        .fetch_optional(&mut *tx)
        .await
        .map_err(database_error)?;
        let Some(account) = account else {
            return Ok(false);
        };
        sqlx::query(
            "INSERT INTO account_links (token_hash, account_id, purpose, created_at, expires_at)
             VALUES ($1, $2, 'reset', $3, $4)",
        )
        .bind(request.link_hash)
        .bind(account)
        .bind(request.at)
        .bind(request.link_expires_at)
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        insert_jobs(&mut tx, std::slice::from_ref(job)).await?;
        tx.commit().await.map_err(database_error)?;
        Ok(true)
    }

    async fn account_link(
        &self,
        link_hash: &str,
        now: OffsetDateTime,
    ) -> StorageResult<Option<AccountLink>> {
        let row = sqlx::query(
            "SELECT k.account_id, k.purpose, k.expires_at, l.email
             FROM account_links k JOIN local_logins l ON l.account_id = k.account_id
             WHERE k.token_hash = $1 AND k.expires_at > $2",
        )
        .bind(link_hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .map_err(database_error)?;
        row.map(|row| {
            Ok(AccountLink {
                account: AccountId(row.get("account_id")),
                email: email(row.get("email"))?,
                purpose: LinkPurpose::parse(row.get("purpose"))
                    .ok_or_else(|| corrupt("account_links.purpose"))?,
                expires_at: row.get("expires_at"),
            })
        })
        .transpose()
    }

    async fn confirm_local(
        &self,
        link_hash: &str,
        now: OffsetDateTime,
    ) -> StorageResult<AccountId> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let account: i64 = sqlx::query_scalar(
            "SELECT account_id FROM account_links
             WHERE token_hash = $1 AND purpose = 'verify' AND expires_at > $2",
        )
        .bind(link_hash)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await
        .map_err(database_error)?
        .ok_or(StorageError::NotFound)?;
        sqlx::query(
            "UPDATE local_logins SET verified_at = coalesce(verified_at, $1) WHERE account_id = $2",
        )
        .bind(now)
        .bind(account)
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        sqlx::query("DELETE FROM account_links WHERE account_id = $1 AND purpose = 'verify'")
            .bind(account)
            .execute(&mut *tx)
            .await
            .map_err(database_error)?;
        tx.commit().await.map_err(database_error)?;
        Ok(AccountId(account))
    }

    async fn set_local_password(
        &self,
        link_hash: &str,
        password_hash: &str,
        now: OffsetDateTime,
    ) -> StorageResult<AccountId> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let account: i64 = sqlx::query_scalar(
            "SELECT account_id FROM account_links
             WHERE token_hash = $1 AND purpose IN ('reset', 'registered_again') AND expires_at > $2",
        )
        .bind(link_hash)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await
        .map_err(database_error)?
        .ok_or(StorageError::NotFound)?;
        sqlx::query(
            "UPDATE local_logins SET password_hash = $1, verified_at = coalesce(verified_at, $2)
             WHERE account_id = $3",
        )
        .bind(password_hash)
        .bind(now)
        .bind(account)
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        for statement in [
            "DELETE FROM account_links WHERE account_id = $1",
            "DELETE FROM sessions WHERE account_id = $1",
        ] {
            sqlx::query(statement)
                .bind(account)
                .execute(&mut *tx)
                .await
                .map_err(database_error)?;
        }
        tx.commit().await.map_err(database_error)?;
        Ok(AccountId(account))
    }

    async fn delete_stale_local_registrations(
        &self,
        now: OffsetDateTime,
        unconfirmed_before: OffsetDateTime,
    ) -> StorageResult<u64> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        sqlx::query("DELETE FROM account_links WHERE expires_at <= $1")
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(database_error)?;
        let deleted = sqlx::query(
            "DELETE FROM accounts WHERE id IN (
                 SELECT account_id FROM local_logins
                 WHERE verified_at IS NULL AND created_at < $1)",
        )
        .bind(unconfirmed_before)
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        tx.commit().await.map_err(database_error)?;
        Ok(deleted.rows_affected())
    }
}
