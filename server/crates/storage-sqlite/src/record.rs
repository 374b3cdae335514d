//! The e-Akte in SQLite. Numbers (an Akte's within its plan key and year, a document's within
//! its Akte) are the next free ones inside the writing transaction, which SQLite runs one at a
//! time. Filed versions are kept as they are by the triggers of the thirteenth migration.

use async_trait::async_trait;
use domain::audit::AuditEvent;
use domain::case::CaseId;
use domain::record::{AkteId, AkteState, Confidentiality, aktenzeichen};
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, SqliteConnection};
use storage::record::FilesJob;
use storage::{
    Akte, Disposal, DocumentVersion, FileInto, NewDocument, RecordDocument, RecordStore,
    StorageError, StorageResult, VersionContent,
};
use time::OffsetDateTime;

use crate::SqliteStorage;
use crate::convert::{database_error, from_micros, to_micros};

const AKTE: &str = "SELECT id, aktenzeichen, plan_key, title, unit, confidentiality,
        retention_years, state, created_at, closed_at, exported_at, disposed_at,
        disposed_documents, disposed_cases
     FROM akten";

fn corrupt(what: &str) -> StorageError {
    StorageError::Corrupt(format!("akten.{what}"))
}

fn akte_from(row: &SqliteRow) -> StorageResult<Akte> {
    Ok(Akte {
        id: AkteId(row.get("id")),
        aktenzeichen: row.get("aktenzeichen"),
        plan_key: row.get("plan_key"),
        title: row.get("title"),
        unit: row.get("unit"),
        confidentiality: Confidentiality::parse(row.get("confidentiality"))
            .ok_or_else(|| corrupt("confidentiality"))?,
        retention_years: u32::try_from(row.get::<i64, _>("retention_years"))
            .map_err(|_| corrupt("retention_years"))?,
        state: AkteState::parse(row.get("state")).ok_or_else(|| corrupt("state"))?,
        created_at: from_micros(row.get("created_at"))?,
        closed_at: row
            .get::<Option<i64>, _>("closed_at")
            .map(from_micros)
            .transpose()?,
        exported_at: row
            .get::<Option<i64>, _>("exported_at")
            .map(from_micros)
            .transpose()?,
        disposal: match row.get::<Option<i64>, _>("disposed_at") {
            Some(at) => Some(Disposal {
                at: from_micros(at)?,
                documents: number(row.get("disposed_documents"), "disposed_documents")?,
                cases: number(row.get("disposed_cases"), "disposed_cases")?,
            }),
            None => None,
        },
    })
}

fn number(value: i64, what: &str) -> StorageResult<u32> {
    u32::try_from(value).map_err(|_| corrupt(what))
}

async fn akte_in(connection: &mut SqliteConnection, id: i64) -> StorageResult<Akte> {
    let sql = sqlx::AssertSqlSafe(format!("{AKTE} WHERE id = ?1"));
    let row = sqlx::query(sql)
        .bind(id)
        .fetch_one(&mut *connection)
        .await
        .map_err(database_error)?;
    akte_from(&row)
}

async fn insert_version(
    connection: &mut SqliteConnection,
    document: i64,
    version: u32,
    content: &VersionContent,
    at: OffsetDateTime,
    filed: bool,
) -> StorageResult<()> {
    sqlx::query(
        "INSERT INTO document_versions (document_id, version, file_name, media_type, size_bytes,
                                        sha256, storage_key, created_at, filed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )
    .bind(document)
    .bind(i64::from(version))
    .bind(&content.file_name)
    .bind(&content.media_type)
    .bind(i64::try_from(content.size_bytes).unwrap_or(i64::MAX))
    .bind(&content.sha256)
    .bind(&content.storage_key)
    .bind(to_micros(at))
    .bind(filed.then(|| to_micros(at)))
    .execute(&mut *connection)
    .await
    .map_err(database_error)?;
    Ok(())
}

#[async_trait]
impl RecordStore for SqliteStorage {
    async fn file_case(
        &self,
        case: CaseId,
        into: &FileInto<'_>,
        documents: &[NewDocument],
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<Akte> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;
        let row = sqlx::query("SELECT tenant_id, inbox, akte_id FROM cases WHERE id = ?1")
            .bind(case.0)
            .fetch_optional(&mut *tx)
            .await
            .map_err(database_error)?
            .ok_or(StorageError::NotFound)?;
        let tenant: i64 = row.get("tenant_id");
        let inbox: String = row.get("inbox");
        if row.get::<Option<i64>, _>("akte_id").is_some() {
            return Err(StorageError::Conflict(format!(
                "case {case} is filed already"
            )));
        }
        let akte_id: i64 = match into {
            FileInto::New(new) => {
                let slug_tenant: Option<i64> =
                    sqlx::query_scalar("SELECT id FROM tenants WHERE slug = ?1")
                        .bind(new.tenant_slug)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(database_error)?;
                if slug_tenant != Some(tenant) || new.unit != inbox {
                    return Err(StorageError::Conflict(
                        "a new Akte belongs to the case's tenant and unit".into(),
                    ));
                }
                let next: i64 = sqlx::query_scalar(
                    "SELECT COALESCE(MAX(number), 0) + 1 FROM akten
                     WHERE tenant_id = ?1 AND plan_key = ?2 AND year = ?3",
                )
                .bind(tenant)
                .bind(new.plan_key)
                .bind(new.year)
                .fetch_one(&mut *tx)
                .await
                .map_err(database_error)?;
                sqlx::query_scalar(
                    "INSERT INTO akten (tenant_id, plan_key, year, number, aktenzeichen, title, unit,
                                        confidentiality, retention_years, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id",
                )
                .bind(tenant)
                .bind(new.plan_key)
                .bind(new.year)
                .bind(next)
                .bind(aktenzeichen(new.plan_key, number(next, "number")?, new.year))
                .bind(new.title)
                .bind(new.unit)
                .bind(new.confidentiality.as_str())
                .bind(i64::from(new.retention_years))
                .bind(to_micros(at))
                .fetch_one(&mut *tx)
                .await
                .map_err(database_error)?
            }
            FileInto::Existing(id) => {
                let existing =
                    sqlx::query("SELECT tenant_id, unit, state FROM akten WHERE id = ?1")
                        .bind(id.0)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(database_error)?
                        .ok_or(StorageError::NotFound)?;
                let fits = existing.get::<i64, _>("tenant_id") == tenant
                    && existing.get::<String, _>("unit") == inbox
                    && existing.get::<String, _>("state") == AkteState::Offen.as_str();
                if !fits {
                    return Err(StorageError::Conflict(format!(
                        "Akte {id} is not an open Akte of the case's unit"
                    )));
                }
                id.0
            }
        };
        sqlx::query("UPDATE cases SET akte_id = ?1 WHERE id = ?2")
            .bind(akte_id)
            .bind(case.0)
            .execute(&mut *tx)
            .await
            .map_err(database_error)?;
        for document in documents {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO documents (akte_id, number, title, kind, case_id, created_at)
                 VALUES (?1, (SELECT COALESCE(MAX(number), 0) + 1 FROM documents WHERE akte_id = ?1),
                         ?2, ?3, ?4, ?5)
                 RETURNING id",
            )
            .bind(akte_id)
            .bind(&document.title)
            .bind(&document.kind)
            .bind(case.0)
            .bind(to_micros(at))
            .fetch_one(&mut *tx)
            .await
            .map_err(database_error)?;
            insert_version(&mut tx, id, 1, &document.content, at, true).await?;
        }
        crate::audit::append(&mut tx, at, audit).await?;
        let akte = akte_in(&mut tx, akte_id).await?;
        tx.commit().await.map_err(database_error)?;
        Ok(akte)
    }

    async fn close_akte(
        &self,
        id: AkteId,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;
        let state: Option<String> = sqlx::query_scalar("SELECT state FROM akten WHERE id = ?1")
            .bind(id.0)
            .fetch_optional(&mut *tx)
            .await
            .map_err(database_error)?;
        match state.as_deref() {
            None => return Err(StorageError::NotFound),
            Some("offen") => {}
            Some(other) => return Err(StorageError::Conflict(format!("Akte {id} is {other}"))),
        }
        sqlx::query("UPDATE akten SET state = 'geschlossen', closed_at = ?1 WHERE id = ?2")
            .bind(to_micros(at))
            .bind(id.0)
            .execute(&mut *tx)
            .await
            .map_err(database_error)?;
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)
    }

    async fn record_akte_export(
        &self,
        id: AkteId,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;
        let updated = sqlx::query("UPDATE akten SET exported_at = ?1 WHERE id = ?2")
            .bind(to_micros(at))
            .bind(id.0)
            .execute(&mut *tx)
            .await
            .map_err(database_error)?;
        if updated.rows_affected() == 0 {
            return Err(StorageError::NotFound);
        }
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)
    }

    async fn closed_akten(
        &self,
        tenant_slug: &str,
        units: Option<&[String]>,
    ) -> StorageResult<Vec<Akte>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{AKTE} WHERE tenant_id = (SELECT id FROM tenants WHERE slug = ?1)
               AND (?2 IS NULL OR unit IN (SELECT value FROM json_each(?2))) AND state = 'geschlossen'
             ORDER BY closed_at, id"
        ));
        let rows = sqlx::query(sql)
            .bind(tenant_slug)
            .bind(units.map(|units| serde_json::Value::from(units).to_string()))
            .fetch_all(&self.pool)
            .await
            .map_err(database_error)?;
        rows.iter().map(akte_from).collect()
    }

    async fn dispose_akte(
        &self,
        id: AkteId,
        files_job: FilesJob<'_>,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<Disposal> {
        crate::disposal::dispose_akte(&self.pool, id, files_job, audit, at).await
    }

    async fn add_case_document(
        &self,
        case: CaseId,
        document: &NewDocument,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<u32> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;
        let number = file_in_case_akte(&mut tx, case, document, at).await?;
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)?;
        Ok(number)
    }

    async fn akte(&self, id: AkteId) -> StorageResult<Option<Akte>> {
        let sql = sqlx::AssertSqlSafe(format!("{AKTE} WHERE id = ?1"));
        let row = sqlx::query(sql)
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await
            .map_err(database_error)?;
        row.as_ref().map(akte_from).transpose()
    }

    async fn akte_of_case(&self, case: CaseId) -> StorageResult<Option<Akte>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{AKTE} WHERE id = (SELECT akte_id FROM cases WHERE id = ?1)"
        ));
        let row = sqlx::query(sql)
            .bind(case.0)
            .fetch_optional(&self.pool)
            .await
            .map_err(database_error)?;
        row.as_ref().map(akte_from).transpose()
    }

    async fn open_akten(
        &self,
        tenant_slug: &str,
        unit: &str,
        plan_key: &str,
    ) -> StorageResult<Vec<Akte>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{AKTE} WHERE tenant_id = (SELECT id FROM tenants WHERE slug = ?1)
               AND unit = ?2 AND plan_key = ?3 AND state = 'offen'
             ORDER BY year DESC, number DESC"
        ));
        let rows = sqlx::query(sql)
            .bind(tenant_slug)
            .bind(unit)
            .bind(plan_key)
            .fetch_all(&self.pool)
            .await
            .map_err(database_error)?;
        rows.iter().map(akte_from).collect()
    }

    async fn documents(&self, akte: AkteId) -> StorageResult<Vec<RecordDocument>> {
        let rows = sqlx::query(
            "SELECT d.id, d.number, d.title, d.kind, d.case_id, v.version, v.file_name,
                    v.media_type, v.size_bytes, v.sha256, v.storage_key, v.created_at, v.filed_at
             FROM documents d
             JOIN document_versions v ON v.document_id = d.id
             WHERE d.akte_id = ?1
             ORDER BY d.number, v.version",
        )
        .bind(akte.0)
        .fetch_all(&self.pool)
        .await
        .map_err(database_error)?;
        let mut documents: Vec<RecordDocument> = Vec::new();
        for row in &rows {
            let id: i64 = row.get("id");
            if documents.last().is_none_or(|last| last.id != id) {
                documents.push(RecordDocument {
                    id,
                    number: number(row.get("number"), "documents.number")?,
                    title: row.get("title"),
                    kind: row.get("kind"),
                    case_id: row.get::<Option<i64>, _>("case_id").map(CaseId),
                    versions: Vec::new(),
                });
            }
            let filed_at = row
                .get::<Option<i64>, _>("filed_at")
                .map(from_micros)
                .transpose()?;
            let version = DocumentVersion {
                version: number(row.get("version"), "document_versions.version")?,
                content: VersionContent {
                    file_name: row.get("file_name"),
                    media_type: row.get("media_type"),
                    size_bytes: u64::try_from(row.get::<i64, _>("size_bytes")).unwrap_or_default(),
                    sha256: row.get("sha256"),
                    storage_key: row.get("storage_key"),
                },
                created_at: from_micros(row.get("created_at"))?,
                filed_at,
            };
            if let Some(last) = documents.last_mut() {
                last.versions.push(version);
            }
        }
        Ok(documents)
    }

    async fn add_document_version(
        &self,
        document: i64,
        content: &VersionContent,
        filed: bool,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<u32> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;
        let next: Option<i64> = sqlx::query_scalar(
            "SELECT (SELECT COALESCE(MAX(version), 0) + 1 FROM document_versions WHERE document_id = d.id)
             FROM documents d WHERE d.id = ?1",
        )
        .bind(document)
        .fetch_optional(&mut *tx)
        .await
        .map_err(database_error)?;
        let version = number(
            next.ok_or(StorageError::NotFound)?,
            "document_versions.version",
        )?;
        insert_version(&mut tx, document, version, content, at, filed).await?;
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)?;
        Ok(version)
    }

    async fn replace_document_version(
        &self,
        document: i64,
        version: u32,
        content: &VersionContent,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()> {
        // Plain SQL on purpose: that a filed version stays is the trigger's work.
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;
        let changed = sqlx::query(
            "UPDATE document_versions
             SET file_name = ?1, media_type = ?2, size_bytes = ?3, sha256 = ?4, storage_key = ?5
             WHERE document_id = ?6 AND version = ?7",
        )
        .bind(&content.file_name)
        .bind(&content.media_type)
        .bind(i64::try_from(content.size_bytes).unwrap_or(i64::MAX))
        .bind(&content.sha256)
        .bind(&content.storage_key)
        .bind(document)
        .bind(i64::from(version))
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        if changed.rows_affected() == 0 {
            return Err(StorageError::NotFound);
        }
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)
    }

    async fn file_document_version(
        &self,
        document: i64,
        version: u32,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;
        let changed = sqlx::query(
            "UPDATE document_versions SET filed_at = ?1 WHERE document_id = ?2 AND version = ?3",
        )
        .bind(to_micros(at))
        .bind(document)
        .bind(i64::from(version))
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        if changed.rows_affected() == 0 {
            return Err(StorageError::NotFound);
        }
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)
    }

    async fn delete_document_version(
        &self,
        document: i64,
        version: u32,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()> {
        let mut tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(database_error)?;
        let deleted =
            sqlx::query("DELETE FROM document_versions WHERE document_id = ?1 AND version = ?2")
                .bind(document)
                .bind(i64::from(version))
                .execute(&mut *tx)
                .await
                .map_err(database_error)?;
        if deleted.rows_affected() == 0 {
            return Err(StorageError::NotFound);
        }
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)
    }
}

/// Files `document` in the open Akte of `case` inside `connection`'s transaction (its first
/// version zu den Akten); its number in the Akte. `Conflict` when the case has no open Akte.
pub(crate) async fn file_in_case_akte(
    connection: &mut SqliteConnection,
    case: CaseId,
    document: &NewDocument,
    at: OffsetDateTime,
) -> StorageResult<u32> {
    let filed: Option<i64> = sqlx::query_scalar("SELECT akte_id FROM cases WHERE id = ?1")
        .bind(case.0)
        .fetch_optional(&mut *connection)
        .await
        .map_err(database_error)?
        .ok_or(StorageError::NotFound)?;
    let not_open = || StorageError::Conflict(format!("case {case} is not filed in an open Akte"));
    let akte_id = filed.ok_or_else(not_open)?;
    let state: String = sqlx::query_scalar("SELECT state FROM akten WHERE id = ?1")
        .bind(akte_id)
        .fetch_one(&mut *connection)
        .await
        .map_err(database_error)?;
    if state != AkteState::Offen.as_str() {
        return Err(not_open());
    }
    let row = sqlx::query(
        "INSERT INTO documents (akte_id, number, title, kind, case_id, created_at)
             VALUES (?1, (SELECT COALESCE(MAX(number), 0) + 1 FROM documents WHERE akte_id = ?1),
                     ?2, ?3, ?4, ?5)
             RETURNING id, number",
    )
    .bind(akte_id)
    .bind(&document.title)
    .bind(&document.kind)
    .bind(case.0)
    .bind(to_micros(at))
    .fetch_one(&mut *connection)
    .await
    .map_err(database_error)?;
    insert_version(
        &mut *connection,
        row.get("id"),
        1,
        &document.content,
        at,
        true,
    )
    .await?;
    number(row.get("number"), "number")
}
