//! Aussonderung: Akten past their retention are offered to the archive and then deleted. The
//! records managers do it for every unit, a team lead for their units. An Akte closed and kept
//! through its retention period is listed; its xdomea package (0503) is exported
//! (`records::export_xdomea`, recorded on the Akte); only then is it ausgesondert: in one
//! transaction its documents, cases, submissions and uploads go and the Akte keeps only its
//! Aktenzeichen, dates and counts as the proof; the files follow through a job, the search index
//! through the database's own jobs. The audit trail says who did it and when, never what was in it.

use domain::Tenant;
use domain::audit::AuditEvent;
use domain::case::workflow::Refusal;
use domain::msg_key;
use domain::record::{
    AkteId, AkteState, DisposalScope, disposal_scope, is_past_retention, may_dispose,
    retained_through,
};
use storage::{Akte, Disposal, StorageError};

use crate::Portal;
use crate::cases::CaseError;
use crate::jobs::Job;
use crate::staff::ActiveStaff;

/// An Akte offered for Aussonderung.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub akte: Akte,
    /// The last year it had to be kept.
    pub retained_through: i32,
    /// Whether the file plan marks its kind as worth archiving (the archive decides).
    pub archival_value: bool,
    /// Whether its package was exported since it was closed, so it may go now.
    pub exported: bool,
}

/// The closed Akten past their retention that this staff member carries out the Aussonderung
/// of, the earliest closed first; `NotFound` for staff who carry out none.
pub async fn candidates(
    portal: &Portal,
    tenant: &Tenant,
    staff: &ActiveStaff,
) -> Result<Vec<Candidate>, CaseError> {
    let scope = disposal_scope(staff).ok_or(CaseError::NotFound)?;
    let units = match &scope {
        DisposalScope::Every => None,
        DisposalScope::Units(units) => Some(units.as_slice()),
    };
    let year = portal.clock.now().year();
    let closed = portal.storage.closed_akten(&tenant.slug, units).await?;
    Ok(closed
        .into_iter()
        .filter_map(|akte| {
            let closed_at = akte.closed_at?;
            if !is_past_retention(closed_at.year(), akte.retention_years, year) {
                return None;
            }
            Some(Candidate {
                retained_through: retained_through(closed_at.year(), akte.retention_years),
                archival_value: tenant
                    .plan_entry(&akte.plan_key)
                    .is_some_and(|entry| entry.archival_value),
                exported: akte
                    .exported_at
                    .is_some_and(|exported| exported >= closed_at),
                akte,
            })
        })
        .collect())
}

/// Whether the Akte is one this staff member may hand to the archive now (for the export).
pub fn may_export_for_disposal(portal: &Portal, staff: &ActiveStaff, akte: &Akte) -> bool {
    may_dispose(staff, &akte.unit)
        && akte.state == AkteState::Geschlossen
        && akte.closed_at.is_some_and(|closed_at| {
            is_past_retention(
                closed_at.year(),
                akte.retention_years,
                portal.clock.now().year(),
            )
        })
}

/// Carries out the Aussonderung of one Akte: refused (explained) unless it is closed, past its
/// retention and exported since; `NotFound` for staff who may not do it.
pub async fn dispose(
    portal: &Portal,
    staff: &ActiveStaff,
    id: AkteId,
) -> Result<Disposal, CaseError> {
    let akte = portal
        .storage
        .akte(id)
        .await?
        .filter(|akte| may_dispose(staff, &akte.unit))
        .ok_or(CaseError::NotFound)?;
    let refused = |key| Err(CaseError::Refused(Refusal(key)));
    if akte.state == AkteState::Ausgesondert {
        return refused(msg_key("akte-refused-ausgesondert"));
    }
    if !may_export_for_disposal(portal, staff, &akte) {
        return refused(msg_key("akte-refused-not-due"));
    }
    let closed_at = akte.closed_at.unwrap_or(akte.created_at);
    if akte.exported_at.is_none_or(|exported| exported < closed_at) {
        return refused(msg_key("akte-refused-not-exported"));
    }
    let now = portal.clock.now();
    let files_job = |keys: Vec<String>| Job::DisposeFiles { akte: id.0, keys }.to_new_job(now);
    let audit = AuditEvent {
        actor: format!("staff:{}", staff.member.id),
        action: "akte.dispose".into(),
        object: format!("akte:{id}"),
        purpose: "Aussonderung nach Ablauf der Aufbewahrungsfrist".into(),
        outcome: "success".into(),
    };
    match portal
        .storage
        .dispose_akte(id, &files_job, &audit, now)
        .await
    {
        Ok(disposal) => {
            tracing::info!(
                akte = id.0,
                documents = disposal.documents,
                cases = disposal.cases,
                "Akte ausgesondert"
            );
            Ok(disposal)
        }
        // Someone else was quicker.
        Err(StorageError::Conflict(_)) => refused(msg_key("akte-refused-ausgesondert")),
        Err(error) => Err(error.into()),
    }
}

/// An ausgesonderte Akte's proof (Aktenzeichen and counts), for whoever carries out
/// Aussonderungen of its unit; `None` otherwise.
pub async fn proof(
    portal: &Portal,
    staff: &ActiveStaff,
    id: AkteId,
) -> Result<Option<(Akte, Disposal)>, StorageError> {
    Ok(portal
        .storage
        .akte(id)
        .await?
        .filter(|akte| may_dispose(staff, &akte.unit))
        .and_then(|akte| akte.disposal.map(|disposal| (akte, disposal))))
}
