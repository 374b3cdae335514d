//! Accounts, sessions and logins in progress in PostgreSQL.

use async_trait::async_trait;
use domain::account::AccountId;
use domain::application::{CaseState, DraftToken, Reference};
use domain::audit::AuditEvent;
use domain::service::TrustLevel;
use sqlx::Row;
use sqlx::postgres::PgRow;
use storage::{
    Account, AccountApplication, AccountStore, CitizenLogin, DeletedAccount, LoginFlow, NewSession,
    Session, StorageError, StorageResult,
};
use time::{Duration, OffsetDateTime};

use crate::PostgresStorage;
use crate::convert::database_error;

fn corrupt(what: &str) -> StorageError {
    StorageError::Corrupt(what.to_owned())
}

fn level(column: &str, value: &str) -> StorageResult<TrustLevel> {
    TrustLevel::parse(value).ok_or_else(|| corrupt(column))
}

fn session_from(row: &PgRow) -> StorageResult<Session> {
    Ok(Session {
        id_hash: row.get("id_hash"),
        account: AccountId(row.get("account_id")),
        trust_level: level("sessions.trust_level", row.get("trust_level"))?,
        label: row.get("label"),
        created_at: row.get("created_at"),
        last_seen_at: row.get("last_seen_at"),
        expires_at: row.get("expires_at"),
        idle: Duration::microseconds(row.get("idle_micros")),
    })
}

const SESSION_COLUMNS: &str =
    "id_hash, account_id, trust_level, label, created_at, last_seen_at, expires_at, idle_micros";

/// One row of drafts joined with their submissions (`token, service_id, updated_at,
/// expires_at, reference, state, submitted_at`) as an account's or organisation's application.
pub(crate) fn account_application_from(row: &PgRow) -> StorageResult<AccountApplication> {
    let reference: Option<&str> = row.get("reference");
    let submission = match reference {
        Some(reference) => Some((
            Reference::parse(reference).map_err(|_| corrupt("submissions.reference"))?,
            CaseState::parse(row.get("state")).ok_or_else(|| corrupt("submissions.state"))?,
            row.get("submitted_at"),
        )),
        None => None,
    };
    Ok(AccountApplication {
        token: DraftToken::parse(row.get("token")).ok_or_else(|| corrupt("drafts.token"))?,
        service_id: row.get("service_id"),
        updated_at: row.get("updated_at"),
        expires_at: row.get("expires_at"),
        submission,
    })
}

#[async_trait]
impl AccountStore for PostgresStorage {
    async fn upsert_citizen(&self, login: &CitizenLogin<'_>) -> StorageResult<AccountId> {
        let tenant_id: i64 = sqlx::query_scalar("SELECT id FROM tenants WHERE slug = $1")
            .bind(login.tenant_slug)
            .fetch_optional(&self.pool)
            .await
            .map_err(database_error)?
            .ok_or(StorageError::NotFound)?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO accounts (tenant_id, issuer, subject, claims, created_at, last_login_at)
             VALUES ($1, $2, $3, $4, $5, $5)
             ON CONFLICT (tenant_id, issuer, subject)
             DO UPDATE SET claims = excluded.claims, last_login_at = excluded.last_login_at
             RETURNING id",
        )
        .bind(tenant_id)
        .bind(login.issuer)
        .bind(login.subject)
        .bind(serde_json::to_value(login.claims).map_err(|e| corrupt(&e.to_string()))?)
        .bind(login.at)
        .fetch_one(&self.pool)
        .await
        .map_err(database_error)?;
        Ok(AccountId(id))
    }

    async fn account(&self, id: AccountId) -> StorageResult<Option<Account>> {
        let row = sqlx::query(
            "SELECT id, issuer, subject, claims, created_at, last_login_at, digital_delivery_since
             FROM accounts WHERE id = $1",
        )
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await
        .map_err(database_error)?;
        row.map(|row| {
            Ok(Account {
                id: AccountId(row.get("id")),
                issuer: row.get("issuer"),
                subject: row.get("subject"),
                claims: serde_json::from_value(row.get("claims"))
                    .map_err(|_| corrupt("accounts.claims"))?,
                created_at: row.get("created_at"),
                last_login_at: row.get("last_login_at"),
                digital_delivery_since: row.get("digital_delivery_since"),
            })
        })
        .transpose()
    }

    async fn set_digital_delivery(
        &self,
        account: AccountId,
        consent: bool,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let found = sqlx::query(
            "UPDATE accounts
                SET digital_delivery_since = CASE WHEN $1 THEN coalesce(digital_delivery_since, $2) END
              WHERE id = $3",
        )
        .bind(consent)
        .bind(at)
        .bind(account.0)
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        if found.rows_affected() == 0 {
            return Err(StorageError::NotFound);
        }
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)
    }

    async fn create_session(&self, session: &NewSession<'_>) -> StorageResult<()> {
        sqlx::query(
            "INSERT INTO sessions (id_hash, account_id, trust_level, label, created_at, last_seen_at,
                                   expires_at, idle_micros)
             VALUES ($1, $2, $3, $4, $5, $5, $6, $7)",
        )
        .bind(session.id_hash)
        .bind(session.account.0)
        .bind(session.trust_level.as_str())
        .bind(session.label)
        .bind(session.created_at)
        .bind(session.expires_at)
        .bind(i64::try_from(session.idle.whole_microseconds()).unwrap_or(i64::MAX))
        .execute(&self.pool)
        .await
        .map_err(database_error)?;
        Ok(())
    }

    async fn session(&self, id_hash: &str) -> StorageResult<Option<Session>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {SESSION_COLUMNS} FROM sessions WHERE id_hash = $1"
        ));
        let row = sqlx::query(sql)
            .bind(id_hash)
            .fetch_optional(&self.pool)
            .await
            .map_err(database_error)?;
        row.as_ref().map(session_from).transpose()
    }

    async fn touch_session(&self, id_hash: &str, now: OffsetDateTime) -> StorageResult<()> {
        sqlx::query(
            "UPDATE sessions SET last_seen_at = GREATEST(last_seen_at, $2) WHERE id_hash = $1",
        )
        .bind(id_hash)
        .bind(now)
        .execute(&self.pool)
        .await
        .map_err(database_error)?;
        Ok(())
    }

    async fn end_session(&self, id_hash: &str) -> StorageResult<()> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(id_hash)
            .execute(&self.pool)
            .await
            .map_err(database_error)?;
        Ok(())
    }

    async fn end_sessions_of(&self, account: AccountId) -> StorageResult<u64> {
        let done = sqlx::query("DELETE FROM sessions WHERE account_id = $1")
            .bind(account.0)
            .execute(&self.pool)
            .await
            .map_err(database_error)?;
        Ok(done.rows_affected())
    }

    async fn sessions_of(
        &self,
        account: AccountId,
        now: OffsetDateTime,
    ) -> StorageResult<Vec<Session>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {SESSION_COLUMNS} FROM sessions WHERE account_id = $1 ORDER BY created_at DESC"
        ));
        let rows = sqlx::query(sql)
            .bind(account.0)
            .fetch_all(&self.pool)
            .await
            .map_err(database_error)?;
        let sessions = rows
            .iter()
            .map(session_from)
            .collect::<StorageResult<Vec<_>>>()?;
        Ok(sessions
            .into_iter()
            .filter(|session| session.is_live(now))
            .collect())
    }

    async fn delete_expired_sessions(
        &self,
        now: OffsetDateTime,
        stale_logins_before: OffsetDateTime,
    ) -> StorageResult<u64> {
        let sessions = sqlx::query(
            "DELETE FROM sessions
             WHERE expires_at <= $1 OR last_seen_at + idle_micros * INTERVAL '1 microsecond' <= $1",
        )
        .bind(now)
        .execute(&self.pool)
        .await
        .map_err(database_error)?;
        sqlx::query("DELETE FROM login_flows WHERE created_at < $1")
            .bind(stale_logins_before)
            .execute(&self.pool)
            .await
            .map_err(database_error)?;
        Ok(sessions.rows_affected())
    }

    async fn begin_login(&self, flow: &LoginFlow) -> StorageResult<()> {
        sqlx::query(
            "INSERT INTO login_flows (state, pkce_verifier, nonce, return_to, trust_level, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&flow.state)
        .bind(&flow.pkce_verifier)
        .bind(&flow.nonce)
        .bind(&flow.return_to)
        .bind(flow.trust_level.as_str())
        .bind(flow.created_at)
        .execute(&self.pool)
        .await
        .map_err(database_error)?;
        Ok(())
    }

    async fn take_login(&self, state: &str) -> StorageResult<Option<LoginFlow>> {
        let row = sqlx::query(
            "DELETE FROM login_flows WHERE state = $1
             RETURNING state, pkce_verifier, nonce, return_to, trust_level, created_at",
        )
        .bind(state)
        .fetch_optional(&self.pool)
        .await
        .map_err(database_error)?;
        row.map(|row| {
            Ok(LoginFlow {
                state: row.get("state"),
                pkce_verifier: row.get("pkce_verifier"),
                nonce: row.get("nonce"),
                return_to: row.get("return_to"),
                trust_level: level("login_flows.trust_level", row.get("trust_level"))?,
                created_at: row.get("created_at"),
            })
        })
        .transpose()
    }

    async fn applications_of(&self, account: AccountId) -> StorageResult<Vec<AccountApplication>> {
        let rows = sqlx::query(
            "SELECT d.token, d.service_id, d.updated_at, d.expires_at,
                    s.reference, s.state, s.submitted_at
             FROM drafts d LEFT JOIN submissions s ON s.draft_token = d.token
             WHERE d.account_id = $1
             ORDER BY d.updated_at DESC",
        )
        .bind(account.0)
        .fetch_all(&self.pool)
        .await
        .map_err(database_error)?;
        rows.iter().map(account_application_from).collect()
    }

    async fn delete_account(
        &self,
        account: AccountId,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<DeletedAccount> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM accounts WHERE id = $1")
            .bind(account.0)
            .fetch_optional(&mut *tx)
            .await
            .map_err(database_error)?;
        if exists.is_none() {
            return Err(StorageError::NotFound);
        }
        let upload_keys: Vec<String> = sqlx::query_scalar(
            "SELECT u.storage_key FROM uploads u JOIN drafts d ON d.token = u.draft_token
             WHERE d.account_id = $1 AND d.submission_reference IS NULL",
        )
        .bind(account.0)
        .fetch_all(&mut *tx)
        .await
        .map_err(database_error)?;
        let drafts = sqlx::query(
            "DELETE FROM drafts WHERE account_id = $1 AND submission_reference IS NULL",
        )
        .bind(account.0)
        .execute(&mut *tx)
        .await
        .map_err(database_error)?
        .rows_affected();
        let submissions_kept =
            sqlx::query("UPDATE drafts SET account_id = NULL WHERE account_id = $1")
                .bind(account.0)
                .execute(&mut *tx)
                .await
                .map_err(database_error)?
                .rows_affected();
        sqlx::query("DELETE FROM accounts WHERE id = $1")
            .bind(account.0)
            .execute(&mut *tx)
            .await
            .map_err(database_error)?;
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)?;
        Ok(DeletedAccount {
            drafts,
            upload_keys,
            submissions_kept,
        })
    }
}
