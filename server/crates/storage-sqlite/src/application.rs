//! Drafts and submissions in SQLite.

use async_trait::async_trait;
use domain::account::AccountId;
use domain::application::{CaseState, DraftToken, Reference};
use domain::audit::AuditEvent;
use domain::organisation::OrganisationId;
use domain::{EmailAddress, Locale};
use sqlx::Row;
use sqlx::sqlite::SqliteRow;
use storage::{
    ApplicationStore, Draft, DraftUpdate, ExpiredDrafts, Inserted, NewDraft, NewJob, NewSubmission,
    StorageError, StorageResult, Submission,
};
use time::OffsetDateTime;

use crate::SqliteStorage;
use crate::convert::{database_error, from_json, from_micros, to_json, to_micros};
use crate::outbox::insert_jobs;

fn corrupt(what: &str) -> StorageError {
    StorageError::Corrupt(what.to_owned())
}

fn draft_from(row: &SqliteRow) -> StorageResult<Draft> {
    let email: Option<&str> = row.get("email");
    let reference: Option<&str> = row.get("submission_reference");
    Ok(Draft {
        token: DraftToken::parse(row.get("token")).ok_or_else(|| corrupt("drafts.token"))?,
        service_id: row.get("service_id"),
        service_version: u32::try_from(row.get::<i64, _>("service_version")).unwrap_or_default(),
        locale: Locale::from_tag(row.get("locale")).ok_or_else(|| corrupt("drafts.locale"))?,
        values: from_json("drafts.form_values", row.get("form_values"))?,
        email: email
            .map(EmailAddress::parse)
            .transpose()
            .map_err(|_| corrupt("drafts.email"))?,
        revision: u32::try_from(row.get::<i64, _>("revision")).unwrap_or_default(),
        created_at: from_micros(row.get("created_at"))?,
        updated_at: from_micros(row.get("updated_at"))?,
        expires_at: from_micros(row.get("expires_at"))?,
        submission: reference
            .map(Reference::parse)
            .transpose()
            .map_err(|_| corrupt("drafts.submission_reference"))?,
        account: row.get::<Option<i64>, _>("account_id").map(AccountId),
        organisation: row
            .get::<Option<i64>, _>("organisation_id")
            .map(OrganisationId),
    })
}

fn submission_from(row: &SqliteRow) -> StorageResult<Submission> {
    let email: Option<&str> = row.get("applicant_email");
    Ok(Submission {
        reference: Reference::parse(row.get("reference"))
            .map_err(|_| corrupt("submissions.reference"))?,
        draft_token: DraftToken::parse(row.get("draft_token"))
            .ok_or_else(|| corrupt("submissions.draft_token"))?,
        service_id: row.get("service_id"),
        service_version: u32::try_from(row.get::<i64, _>("service_version")).unwrap_or_default(),
        locale: Locale::from_tag(row.get("locale")).ok_or_else(|| corrupt("submissions.locale"))?,
        answers: from_json("submissions.answers", row.get("answers"))?,
        computed: from_json("submissions.computed", row.get("computed"))?,
        applicant_email: email
            .map(EmailAddress::parse)
            .transpose()
            .map_err(|_| corrupt("submissions.applicant_email"))?,
        access_code_hash: row.get("access_code_hash"),
        state: CaseState::parse(row.get("state")).ok_or_else(|| corrupt("submissions.state"))?,
        submitted_at: from_micros(row.get("submitted_at"))?,
    })
}

const DRAFT_COLUMNS: &str = "token, service_id, service_version, locale, form_values, email, revision, \
    created_at, updated_at, expires_at, submission_reference, account_id, organisation_id";
const SUBMISSION_COLUMNS: &str = "reference, draft_token, service_id, service_version, locale, answers, computed, \
    applicant_email, access_code_hash, state, submitted_at";

#[async_trait]
impl ApplicationStore for SqliteStorage {
    async fn create_draft(&self, new: NewDraft<'_>) -> StorageResult<()> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;
        let tenant_id: i64 = sqlx::query_scalar("SELECT id FROM tenants WHERE slug = ?1")
            .bind(new.tenant_slug)
            .fetch_optional(&mut *tx)
            .await
            .map_err(database_error)?
            .ok_or(StorageError::NotFound)?;
        sqlx::query(
            "INSERT INTO drafts (token, tenant_id, service_id, service_version, locale, form_values,
                                 created_at, updated_at, expires_at, account_id, organisation_id)
             VALUES (?1, ?2, ?3, ?4, ?5, '{}', ?6, ?6, ?7, ?8, ?9)",
        )
        .bind(new.token.as_str())
        .bind(tenant_id)
        .bind(new.service_id)
        .bind(i64::from(new.service_version))
        .bind(new.locale.tag())
        .bind(to_micros(new.created_at))
        .bind(to_micros(new.expires_at))
        .bind(new.account.map(|account| account.0))
        .bind(new.organisation.map(|organisation| organisation.0))
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        tx.commit().await.map_err(database_error)
    }

    async fn draft(&self, token: &DraftToken) -> StorageResult<Option<Draft>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {DRAFT_COLUMNS} FROM drafts WHERE token = ?1"
        ));
        let row = sqlx::query(sql)
            .bind(token.as_str())
            .fetch_optional(&self.pool)
            .await
            .map_err(database_error)?;
        row.as_ref().map(draft_from).transpose()
    }

    async fn save_draft(&self, update: DraftUpdate<'_>) -> StorageResult<u32> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;
        let submitted: Option<Option<String>> =
            sqlx::query_scalar("SELECT submission_reference FROM drafts WHERE token = ?1")
                .bind(update.token.as_str())
                .fetch_optional(&mut *tx)
                .await
                .map_err(database_error)?;
        match submitted {
            None => return Err(StorageError::NotFound),
            Some(Some(reference)) => {
                return Err(StorageError::Conflict(format!(
                    "draft was submitted as {reference}"
                )));
            }
            Some(None) => {}
        }
        let revision: i64 = sqlx::query_scalar(
            "UPDATE drafts SET form_values = ?1, locale = ?2, updated_at = ?3, expires_at = ?4,
                               revision = revision + 1
             WHERE token = ?5 RETURNING revision",
        )
        .bind(to_json(update.values)?)
        .bind(update.locale.tag())
        .bind(to_micros(update.updated_at))
        .bind(to_micros(update.expires_at))
        .bind(update.token.as_str())
        .fetch_one(&mut *tx)
        .await
        .map_err(database_error)?;
        tx.commit().await.map_err(database_error)?;
        Ok(u32::try_from(revision).unwrap_or(u32::MAX))
    }

    async fn set_draft_email(
        &self,
        token: &DraftToken,
        email: Option<&EmailAddress>,
    ) -> StorageResult<()> {
        let updated = sqlx::query("UPDATE drafts SET email = ?1 WHERE token = ?2")
            .bind(email.map(EmailAddress::as_str))
            .bind(token.as_str())
            .execute(&self.pool)
            .await
            .map_err(database_error)?;
        if updated.rows_affected() == 1 {
            Ok(())
        } else {
            Err(StorageError::NotFound)
        }
    }

    async fn submit_draft(
        &self,
        new: NewSubmission<'_>,
        jobs: &[NewJob],
    ) -> StorageResult<Inserted<Reference>> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;
        let draft = sqlx::query(
            "SELECT tenant_id, service_id, service_version, submission_reference FROM drafts WHERE token = ?1",
        )
        .bind(new.token.as_str())
        .fetch_optional(&mut *tx)
        .await
        .map_err(database_error)?
        .ok_or(StorageError::NotFound)?;
        if let Some(reference) = draft.get::<Option<&str>, _>("submission_reference") {
            let reference =
                Reference::parse(reference).map_err(|_| corrupt("drafts.submission_reference"))?;
            return Ok(Inserted::AlreadyThere(reference));
        }
        let tenant_id: i64 = draft.get("tenant_id");
        let year = new.submitted_at.year();
        let number: i64 = sqlx::query_scalar(
            "INSERT INTO reference_counters (tenant_id, year, last_number) VALUES (?1, ?2, 1)
             ON CONFLICT (tenant_id, year) DO UPDATE SET last_number = last_number + 1
             RETURNING last_number",
        )
        .bind(tenant_id)
        .bind(year)
        .fetch_one(&mut *tx)
        .await
        .map_err(database_error)?;
        let reference = Reference::new(
            new.reference_prefix,
            year,
            u32::try_from(number).unwrap_or(u32::MAX),
        );

        sqlx::query(
            "INSERT INTO submissions (reference, tenant_id, draft_token, service_id, service_version, locale,
                                      answers, computed, applicant_email, access_code_hash, state, submitted_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )
        .bind(reference.to_string())
        .bind(tenant_id)
        .bind(new.token.as_str())
        .bind(draft.get::<String, _>("service_id"))
        .bind(draft.get::<i64, _>("service_version"))
        .bind(new.locale.tag())
        .bind(to_json(&new.answers)?)
        .bind(to_json(&new.computed)?)
        .bind(new.applicant_email.map(EmailAddress::as_str))
        .bind(new.access_code_hash)
        .bind(CaseState::Eingegangen.as_str())
        .bind(to_micros(new.submitted_at))
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        sqlx::query(
            "UPDATE drafts SET submission_reference = ?1, updated_at = ?3 WHERE token = ?2",
        )
        .bind(reference.to_string())
        .bind(new.token.as_str())
        .bind(to_micros(new.submitted_at))
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        insert_jobs(&mut tx, jobs).await?;
        let audit = AuditEvent {
            object: format!("submission:{reference}"),
            ..new.audit
        };
        crate::audit::append(&mut tx, new.submitted_at, &audit).await?;
        tx.commit().await.map_err(database_error)?;
        Ok(Inserted::Created(reference))
    }

    async fn submission(&self, reference: &Reference) -> StorageResult<Option<Submission>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {SUBMISSION_COLUMNS} FROM submissions WHERE reference = ?1"
        ));
        let row = sqlx::query(sql)
            .bind(reference.to_string())
            .fetch_optional(&self.pool)
            .await
            .map_err(database_error)?;
        row.as_ref().map(submission_from).transpose()
    }

    async fn submission_for_draft(&self, token: &DraftToken) -> StorageResult<Option<Submission>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {SUBMISSION_COLUMNS} FROM submissions WHERE draft_token = ?1"
        ));
        let row = sqlx::query(sql)
            .bind(token.as_str())
            .fetch_optional(&self.pool)
            .await
            .map_err(database_error)?;
        row.as_ref().map(submission_from).transpose()
    }

    async fn delete_expired_drafts(&self, now: OffsetDateTime) -> StorageResult<ExpiredDrafts> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;
        let upload_keys: Vec<String> = sqlx::query_scalar(
            "SELECT u.storage_key FROM uploads u JOIN drafts d ON d.token = u.draft_token
             WHERE d.submission_reference IS NULL AND d.expires_at < ?1",
        )
        .bind(to_micros(now))
        .fetch_all(&mut *tx)
        .await
        .map_err(database_error)?;
        let deleted = sqlx::query(
            "DELETE FROM drafts WHERE submission_reference IS NULL AND expires_at < ?1",
        )
        .bind(to_micros(now))
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        tx.commit().await.map_err(database_error)?;
        Ok(ExpiredDrafts {
            drafts: deleted.rows_affected(),
            upload_keys,
        })
    }
}
