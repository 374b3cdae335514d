//! Uploads in PostgreSQL.

use async_trait::async_trait;
use domain::application::{DraftToken, ScanState};
use sqlx::postgres::PgRow;
use sqlx::{PgConnection, Row};
use storage::{StorageError, StorageResult, Upload, UploadStore};

use crate::PostgresStorage;
use crate::convert::database_error;

const COLUMNS: &str = "id, draft_token, field, file_name, media_type, size_bytes, sha256, storage_key, scan_state, created_at";

fn upload_from(row: &PgRow) -> StorageResult<Upload> {
    let corrupt = |what: &str| StorageError::Corrupt(format!("uploads.{what}"));
    Ok(Upload {
        id: row.get("id"),
        draft_token: DraftToken::parse(row.get("draft_token"))
            .ok_or_else(|| corrupt("draft_token"))?,
        field: row.get("field"),
        file_name: row.get("file_name"),
        media_type: row.get("media_type"),
        size_bytes: u64::try_from(row.get::<i64, _>("size_bytes")).unwrap_or_default(),
        sha256: row.get("sha256"),
        storage_key: row.get("storage_key"),
        scan_state: ScanState::parse(row.get("scan_state")).ok_or_else(|| corrupt("scan_state"))?,
        created_at: row.get("created_at"),
    })
}

/// Inserts an upload's record inside the caller's transaction.
pub(crate) async fn insert(connection: &mut PgConnection, upload: &Upload) -> StorageResult<()> {
    sqlx::query(
        "INSERT INTO uploads (id, draft_token, field, file_name, media_type, size_bytes, sha256, storage_key,
                              scan_state, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(&upload.id)
    .bind(upload.draft_token.as_str())
    .bind(&upload.field)
    .bind(&upload.file_name)
    .bind(&upload.media_type)
    .bind(i64::try_from(upload.size_bytes).unwrap_or(i64::MAX))
    .bind(&upload.sha256)
    .bind(&upload.storage_key)
    .bind(upload.scan_state.as_str())
    .bind(upload.created_at)
    .execute(connection)
    .await
    .map_err(database_error)?;
    Ok(())
}

#[async_trait]
impl UploadStore for PostgresStorage {
    async fn add_upload(&self, upload: &Upload) -> StorageResult<()> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let submitted: Option<Option<String>> = sqlx::query_scalar(
            "SELECT submission_reference FROM drafts WHERE token = $1 FOR UPDATE",
        )
        .bind(upload.draft_token.as_str())
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
        insert(&mut tx, upload).await?;
        tx.commit().await.map_err(database_error)
    }

    async fn uploads_for_draft(&self, token: &DraftToken) -> StorageResult<Vec<Upload>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM uploads WHERE draft_token = $1 ORDER BY created_at, id"
        ));
        let rows = sqlx::query(sql)
            .bind(token.as_str())
            .fetch_all(&self.pool)
            .await
            .map_err(database_error)?;
        rows.iter().map(upload_from).collect()
    }

    async fn upload(&self, id: &str) -> StorageResult<Option<Upload>> {
        let sql = sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM uploads WHERE id = $1"));
        let row = sqlx::query(sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(database_error)?;
        row.as_ref().map(upload_from).transpose()
    }

    async fn delete_upload(&self, id: &str) -> StorageResult<Option<Upload>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "DELETE FROM uploads WHERE id = $1
               AND draft_token IN (SELECT token FROM drafts WHERE submission_reference IS NULL)
             RETURNING {COLUMNS}"
        ));
        let row = sqlx::query(sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(database_error)?;
        row.as_ref().map(upload_from).transpose()
    }
}
