//! Decisions in SQLite. Preparing one moves its case in the same transaction; releasing one
//! files the letter, posts the message and records the release together, once (`released_at IS
//! NULL` is a condition of the UPDATE).

use async_trait::async_trait;
use domain::application::CaseState;
use domain::audit::AuditEvent;
use domain::case::CaseId;
use domain::delivery::figures::MonthlyLetters;
use domain::delivery::{Channel, PaperReason};
use domain::letter::{DecisionText, Outcome};
use domain::staff::StaffId;
use sqlx::Row;
use sqlx::sqlite::SqliteRow;
use storage::postfach::JobsFor;
use storage::{
    Decision, DecisionStore, MessageId, NewRelease, Release, StorageError, StorageResult,
};
use time::OffsetDateTime;

use crate::SqliteStorage;
use crate::convert::{database_error, from_micros, to_micros};
use crate::outbox::insert_jobs;

fn corrupt(what: &str) -> StorageError {
    StorageError::Corrupt(format!("decisions.{what}"))
}

fn decision_from(row: &SqliteRow) -> StorageResult<Decision> {
    let outcome: String = row.get("outcome");
    let release = match row.get::<Option<i64>, _>("released_at") {
        None => None,
        Some(released_at) => {
            let channel = match row.get::<Option<String>, _>("channel").as_deref() {
                Some("postfach") => Channel::Postfach,
                Some("paper") => Channel::Paper(
                    row.get::<Option<String>, _>("paper_reason")
                        .as_deref()
                        .and_then(PaperReason::parse)
                        .ok_or_else(|| corrupt("paper_reason"))?,
                ),
                _ => return Err(corrupt("channel")),
            };
            Some(Release {
                released_at: from_micros(released_at)?,
                document_number: row
                    .get::<Option<i64>, _>("document_number")
                    .and_then(|n| u32::try_from(n).ok())
                    .ok_or_else(|| corrupt("document_number"))?,
                sha256: row
                    .get::<Option<String>, _>("letter_sha256")
                    .ok_or_else(|| corrupt("letter_sha256"))?,
                channel,
                message: row.get::<Option<i64>, _>("message_id").map(MessageId),
            })
        }
    };
    Ok(Decision {
        case: CaseId(row.get("case_id")),
        text: DecisionText {
            outcome: Outcome::parse(&outcome).ok_or_else(|| corrupt("outcome"))?,
            reasoning: row.get("reasoning"),
        },
        written_by: StaffId(row.get("written_by")),
        written_at: from_micros(row.get("written_at"))?,
        release,
    })
}

#[async_trait]
impl DecisionStore for SqliteStorage {
    async fn prepare_decision(
        &self,
        case: CaseId,
        text: &DecisionText,
        author: StaffId,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;
        crate::case::move_in(
            &mut tx,
            case,
            CaseState::InBearbeitung,
            CaseState::EntscheidungVorbereitet,
            None,
            at,
        )
        .await?;
        sqlx::query(
            "INSERT INTO decisions (case_id, outcome, reasoning, written_by, written_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (case_id) DO UPDATE SET outcome = excluded.outcome,
                 reasoning = excluded.reasoning, written_by = excluded.written_by,
                 written_at = excluded.written_at
             WHERE decisions.released_at IS NULL",
        )
        .bind(case.0)
        .bind(text.outcome.as_str())
        .bind(&text.reasoning)
        .bind(author.0)
        .bind(to_micros(at))
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)
    }

    async fn decision(&self, case: CaseId) -> StorageResult<Option<Decision>> {
        let row = sqlx::query("SELECT * FROM decisions WHERE case_id = ?1")
            .bind(case.0)
            .fetch_optional(&self.pool)
            .await
            .map_err(database_error)?;
        row.as_ref().map(decision_from).transpose()
    }

    async fn release_decision(
        &self,
        case: CaseId,
        release: &NewRelease<'_>,
        jobs_for: JobsFor<'_>,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<Release> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;
        let released: Option<Option<i64>> =
            sqlx::query_scalar("SELECT released_at FROM decisions WHERE case_id = ?1")
                .bind(case.0)
                .fetch_optional(&mut *tx)
                .await
                .map_err(database_error)?;
        match released {
            None => return Err(StorageError::NotFound),
            Some(Some(_)) => {
                return Err(StorageError::Conflict(format!(
                    "the decision of case {case} was released before"
                )));
            }
            Some(None) => {}
        }
        let number = crate::record::file_in_case_akte(&mut tx, case, &release.letter, at).await?;
        let message = match &release.message {
            Some(message) => {
                let id = crate::postfach::insert_message(&mut tx, message).await?;
                insert_jobs(&mut tx, &jobs_for(id)).await?;
                Some(id)
            }
            None => None,
        };
        let (channel, reason) = match release.channel {
            Channel::Postfach => ("postfach", None),
            Channel::Paper(reason) => ("paper", Some(reason.as_str())),
        };
        sqlx::query(
            "UPDATE decisions SET released_at = ?2, document_number = ?3, letter_sha256 = ?4,
                 channel = ?5, paper_reason = ?6, message_id = ?7
             WHERE case_id = ?1 AND released_at IS NULL",
        )
        .bind(case.0)
        .bind(to_micros(at))
        .bind(i64::from(number))
        .bind(&release.letter.content.sha256)
        .bind(channel)
        .bind(reason)
        .bind(message.map(|id| id.0))
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)?;
        Ok(Release {
            released_at: at,
            document_number: number,
            sha256: release.letter.content.sha256.clone(),
            channel: release.channel,
            message,
        })
    }

    async fn letters_per_month(&self, tenant_slug: &str) -> StorageResult<Vec<MonthlyLetters>> {
        let rows = sqlx::query(
            "SELECT CAST(strftime('%Y', d.released_at / 1000000, 'unixepoch') AS INTEGER) AS year,
                    CAST(strftime('%m', d.released_at / 1000000, 'unixepoch') AS INTEGER) AS month,
                    SUM(CASE WHEN d.channel = 'postfach' AND m.paper_at IS NULL THEN 1 ELSE 0 END)
                        AS digital,
                    SUM(CASE WHEN d.channel = 'paper' OR m.paper_at IS NOT NULL THEN 1 ELSE 0 END)
                        AS paper
               FROM decisions d
               JOIN cases c ON c.id = d.case_id
               JOIN tenants t ON t.id = c.tenant_id
               LEFT JOIN postfach_messages m ON m.id = d.message_id
              WHERE t.slug = ?1 AND d.released_at IS NOT NULL
              GROUP BY year, month
              ORDER BY year, month",
        )
        .bind(tenant_slug)
        .fetch_all(&self.pool)
        .await
        .map_err(database_error)?;
        rows.iter()
            .map(|row| {
                let count = |column: &str| {
                    u32::try_from(row.get::<i64, _>(column)).map_err(|_| corrupt(column))
                };
                Ok(MonthlyLetters {
                    year: i32::try_from(row.get::<i64, _>("year")).map_err(|_| corrupt("year"))?,
                    month: u8::try_from(row.get::<i64, _>("month"))
                        .map_err(|_| corrupt("month"))?,
                    digital: count("digital")?,
                    paper: count("paper")?,
                })
            })
            .collect()
    }
}
