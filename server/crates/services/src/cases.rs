//! Cases (Vorgänge) in the back office: the intake job that opens one for every submission in
//! the Posteingang of the responsible unit, the inbox, a case's file, and taking a case up.
//!
//! Need to know: staff see the cases of the units they have a case role in, nothing else; a
//! case of another unit answers as if it did not exist. Every opening of a case file (personal
//! data) is in the audit trail.

use domain::application::{CaseState, DraftToken, ScanState};
use domain::audit::AuditEvent;
use domain::case::workflow::{CaseFacts, Refusal, Step, decide};
use domain::case::{CaseId, due_at, inbox_of, inboxes_of, resubmission};
use domain::service::Authority;
use storage::{
    CaseFilter, CaseMove, CaseSummary, Draft, Inserted, NewCase, StorageError, Submission, Upload,
};

use crate::Portal;
use crate::jobs::JobError;
use crate::staff::ActiveStaff;

#[derive(Debug, thiserror::Error)]
pub enum CaseError {
    /// The staff member has no case role in any unit.
    #[error("no inbox for this staff member")]
    NoInbox,
    /// Unknown, or in an inbox the staff member does not work in.
    #[error("no such case")]
    NotFound,
    /// The step is not allowed now; the Fluent key explains why.
    #[error("refused: {0}")]
    Refused(Refusal),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

pub(crate) fn audit(staff: &ActiveStaff, action: &str, case: CaseId) -> AuditEvent {
    AuditEvent {
        actor: format!("staff:{}", staff.member.id),
        action: action.to_owned(),
        object: format!("case:{case}"),
        purpose: "Sachbearbeitung".to_owned(),
        outcome: "success".to_owned(),
    }
}

/// Job: opens the case of a submission in the inbox of the authority its service names, due
/// after the service's processing days. Safe to repeat: a second run finds the case.
pub(crate) async fn intake(portal: &Portal, token: &DraftToken) -> Result<(), JobError> {
    let Some(submission) = portal.storage.submission_for_draft(token).await? else {
        return Err(JobError::Permanent(
            "intake of a draft that was not submitted".into(),
        ));
    };
    let stored = portal
        .storage
        .service_version(&submission.service_id, submission.service_version)
        .await?
        .ok_or_else(|| JobError::Permanent("the service version no longer exists".into()))?;
    let definition: serde_json::Value = serde_json::from_str(&stored.source)
        .map_err(|e| JobError::Permanent(format!("stored definition: {e}")))?;
    let authority: Authority = serde_json::from_value(definition["authority"].clone())
        .map_err(|e| JobError::Permanent(format!("stored definition's authority: {e}")))?;
    let processing_days = definition["processing_days"]
        .as_u64()
        .and_then(|days| u32::try_from(days).ok())
        .ok_or_else(|| JobError::Permanent("stored definition without processing_days".into()))?;
    let inbox = inbox_of(&authority);
    let now = portal.clock.now();
    let opened = portal
        .storage
        .open_case(
            &NewCase {
                draft_token: token,
                inbox: &inbox,
                opened_at: now,
                due_at: due_at(submission.submitted_at, processing_days),
            },
            &AuditEvent {
                actor: "system:intake".into(),
                action: "case.open".into(),
                object: format!("submission:{}", submission.reference),
                purpose: "Eingang eines Antrags".into(),
                outcome: "success".into(),
            },
        )
        .await?;
    if let Inserted::Created(id) = opened {
        tracing::info!(case = %id, inbox = %inbox, "case opened");
    }
    Ok(())
}

/// What the inbox is asked for.
#[derive(Debug, Clone, Default)]
pub struct InboxQuery {
    pub state: Option<CaseState>,
    pub only_mine: bool,
    pub reference_prefix: Option<String>,
    /// Only cases whose Wiedervorlage has come.
    pub resubmission_due: bool,
}

/// The cases of the staff member's units, the earliest deadline first.
pub async fn inbox(
    portal: &Portal,
    tenant_slug: &str,
    staff: &ActiveStaff,
    query: &InboxQuery,
) -> Result<Vec<CaseSummary>, CaseError> {
    let inboxes = inboxes_of(staff);
    if inboxes.is_empty() {
        return Err(CaseError::NoInbox);
    }
    let today = portal.clock.now().date();
    Ok(portal
        .storage
        .cases(&CaseFilter {
            tenant_slug: tenant_slug.to_owned(),
            inboxes,
            state: query.state,
            assignee: query.only_mine.then_some(staff.member.id),
            reference_prefix: query.reference_prefix.clone(),
        })
        .await?
        .into_iter()
        .filter(|case| !query.resubmission_due || resubmission::is_due(case.resubmit_on, today))
        .collect())
}

/// The case, when the staff member works in its inbox.
pub(crate) async fn visible_case(
    portal: &Portal,
    staff: &ActiveStaff,
    id: CaseId,
) -> Result<CaseSummary, CaseError> {
    portal
        .storage
        .case_summary(id)
        .await?
        .filter(|case| inboxes_of(staff).contains(&case.inbox))
        .ok_or(CaseError::NotFound)
}

/// A case's file: the submission as frozen, the draft's values (to show the answers with the
/// form version they were given in) and the uploaded files.
#[derive(Debug, Clone)]
pub struct CaseFile {
    pub case: CaseSummary,
    pub submission: Submission,
    pub draft: Draft,
    pub uploads: Vec<Upload>,
}

/// Opens a case's file; the reading is audited.
pub async fn case_file(
    portal: &Portal,
    staff: &ActiveStaff,
    id: CaseId,
) -> Result<CaseFile, CaseError> {
    let case = visible_case(portal, staff, id).await?;
    let storage = &portal.storage;
    let (Some(submission), Some(draft)) = (
        storage.submission(&case.reference).await?,
        storage.draft(&case.draft_token).await?,
    ) else {
        return Err(CaseError::Storage(StorageError::Corrupt(format!(
            "case {id} without its submission"
        ))));
    };
    let uploads = storage.uploads_for_draft(&case.draft_token).await?;
    storage
        .append_audit(portal.clock.now(), &audit(staff, "case.read", id))
        .await?;
    Ok(CaseFile {
        case,
        submission,
        draft,
        uploads,
    })
}

/// Takes the case up: the staff member works on it from now ("Übernehmen").
pub async fn take(portal: &Portal, staff: &ActiveStaff, id: CaseId) -> Result<(), CaseError> {
    visible_case(portal, staff, id).await?;
    portal
        .storage
        .assign_case(
            id,
            staff.member.id,
            &audit(staff, "case.assign", id),
            portal.clock.now(),
        )
        .await?;
    Ok(())
}

/// What the rules know of a case.
pub fn facts(case: &CaseSummary) -> CaseFacts {
    CaseFacts {
        state: case.state,
        assignee: case.assignee.as_ref().map(|(id, _)| *id),
        prepared_by: case.prepared_by,
    }
}

/// Takes a step of the workflow (prepare the decision, ask for the sign-off, sign off, send
/// back), if the rules allow it to this staff member now; refusals say why.
pub async fn take_step(
    portal: &Portal,
    staff: &ActiveStaff,
    id: CaseId,
    step: Step,
) -> Result<(), CaseError> {
    match step {
        // Taken with its question, by `information_requests::ask`.
        Step::RequestInformation => {
            return Err(CaseError::Refused(Refusal(domain::msg_key(
                "case-request-question-missing",
            ))));
        }
        // Taken with the decision's text, by `decisions::prepare`.
        Step::PrepareDecision => {
            return Err(CaseError::Refused(Refusal(domain::msg_key(
                "decision-text-missing",
            ))));
        }
        _ => {}
    }
    let case = visible_case(portal, staff, id).await?;
    let actor = staff.member.id;
    let to = decide(&facts(&case), actor, step).map_err(CaseError::Refused)?;
    let (from, _) = step.states();
    let prepared_by = match step {
        Step::RequestSignOff => Some(actor),
        Step::SendBack => None,
        Step::RequestInformation | Step::PrepareDecision | Step::SignOff => case.prepared_by,
    };
    let now = portal.clock.now();
    // The signed-off decision goes out after the commit, through the outbox.
    let jobs = if step == Step::SignOff {
        crate::decisions::release_job(portal, id, now).await?
    } else {
        Vec::new()
    };
    match portal
        .storage
        .move_case(
            id,
            &CaseMove {
                from,
                to,
                prepared_by,
                jobs: &jobs,
            },
            &audit(staff, &format!("case.{}", step.as_str()), id),
            now,
        )
        .await
    {
        Ok(()) => Ok(()),
        // Someone else moved it meanwhile.
        Err(StorageError::Conflict(_)) => Err(CaseError::Refused(Refusal(domain::msg_key(
            "case-refused-state",
        )))),
        Err(error) => Err(error.into()),
    }
}

/// Writes a Vermerk on the case (anyone who works in its inbox).
pub async fn add_note(
    portal: &Portal,
    staff: &ActiveStaff,
    id: CaseId,
    text: &domain::case::note::NoteText,
) -> Result<(), CaseError> {
    visible_case(portal, staff, id).await?;
    portal
        .storage
        .add_case_note(
            id,
            staff.member.id,
            text.as_str(),
            &audit(staff, "case.note", id),
            portal.clock.now(),
        )
        .await?;
    Ok(())
}

/// One line of a case's history: when, who, and the Fluent key of what happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryEntry {
    pub at: time::OffsetDateTime,
    /// A staff member's name, or `None` for the applicant or the system.
    pub by: Option<String>,
    pub by_applicant: bool,
    pub what: &'static str,
}

/// The case's Vermerke and history (changes, not readings), the oldest first.
pub async fn notes_and_history(
    portal: &Portal,
    tenant_slug: &str,
    id: CaseId,
) -> Result<(Vec<storage::CaseNote>, Vec<HistoryEntry>), CaseError> {
    let notes = portal.storage.case_notes(id).await?;
    let staff = portal.storage.staff_of_tenant(tenant_slug).await?;
    let history = portal
        .storage
        .audit_events_about(&format!("case:{id}"))
        .await?
        .into_iter()
        .filter_map(|entry| {
            let what = domain::case::note::history_key(&entry.event.action)?;
            let by = entry
                .event
                .actor
                .strip_prefix("staff:")
                .and_then(|number| number.parse::<i64>().ok())
                .and_then(|number| staff.iter().find(|member| member.id.0 == number))
                .map(|member| member.display_name.clone());
            Some(HistoryEntry {
                at: entry.at,
                by,
                by_applicant: entry.event.actor == "applicant",
                what,
            })
        })
        .collect();
    Ok((notes, history))
}

/// The active colleagues the case may be handed to: staff with a case role in its inbox.
pub async fn colleagues(
    portal: &Portal,
    tenant_slug: &str,
    case: &CaseSummary,
) -> Result<Vec<storage::StaffMember>, CaseError> {
    let mut members: Vec<storage::StaffMember> = portal
        .storage
        .staff_of_tenant(tenant_slug)
        .await?
        .into_iter()
        .filter(|member| member.active && inboxes_of(member).contains(&case.inbox))
        .collect();
    members.sort_by(|a, b| a.display_name.cmp(&b.display_name));
    Ok(members)
}

/// Hands the case to a colleague of its unit: the person working on it, or a team lead of the
/// unit, may; the colleague must work in the case's inbox.
pub async fn assign_to(
    portal: &Portal,
    tenant_slug: &str,
    staff: &ActiveStaff,
    id: CaseId,
    colleague: domain::staff::StaffId,
) -> Result<(), CaseError> {
    let case = visible_case(portal, staff, id).await?;
    let leads_unit = staff.member.grants.iter().any(|grant| {
        grant.role == domain::staff::StaffRole::TeamLead
            && grant.unit.as_deref() == Some(case.inbox.as_str())
    });
    let works_on_it = case
        .assignee
        .as_ref()
        .is_some_and(|(assignee, _)| *assignee == staff.member.id);
    if case.state == CaseState::Abgeschlossen {
        return Err(CaseError::Refused(Refusal(domain::msg_key(
            "case-refused-state",
        ))));
    }
    if !(leads_unit || works_on_it) {
        return Err(CaseError::Refused(Refusal(domain::msg_key(
            "case-refused-assign",
        ))));
    }
    if !colleagues(portal, tenant_slug, &case)
        .await?
        .iter()
        .any(|member| member.id == colleague)
    {
        return Err(CaseError::Refused(Refusal(domain::msg_key(
            "case-refused-not-colleague",
        ))));
    }
    portal
        .storage
        .assign_case(
            id,
            colleague,
            &audit(staff, "case.assign", id),
            portal.clock.now(),
        )
        .await?;
    Ok(())
}

/// Sets the case's Wiedervorlage (or clears it with `None`): whoever works on it, or a team lead
/// of its unit, for a case not closed.
pub async fn set_resubmission(
    portal: &Portal,
    staff: &ActiveStaff,
    id: CaseId,
    on: Option<time::Date>,
) -> Result<(), CaseError> {
    let case = visible_case(portal, staff, id).await?;
    if case.state == CaseState::Abgeschlossen {
        return Err(CaseError::Refused(Refusal(domain::msg_key(
            "case-refused-state",
        ))));
    }
    let assignee = case.assignee.as_ref().map(|(assignee, _)| *assignee);
    if !resubmission::may_set(staff, staff.member.id, assignee, &case.inbox) {
        return Err(CaseError::Refused(Refusal(domain::msg_key(
            "case-refused-resubmission",
        ))));
    }
    let action = if on.is_some() {
        "case.wiedervorlage"
    } else {
        "case.wiedervorlage-erledigt"
    };
    portal
        .storage
        .set_resubmission(id, on, &audit(staff, action, id), portal.clock.now())
        .await?;
    Ok(())
}

/// Whether the case page can show a picture of the upload: an image as it is, a PDF's first
/// page where a renderer is installed; never a file kept apart because it was not scanned.
pub fn has_preview(upload: &Upload, renders_pages: bool) -> bool {
    upload.scan_state != ScanState::Quarantined
        && match upload.media_type.as_str() {
            "image/png" | "image/jpeg" => true,
            "application/pdf" => renders_pages,
            _ => false,
        }
}

/// The picture of one of the case's files (see [`has_preview`]) with its media type; `None`
/// when there is none. Opening it is reading the case file (audited).
pub async fn preview(
    portal: &Portal,
    staff: &ActiveStaff,
    id: CaseId,
    upload: &str,
) -> Result<Option<(Vec<u8>, &'static str)>, CaseError> {
    let file = case_file(portal, staff, id).await?;
    let Some(upload) = file
        .uploads
        .iter()
        .find(|candidate| candidate.id == upload)
        .filter(|upload| has_preview(upload, portal.text.renders_pages()))
    else {
        return Ok(None);
    };
    let bytes = portal
        .files
        .read(&upload.storage_key)
        .await
        .map_err(|e| CaseError::Storage(StorageError::Database(Box::new(e))))?;
    match upload.media_type.as_str() {
        "image/png" => Ok(Some((bytes, "image/png"))),
        "image/jpeg" => Ok(Some((bytes, "image/jpeg"))),
        _ => match portal.text.first_page_png(&bytes).await {
            Ok(png) => Ok(png.map(|png| (png, "image/png"))),
            Err(error) => {
                tracing::warn!(case = %id, %error, "no preview of a PDF");
                Ok(None)
            }
        },
    }
}

/// Weeks the key figures look back, the current one included.
pub const FIGURE_WEEKS: u32 = 12;

/// The key figures of the staff member's units (see `domain::case::figures`).
pub async fn figures(
    portal: &Portal,
    tenant_slug: &str,
    staff: &ActiveStaff,
) -> Result<domain::case::figures::Figures, CaseError> {
    let inboxes = inboxes_of(staff);
    if inboxes.is_empty() {
        return Err(CaseError::NoInbox);
    }
    let cases: Vec<domain::case::figures::CaseDates> = portal
        .storage
        .cases(&CaseFilter {
            tenant_slug: tenant_slug.to_owned(),
            inboxes,
            ..CaseFilter::default()
        })
        .await?
        .into_iter()
        .map(|case| domain::case::figures::CaseDates {
            unit: case.inbox,
            state: case.state,
            received_at: case.received_at,
            due_at: case.due_at,
            closed_at: case.closed_at,
        })
        .collect();
    Ok(domain::case::figures::figures(
        &cases,
        portal.clock.now(),
        FIGURE_WEEKS,
    ))
}
