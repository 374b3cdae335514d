//! Aussonderung in SQLite: everything of an Akte goes in one transaction, the Akte stays as its
//! proof. Filed versions may be deleted only because the Akte is ausgesondert first (the trigger
//! of the seventeenth migration looks at its state).

use domain::audit::AuditEvent;
use domain::record::AkteId;
use sqlx::{Row, SqlitePool};
use storage::record::FilesJob;
use storage::{Disposal, StorageError, StorageResult};
use time::OffsetDateTime;

use crate::convert::{database_error, to_micros};

pub(crate) async fn dispose_akte(
    pool: &SqlitePool,
    id: AkteId,
    files_job: FilesJob<'_>,
    audit: &AuditEvent,
    at: OffsetDateTime,
) -> StorageResult<Disposal> {
    let mut tx = pool
        .begin_with("BEGIN IMMEDIATE")
        .await
        .map_err(database_error)?;
    let row =
        sqlx::query("SELECT state, exported_at >= closed_at AS exported FROM akten WHERE id = ?1")
            .bind(id.0)
            .fetch_optional(&mut *tx)
            .await
            .map_err(database_error)?
            .ok_or(StorageError::NotFound)?;
    let state: String = row.get("state");
    if state != "geschlossen" || row.get::<Option<bool>, _>("exported") != Some(true) {
        return Err(StorageError::Conflict(format!(
            "Akte {id} is {state} or was not exported since it was closed"
        )));
    }
    let keys: Vec<String> = sqlx::query_scalar(
        "SELECT v.storage_key FROM document_versions v
         JOIN documents d ON d.id = v.document_id WHERE d.akte_id = ?1
         UNION
         SELECT u.storage_key FROM uploads u
         JOIN submissions s ON s.draft_token = u.draft_token
         JOIN cases c ON c.submission_id = s.id WHERE c.akte_id = ?1
         ORDER BY 1",
    )
    .bind(id.0)
    .fetch_all(&mut *tx)
    .await
    .map_err(database_error)?;
    let cases = sqlx::query(
        "SELECT c.id, c.submission_id, s.draft_token FROM cases c
         JOIN submissions s ON s.id = c.submission_id WHERE c.akte_id = ?1",
    )
    .bind(id.0)
    .fetch_all(&mut *tx)
    .await
    .map_err(database_error)?;
    let documents: i64 = sqlx::query_scalar("SELECT count(*) FROM documents WHERE akte_id = ?1")
        .bind(id.0)
        .fetch_one(&mut *tx)
        .await
        .map_err(database_error)?;
    let disposal = Disposal {
        at,
        documents: u32::try_from(documents).unwrap_or(u32::MAX),
        cases: u32::try_from(cases.len()).unwrap_or(u32::MAX),
    };
    sqlx::query(
        "UPDATE akten SET state = 'ausgesondert', title = '', disposed_at = ?1,
                          disposed_documents = ?2, disposed_cases = ?3
         WHERE id = ?4",
    )
    .bind(to_micros(at))
    .bind(i64::from(disposal.documents))
    .bind(i64::from(disposal.cases))
    .bind(id.0)
    .execute(&mut *tx)
    .await
    .map_err(database_error)?;
    for statement in [
        "DELETE FROM document_versions
         WHERE document_id IN (SELECT id FROM documents WHERE akte_id = ?1)",
        "DELETE FROM documents WHERE akte_id = ?1",
        "DELETE FROM case_notes WHERE case_id IN (SELECT id FROM cases WHERE akte_id = ?1)",
        "DELETE FROM information_requests
         WHERE case_id IN (SELECT id FROM cases WHERE akte_id = ?1)",
        "DELETE FROM cases WHERE akte_id = ?1",
    ] {
        sqlx::query(statement)
            .bind(id.0)
            .execute(&mut *tx)
            .await
            .map_err(database_error)?;
    }
    for case in &cases {
        sqlx::query("DELETE FROM submissions WHERE id = ?1")
            .bind(case.get::<i64, _>("submission_id"))
            .execute(&mut *tx)
            .await
            .map_err(database_error)?;
        // Its uploads go with it (ON DELETE CASCADE).
        sqlx::query("DELETE FROM drafts WHERE token = ?1")
            .bind(case.get::<String, _>("draft_token"))
            .execute(&mut *tx)
            .await
            .map_err(database_error)?;
    }
    if !keys.is_empty() {
        crate::outbox::insert_jobs(&mut tx, &[files_job(keys)]).await?;
    }
    crate::audit::append(&mut tx, at, audit).await?;
    tx.commit().await.map_err(database_error)?;
    Ok(disposal)
}
