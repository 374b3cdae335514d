//! The Postfach in SQLite. "Once" is a condition of each UPDATE (`… IS NULL`), so two
//! requests racing each other cannot both be first.

use async_trait::async_trait;
use domain::account::AccountId;
use domain::audit::AuditEvent;
use domain::case::CaseId;
use domain::organisation::OrganisationId;
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, SqliteConnection};
use storage::postfach::JobsFor;
use storage::{
    Mailbox, Message, MessageId, NewJob, NewMessage, PostfachStore, StorageError, StorageResult,
    VersionContent,
};
use time::OffsetDateTime;

use crate::SqliteStorage;
use crate::convert::{database_error, from_micros, to_micros};
use crate::outbox::insert_jobs;

const MESSAGE: &str = "SELECT id, account_id, organisation_id, case_id, subject, body, file_name,
        media_type, size_bytes, sha256, storage_key, decision, created_at, notified_at,
        retrieved_at, paper_at
     FROM postfach_messages";

fn corrupt(what: &str) -> StorageError {
    StorageError::Corrupt(format!("postfach_messages.{what}"))
}

fn moment(row: &SqliteRow, column: &str) -> StorageResult<Option<OffsetDateTime>> {
    row.get::<Option<i64>, _>(column)
        .map(from_micros)
        .transpose()
}

fn message_from(row: &SqliteRow) -> StorageResult<Message> {
    let mailbox = match (
        row.get::<Option<i64>, _>("account_id"),
        row.get::<Option<i64>, _>("organisation_id"),
    ) {
        (Some(account), None) => Mailbox::Account(AccountId(account)),
        (None, Some(organisation)) => Mailbox::Organisation(OrganisationId(organisation)),
        _ => return Err(corrupt("mailbox")),
    };
    let letter = match row.get::<Option<String>, _>("storage_key") {
        Some(storage_key) => Some(VersionContent {
            file_name: row
                .get::<Option<String>, _>("file_name")
                .ok_or_else(|| corrupt("file_name"))?,
            media_type: row
                .get::<Option<String>, _>("media_type")
                .ok_or_else(|| corrupt("media_type"))?,
            size_bytes: row
                .get::<Option<i64>, _>("size_bytes")
                .and_then(|size| u64::try_from(size).ok())
                .ok_or_else(|| corrupt("size_bytes"))?,
            sha256: row
                .get::<Option<String>, _>("sha256")
                .ok_or_else(|| corrupt("sha256"))?,
            storage_key,
        }),
        None => None,
    };
    Ok(Message {
        id: MessageId(row.get("id")),
        mailbox,
        case: row.get::<Option<i64>, _>("case_id").map(CaseId),
        subject: row.get("subject"),
        body: row.get("body"),
        letter,
        decision: row.get("decision"),
        created_at: from_micros(row.get("created_at"))?,
        notified_at: moment(row, "notified_at")?,
        retrieved_at: moment(row, "retrieved_at")?,
        paper_at: moment(row, "paper_at")?,
    })
}

#[async_trait]
impl PostfachStore for SqliteStorage {
    async fn post_message(
        &self,
        message: &NewMessage<'_>,
        jobs_for: JobsFor<'_>,
        audit: &AuditEvent,
    ) -> StorageResult<MessageId> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;
        let id = insert_message(&mut tx, message).await?;
        insert_jobs(&mut tx, &jobs_for(id)).await?;
        crate::audit::append(&mut tx, message.created_at, audit).await?;
        tx.commit().await.map_err(database_error)?;
        Ok(id)
    }

    async fn messages(&self, mailbox: Mailbox) -> StorageResult<Vec<Message>> {
        let (sql, id) = match mailbox {
            Mailbox::Account(id) => (
                format!("{MESSAGE} WHERE account_id = ?1 ORDER BY id DESC"),
                id.0,
            ),
            Mailbox::Organisation(id) => (
                format!("{MESSAGE} WHERE organisation_id = ?1 ORDER BY id DESC"),
                id.0,
            ),
        };
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_all(&self.pool)
            .await
            .map_err(database_error)?;
        rows.iter().map(message_from).collect()
    }

    async fn message(&self, id: MessageId) -> StorageResult<Option<Message>> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!("{MESSAGE} WHERE id = ?1")))
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await
            .map_err(database_error)?;
        row.as_ref().map(message_from).transpose()
    }

    async fn record_notice(&self, id: MessageId, at: OffsetDateTime) -> StorageResult<()> {
        let found = sqlx::query(
            "UPDATE postfach_messages SET notified_at = coalesce(notified_at, ?1) WHERE id = ?2",
        )
        .bind(to_micros(at))
        .bind(id.0)
        .execute(&self.pool)
        .await
        .map_err(database_error)?;
        if found.rows_affected() == 0 {
            return Err(StorageError::NotFound);
        }
        Ok(())
    }

    async fn record_retrieval(
        &self,
        id: MessageId,
        jobs: &[NewJob],
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<bool> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;
        let row = sqlx::query("SELECT retrieved_at, paper_at FROM postfach_messages WHERE id = ?1")
            .bind(id.0)
            .fetch_optional(&mut *tx)
            .await
            .map_err(database_error)?
            .ok_or(StorageError::NotFound)?;
        if row.get::<Option<i64>, _>("paper_at").is_some() {
            return Err(StorageError::Conflict(format!(
                "message {id} went on paper"
            )));
        }
        if row.get::<Option<i64>, _>("retrieved_at").is_some() {
            return Ok(false);
        }
        sqlx::query("UPDATE postfach_messages SET retrieved_at = ?1 WHERE id = ?2")
            .bind(to_micros(at))
            .bind(id.0)
            .execute(&mut *tx)
            .await
            .map_err(database_error)?;
        insert_jobs(&mut tx, jobs).await?;
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)?;
        Ok(true)
    }

    async fn unretrieved_decisions(
        &self,
        notified_before: OffsetDateTime,
    ) -> StorageResult<Vec<Message>> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "{MESSAGE} WHERE decision = 1 AND retrieved_at IS NULL AND paper_at IS NULL
               AND notified_at < ?1 ORDER BY id"
        )))
        .bind(to_micros(notified_before))
        .fetch_all(&self.pool)
        .await
        .map_err(database_error)?;
        rows.iter().map(message_from).collect()
    }

    async fn record_paper_fallback(
        &self,
        id: MessageId,
        jobs: &[NewJob],
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<bool> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;
        let changed = sqlx::query(
            "UPDATE postfach_messages SET paper_at = ?1
             WHERE id = ?2 AND retrieved_at IS NULL AND paper_at IS NULL",
        )
        .bind(to_micros(at))
        .bind(id.0)
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        if changed.rows_affected() == 0 {
            return Ok(false);
        }
        insert_jobs(&mut tx, jobs).await?;
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)?;
        Ok(true)
    }
}

/// Stores a new message inside `connection`'s transaction. `NotFound` for an unknown tenant.
pub(crate) async fn insert_message(
    connection: &mut SqliteConnection,
    message: &NewMessage<'_>,
) -> StorageResult<MessageId> {
    let (account, organisation) = match message.mailbox {
        Mailbox::Account(id) => (Some(id.0), None),
        Mailbox::Organisation(id) => (None, Some(id.0)),
    };
    let letter = message.letter.as_ref();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO postfach_messages (tenant_id, account_id, organisation_id, case_id,
                 subject, body, file_name, media_type, size_bytes, sha256, storage_key, decision,
                 created_at)
             SELECT t.id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13
               FROM tenants t WHERE t.slug = ?1
             RETURNING id",
    )
    .bind(message.tenant_slug)
    .bind(account)
    .bind(organisation)
    .bind(message.case.map(|case| case.0))
    .bind(message.subject)
    .bind(message.body)
    .bind(letter.map(|l| l.file_name.as_str()))
    .bind(letter.map(|l| l.media_type.as_str()))
    .bind(letter.map(|l| i64::try_from(l.size_bytes).unwrap_or(i64::MAX)))
    .bind(letter.map(|l| l.sha256.as_str()))
    .bind(letter.map(|l| l.storage_key.as_str()))
    .bind(message.decision)
    .bind(to_micros(message.created_at))
    .fetch_optional(&mut *connection)
    .await
    .map_err(database_error)?
    .ok_or(StorageError::NotFound)?;
    Ok(MessageId(id))
}
