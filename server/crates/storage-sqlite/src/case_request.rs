//! Nachforderungen in SQLite. Asking and answering each move the submission's state in the
//! same transaction, from the state they expect only.

use async_trait::async_trait;
use domain::application::DraftToken;
use domain::audit::AuditEvent;
use domain::case::CaseId;
use domain::staff::StaffId;
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, SqliteConnection};
use storage::{
    InformationRequest, InformationRequestStore, NewInformationRequest, NewJob, StorageError,
    StorageResult, Upload,
};
use time::OffsetDateTime;

use crate::SqliteStorage;
use crate::convert::{database_error, from_micros, to_micros};

const REQUEST: &str = "SELECT r.id, r.case_id, r.question, r.asked_by, st.display_name,
        r.asked_at, r.answer, r.answered_at
     FROM information_requests r
     JOIN staff st ON st.id = r.asked_by";

fn request_from(row: &SqliteRow) -> StorageResult<InformationRequest> {
    let answer = match (
        row.get::<Option<String>, _>("answer"),
        row.get::<Option<i64>, _>("answered_at"),
    ) {
        (Some(text), Some(at)) => Some((text, from_micros(at)?)),
        _ => None,
    };
    Ok(InformationRequest {
        id: row.get("id"),
        case_id: CaseId(row.get("case_id")),
        question: row.get("question"),
        asked_by: (StaffId(row.get("asked_by")), row.get("display_name")),
        asked_at: from_micros(row.get("asked_at"))?,
        answer,
    })
}

/// Moves the case's submission from one state to another; `Conflict` if it was not in `from`.
async fn move_submission(
    connection: &mut SqliteConnection,
    case: CaseId,
    from: &str,
    to: &str,
) -> StorageResult<()> {
    let moved = sqlx::query(
        "UPDATE submissions SET state = ?1
         WHERE state = ?2 AND id = (SELECT submission_id FROM cases WHERE id = ?3)",
    )
    .bind(to)
    .bind(from)
    .bind(case.0)
    .execute(&mut *connection)
    .await
    .map_err(database_error)?;
    if moved.rows_affected() == 1 {
        return Ok(());
    }
    let known: Option<i64> = sqlx::query_scalar("SELECT id FROM cases WHERE id = ?1")
        .bind(case.0)
        .fetch_optional(&mut *connection)
        .await
        .map_err(database_error)?;
    Err(match known {
        None => StorageError::NotFound,
        Some(_) => StorageError::Conflict(format!("case {case} is not {from}")),
    })
}

#[async_trait]
impl InformationRequestStore for SqliteStorage {
    async fn request_information(
        &self,
        request: &NewInformationRequest<'_>,
        jobs: &[NewJob],
        audit: &AuditEvent,
    ) -> StorageResult<i64> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;
        move_submission(&mut tx, request.case_id, "in_bearbeitung", "nachforderung").await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO information_requests (case_id, question, asked_by, asked_at)
             VALUES (?1, ?2, ?3, ?4) RETURNING id",
        )
        .bind(request.case_id.0)
        .bind(request.question)
        .bind(request.asked_by.0)
        .bind(to_micros(request.at))
        .fetch_one(&mut *tx)
        .await
        .map_err(database_error)?;
        crate::outbox::insert_jobs(&mut tx, jobs).await?;
        crate::audit::append(&mut tx, request.at, audit).await?;
        tx.commit().await.map_err(database_error)?;
        Ok(id)
    }

    async fn information_requests(&self, case: CaseId) -> StorageResult<Vec<InformationRequest>> {
        let sql = sqlx::AssertSqlSafe(format!("{REQUEST} WHERE r.case_id = ?1 ORDER BY r.id"));
        let rows = sqlx::query(sql)
            .bind(case.0)
            .fetch_all(&self.pool)
            .await
            .map_err(database_error)?;
        rows.iter().map(request_from).collect()
    }

    async fn open_information_request(
        &self,
        draft: &DraftToken,
    ) -> StorageResult<Option<InformationRequest>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{REQUEST}
             JOIN cases c ON c.id = r.case_id
             JOIN submissions s ON s.id = c.submission_id
             WHERE s.draft_token = ?1 AND r.answered_at IS NULL"
        ));
        let row = sqlx::query(sql)
            .bind(draft.as_str())
            .fetch_optional(&self.pool)
            .await
            .map_err(database_error)?;
        row.as_ref().map(request_from).transpose()
    }

    async fn answer_information_request(
        &self,
        request: i64,
        answer: &str,
        files: &[Upload],
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;
        let row =
            sqlx::query("SELECT case_id, answered_at FROM information_requests WHERE id = ?1")
                .bind(request)
                .fetch_optional(&mut *tx)
                .await
                .map_err(database_error)?
                .ok_or(StorageError::NotFound)?;
        if row.get::<Option<i64>, _>("answered_at").is_some() {
            return Err(StorageError::Conflict(format!(
                "request {request} was answered already"
            )));
        }
        sqlx::query("UPDATE information_requests SET answer = ?1, answered_at = ?2 WHERE id = ?3")
            .bind(answer)
            .bind(to_micros(at))
            .bind(request)
            .execute(&mut *tx)
            .await
            .map_err(database_error)?;
        for file in files {
            crate::upload::insert(&mut tx, file).await?;
        }
        move_submission(
            &mut tx,
            CaseId(row.get("case_id")),
            "nachforderung",
            "in_bearbeitung",
        )
        .await?;
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)
    }
}
