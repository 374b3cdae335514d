//! Feedback on accessibility in PostgreSQL.

use async_trait::async_trait;
use domain::{AccessibilityFeedback, EmailAddress, FeedbackId, Locale, SubmissionKey};
use sqlx::Row;
use storage::{
    FeedbackStore, Inserted, NewFeedback, NewJob, StorageError, StorageResult, StoredFeedback,
};

use crate::PostgresStorage;
use crate::convert::database_error;
use crate::outbox::insert_jobs;

#[async_trait]
impl FeedbackStore for PostgresStorage {
    async fn insert_feedback(
        &self,
        new: NewFeedback<'_>,
        jobs: &[NewJob],
    ) -> StorageResult<Inserted<FeedbackId>> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let tenant_id: i64 = sqlx::query_scalar("SELECT id FROM tenants WHERE slug = $1")
            .bind(new.tenant_slug)
            .fetch_optional(&mut *tx)
            .await
            .map_err(database_error)?
            .ok_or(StorageError::NotFound)?;

        let created: Option<i64> = sqlx::query_scalar(
            "INSERT INTO accessibility_feedback
               (tenant_id, submission_key, sender_name, sender_email, page, message, locale, received_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (submission_key) DO NOTHING
             RETURNING id",
        )
        .bind(tenant_id)
        .bind(new.key.as_str())
        .bind(new.feedback.name.as_deref())
        .bind(new.feedback.email.as_ref().map(EmailAddress::as_str))
        .bind(new.feedback.page.as_deref())
        .bind(&new.feedback.message)
        .bind(new.locale.tag())
        .bind(new.received_at)
        .fetch_optional(&mut *tx)
        .await
        .map_err(database_error)?;

        let outcome = match created {
            Some(id) => {
                insert_jobs(&mut tx, jobs).await?;
                Inserted::Created(FeedbackId(id))
            }
            None => {
                let id: i64 = sqlx::query_scalar(
                    "SELECT id FROM accessibility_feedback WHERE submission_key = $1",
                )
                .bind(new.key.as_str())
                .fetch_one(&mut *tx)
                .await
                .map_err(database_error)?;
                Inserted::AlreadyThere(FeedbackId(id))
            }
        };
        tx.commit().await.map_err(database_error)?;
        Ok(outcome)
    }

    async fn feedback_by_key(&self, key: &SubmissionKey) -> StorageResult<Option<StoredFeedback>> {
        let row = sqlx::query(
            "SELECT f.id, t.slug, f.submission_key, f.sender_name, f.sender_email, f.page,
                    f.message, f.locale, f.received_at
             FROM accessibility_feedback f JOIN tenants t ON t.id = f.tenant_id
             WHERE f.submission_key = $1",
        )
        .bind(key.as_str())
        .fetch_optional(&self.pool)
        .await
        .map_err(database_error)?;
        let Some(row) = row else { return Ok(None) };

        let corrupt = |what: &str| StorageError::Corrupt(format!("accessibility_feedback.{what}"));
        let email: Option<&str> = row.get("sender_email");
        Ok(Some(StoredFeedback {
            id: FeedbackId(row.get("id")),
            tenant_slug: row.get("slug"),
            key: SubmissionKey::parse(row.get("submission_key"))
                .map_err(|_| corrupt("submission_key"))?,
            feedback: AccessibilityFeedback {
                name: row.get("sender_name"),
                email: email
                    .map(EmailAddress::parse)
                    .transpose()
                    .map_err(|_| corrupt("sender_email"))?,
                page: row.get("page"),
                message: row.get("message"),
            },
            locale: Locale::from_tag(row.get("locale")).ok_or_else(|| corrupt("locale"))?,
            received_at: row.get("received_at"),
        }))
    }
}
