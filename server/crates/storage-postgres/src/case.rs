//! Cases in PostgreSQL. Opening locks the submission's row, so two intake jobs for one
//! submission open one case.

use async_trait::async_trait;
use domain::application::{CaseState, DraftToken, Reference};
use domain::audit::AuditEvent;
use domain::case::CaseId;
use domain::staff::StaffId;
use sqlx::postgres::PgRow;
use sqlx::{PgConnection, Postgres, QueryBuilder, Row};
use storage::{
    CaseFilter, CaseMove, CaseNote, CaseStore, CaseSummary, Inserted, NewCase, StorageError,
    StorageResult,
};
use time::{Date, OffsetDateTime};

use crate::PostgresStorage;
use crate::convert::database_error;

fn corrupt(what: &str) -> StorageError {
    StorageError::Corrupt(what.to_owned())
}

const SUMMARY: &str = "SELECT c.id, s.reference, s.draft_token, s.service_id, s.service_version,
        c.inbox, s.state, c.assignee_id, st.display_name AS assignee_name, c.prepared_by,
        s.submitted_at,
        c.due_at, c.resubmit_on, c.closed_at
     FROM cases c
     JOIN submissions s ON s.id = c.submission_id
     JOIN tenants t ON t.id = c.tenant_id
     LEFT JOIN staff st ON st.id = c.assignee_id";

fn summary_from(row: &PgRow) -> StorageResult<CaseSummary> {
    let assignee: Option<i64> = row.get("assignee_id");
    let name: Option<String> = row.get("assignee_name");
    Ok(CaseSummary {
        id: CaseId(row.get("id")),
        reference: Reference::parse(row.get("reference"))
            .map_err(|_| corrupt("submissions.reference"))?,
        draft_token: DraftToken::parse(row.get("draft_token"))
            .ok_or_else(|| corrupt("submissions.draft_token"))?,
        service_id: row.get("service_id"),
        service_version: u32::try_from(row.get::<i32, _>("service_version"))
            .map_err(|_| corrupt("submissions.service_version"))?,
        inbox: row.get("inbox"),
        state: CaseState::parse(row.get("state")).ok_or_else(|| corrupt("submissions.state"))?,
        assignee: assignee.map(|id| (StaffId(id), name.unwrap_or_default())),
        prepared_by: row.get::<Option<i64>, _>("prepared_by").map(StaffId),
        received_at: row.get("submitted_at"),
        due_at: row.get("due_at"),
        resubmit_on: row.get("resubmit_on"),
        closed_at: row.get("closed_at"),
    })
}

#[async_trait]
impl CaseStore for PostgresStorage {
    async fn open_case(
        &self,
        case: &NewCase<'_>,
        audit: &AuditEvent,
    ) -> StorageResult<Inserted<CaseId>> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let submission =
            sqlx::query("SELECT id, tenant_id FROM submissions WHERE draft_token = $1 FOR UPDATE")
                .bind(case.draft_token.as_str())
                .fetch_optional(&mut *tx)
                .await
                .map_err(database_error)?
                .ok_or(StorageError::NotFound)?;
        let submission_id: i64 = submission.get("id");
        let existing: Option<i64> =
            sqlx::query_scalar("SELECT id FROM cases WHERE submission_id = $1")
                .bind(submission_id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(database_error)?;
        if let Some(id) = existing {
            return Ok(Inserted::AlreadyThere(CaseId(id)));
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO cases (tenant_id, submission_id, inbox, opened_at, due_at)
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(submission.get::<i64, _>("tenant_id"))
        .bind(submission_id)
        .bind(case.inbox)
        .bind(case.opened_at)
        .bind(case.due_at)
        .fetch_one(&mut *tx)
        .await
        .map_err(database_error)?;
        crate::audit::append(&mut tx, case.opened_at, audit).await?;
        tx.commit().await.map_err(database_error)?;
        Ok(Inserted::Created(CaseId(id)))
    }

    async fn cases(&self, filter: &CaseFilter) -> StorageResult<Vec<CaseSummary>> {
        if filter.inboxes.is_empty() {
            return Ok(Vec::new());
        }
        let mut query = QueryBuilder::<Postgres>::new(SUMMARY);
        query
            .push(" WHERE t.slug = ")
            .push_bind(&filter.tenant_slug);
        query.push(" AND c.inbox IN (");
        let mut inboxes = query.separated(", ");
        for inbox in &filter.inboxes {
            inboxes.push_bind(inbox);
        }
        query.push(")");
        if let Some(state) = filter.state {
            query.push(" AND s.state = ").push_bind(state.as_str());
        }
        if let Some(assignee) = filter.assignee {
            query.push(" AND c.assignee_id = ").push_bind(assignee.0);
        }
        if let Some(prefix) = &filter.reference_prefix {
            query
                .push(" AND left(s.reference, length(")
                .push_bind(prefix)
                .push(")) = ")
                .push_bind(prefix);
        }
        query.push(" ORDER BY c.due_at, c.id");
        let rows = query
            .build()
            .fetch_all(&self.pool)
            .await
            .map_err(database_error)?;
        rows.iter().map(summary_from).collect()
    }

    async fn case_summary(&self, id: CaseId) -> StorageResult<Option<CaseSummary>> {
        let mut query = QueryBuilder::<Postgres>::new(SUMMARY);
        query.push(" WHERE c.id = ").push_bind(id.0);
        let row = query
            .build()
            .fetch_optional(&self.pool)
            .await
            .map_err(database_error)?;
        row.as_ref().map(summary_from).transpose()
    }

    async fn move_case(
        &self,
        id: CaseId,
        step: &CaseMove<'_>,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        move_in(&mut tx, id, step.from, step.to, step.prepared_by, at).await?;
        crate::outbox::insert_jobs(&mut tx, step.jobs).await?;
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)
    }

    async fn add_case_note(
        &self,
        id: CaseId,
        author: StaffId,
        text: &str,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let known: Option<i64> = sqlx::query_scalar("SELECT id FROM cases WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&mut *tx)
            .await
            .map_err(database_error)?;
        if known.is_none() {
            return Err(StorageError::NotFound);
        }
        sqlx::query(
            "INSERT INTO case_notes (case_id, author_id, text, at) VALUES ($1, $2, $3, $4)",
        )
        .bind(id.0)
        .bind(author.0)
        .bind(text)
        .bind(at)
        .execute(&mut *tx)
        .await
        .map_err(database_error)?;
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)
    }

    async fn case_notes(&self, id: CaseId) -> StorageResult<Vec<CaseNote>> {
        let rows = sqlx::query(
            "SELECT n.author_id, st.display_name, n.text, n.at
             FROM case_notes n JOIN staff st ON st.id = n.author_id
             WHERE n.case_id = $1 ORDER BY n.id",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await
        .map_err(database_error)?;
        rows.iter()
            .map(|row| {
                Ok(CaseNote {
                    author: (StaffId(row.get("author_id")), row.get("display_name")),
                    text: row.get("text"),
                    at: row.get("at"),
                })
            })
            .collect()
    }

    async fn set_resubmission(
        &self,
        id: CaseId,
        on: Option<Date>,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let changed = sqlx::query("UPDATE cases SET resubmit_on = $1 WHERE id = $2")
            .bind(on)
            .bind(id.0)
            .execute(&mut *tx)
            .await
            .map_err(database_error)?;
        if changed.rows_affected() == 0 {
            return Err(StorageError::NotFound);
        }
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)
    }

    async fn assign_case(
        &self,
        id: CaseId,
        assignee: StaffId,
        audit: &AuditEvent,
        at: OffsetDateTime,
    ) -> StorageResult<()> {
        let mut tx = self.pool.begin().await.map_err(database_error)?;
        let submission: i64 = sqlx::query_scalar(
            "UPDATE cases SET assignee_id = $1 WHERE id = $2 RETURNING submission_id",
        )
        .bind(assignee.0)
        .bind(id.0)
        .fetch_optional(&mut *tx)
        .await
        .map_err(database_error)?
        .ok_or(StorageError::NotFound)?;
        sqlx::query("UPDATE submissions SET state = 'in_bearbeitung' WHERE id = $1 AND state = 'eingegangen'")
            .bind(submission)
            .execute(&mut *tx)
            .await
            .map_err(database_error)?;
        crate::audit::append(&mut tx, at, audit).await?;
        tx.commit().await.map_err(database_error)
    }
}

/// Moves a case from one state to the next inside `connection`'s transaction; `Conflict` when
/// it is no longer in `from`.
pub(crate) async fn move_in(
    connection: &mut PgConnection,
    id: CaseId,
    from: CaseState,
    to: CaseState,
    prepared_by: Option<StaffId>,
    at: OffsetDateTime,
) -> StorageResult<()> {
    let submission: i64 = sqlx::query_scalar(
        "UPDATE cases SET prepared_by = $1, closed_at = $3 WHERE id = $2 RETURNING submission_id",
    )
    .bind(prepared_by.map(|staff| staff.0))
    .bind(id.0)
    .bind((to == CaseState::Abgeschlossen).then_some(at))
    .fetch_optional(&mut *connection)
    .await
    .map_err(database_error)?
    .ok_or(StorageError::NotFound)?;
    let moved = sqlx::query("UPDATE submissions SET state = $1 WHERE id = $2 AND state = $3")
        .bind(to.as_str())
        .bind(submission)
        .bind(from.as_str())
        .execute(&mut *connection)
        .await
        .map_err(database_error)?;
    if moved.rows_affected() == 0 {
        return Err(StorageError::Conflict(format!(
            "case {id} is no longer {}",
            from.as_str()
        )));
    }
    Ok(())
}
