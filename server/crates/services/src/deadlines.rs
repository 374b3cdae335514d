//! Escalation of processing deadlines, run by the worker once a day: a reminder to whoever
//! works on a case two days before its deadline, an escalation to the unit's team leads once it
//! is overdue (each once per case, by the outbox's idempotency keys), and a daily digest of
//! every person's inbox. Staff mail is in German, the authority's working language.

use domain::application::CaseState;
use domain::case::deadline::{DeadlineNotice, DigestCounts, notice_due};
use domain::case::{CaseId, inboxes_of, resubmission};
use domain::staff::{StaffId, StaffRole};
use domain::{Locale, msg_key};
use i18n::Args;
use storage::{CaseFilter, CaseSummary, StaffMember};
use time::OffsetDateTime;

use crate::Portal;
use crate::jobs::{Job, JobError};
use crate::mailer::OutgoingMail;

/// The active staff of the tenant, and every inbox one of them works in.
async fn staff_and_inboxes(portal: &Portal) -> Result<(Vec<StaffMember>, Vec<String>), JobError> {
    let staff: Vec<StaffMember> = portal
        .storage
        .staff_of_tenant(&portal.settings.tenant_slug)
        .await?
        .into_iter()
        .filter(|member| member.active)
        .collect();
    let mut inboxes: Vec<String> = staff.iter().flat_map(inboxes_of).collect();
    inboxes.sort();
    inboxes.dedup();
    Ok((staff, inboxes))
}

async fn open_cases(portal: &Portal, inboxes: Vec<String>) -> Result<Vec<CaseSummary>, JobError> {
    Ok(portal
        .storage
        .cases(&CaseFilter {
            tenant_slug: portal.settings.tenant_slug.clone(),
            inboxes,
            ..CaseFilter::default()
        })
        .await?
        .into_iter()
        .filter(|case| case.state != CaseState::Abgeschlossen)
        .collect())
}

/// Job: the day's look at every open case. Enqueues the notices cases are due for (each
/// exactly once per case and kind) and one digest per person.
pub(crate) async fn watch(portal: &Portal, day: i64) -> Result<(), JobError> {
    let now = portal.clock.now();
    let (staff, inboxes) = staff_and_inboxes(portal).await?;
    let mut jobs = Vec::new();
    for case in open_cases(portal, inboxes).await? {
        if let Some(day) = case
            .resubmit_on
            .filter(|day| resubmission::is_due(Some(*day), now.date()))
        {
            jobs.push(
                Job::DeadlineNotice {
                    case: case.id.0,
                    notice: format!("{RESUBMISSION_NOTICE}{day}"),
                }
                .to_new_job(now),
            );
        }
        if let Some(notice) = notice_due(case.state, case.due_at, now) {
            jobs.push(
                Job::DeadlineNotice {
                    case: case.id.0,
                    notice: notice.as_str().to_owned(),
                }
                .to_new_job(now),
            );
        }
    }
    for member in staff
        .iter()
        .filter(|member| !inboxes_of(*member).is_empty())
    {
        jobs.push(
            Job::Digest {
                day,
                staff: member.id.0,
            }
            .to_new_job(now),
        );
    }
    portal.storage.enqueue_jobs(&jobs).await?;
    let on_paper = crate::postfach::paper_fallback(portal).await?;
    if on_paper > 0 {
        tracing::info!(
            letters = on_paper,
            "decisions not retrieved in time go on paper"
        );
    }
    Ok(())
}

fn team_leads<'a>(staff: &'a [StaffMember], inbox: &str) -> Vec<&'a StaffMember> {
    staff
        .iter()
        .filter(|member| {
            member.grants.iter().any(|grant| {
                grant.role == StaffRole::TeamLead && grant.unit.as_deref() == Some(inbox)
            })
        })
        .collect()
}

async fn mail(
    portal: &Portal,
    to: &StaffMember,
    id: String,
    subject: &str,
    body: &str,
    args: Args<'_>,
) -> Result<(), JobError> {
    let catalog = &portal.catalog;
    let args = args.text("name", to.display_name.clone());
    let mail = OutgoingMail {
        message_id: portal.settings.message_id(&id, &to.id.0.to_string()),
        to: to.email.clone(),
        reply_to: None,
        subject: catalog.text_with(Locale::De, subject, &args),
        text_body: catalog.text_with(Locale::De, body, &args),
    };
    portal.mailer.send(&mail).await.map_err(JobError::from)
}

/// A Wiedervorlage's notice is named with its day: a later one of the same case is a new notice.
const RESUBMISSION_NOTICE: &str = "wiedervorlage-";

/// Job: the reminder or escalation of one case, unless it was closed meanwhile.
pub(crate) async fn send_notice(portal: &Portal, case: i64, kind: &str) -> Result<(), JobError> {
    if let Some(day) = kind.strip_prefix(RESUBMISSION_NOTICE) {
        return send_resubmission(portal, CaseId(case), day).await;
    }
    let notice = match kind {
        "erinnerung" => DeadlineNotice::Reminder,
        "eskalation" => DeadlineNotice::Escalation,
        other => {
            return Err(JobError::Permanent(format!(
                "unknown deadline notice {other:?}"
            )));
        }
    };
    let Some(case) = portal.storage.case_summary(CaseId(case)).await? else {
        return Err(JobError::Permanent("the case no longer exists".into()));
    };
    if case.state == CaseState::Abgeschlossen {
        return Ok(());
    }
    let (staff, _) = staff_and_inboxes(portal).await?;
    let assignee: Option<StaffId> = case.assignee.as_ref().map(|(id, _)| *id);
    let recipients: Vec<&StaffMember> = match (notice, assignee) {
        (DeadlineNotice::Reminder, Some(id)) => staff.iter().filter(|m| m.id == id).collect(),
        _ => team_leads(&staff, &case.inbox),
    };
    let service = crate::application::service_title(
        portal,
        &case.service_id,
        case.service_version,
        Locale::De,
    )
    .await?;
    let due = domain::form::validate::format_date(case.due_at.date(), Locale::De);
    let link = format!(
        "{}/verwaltung/vorgaenge/{}",
        portal.settings.public_url, case.id
    );
    let args = || {
        Args::new()
            .text("reference", case.reference.to_string())
            .text("service", service.clone())
            .text("due", due.clone())
            .text("link", link.clone())
    };
    let (subject, body) = match notice {
        DeadlineNotice::Reminder => (
            msg_key("mail-deadline-reminder-subject"),
            msg_key("mail-deadline-reminder-body"),
        ),
        DeadlineNotice::Escalation => (
            msg_key("mail-deadline-escalation-subject"),
            msg_key("mail-deadline-escalation-body"),
        ),
    };
    for recipient in recipients {
        let id = format!("{}-{}", notice.as_str(), case.id);
        mail(portal, recipient, id, subject, body, args()).await?;
    }
    Ok(())
}

/// The Wiedervorlage of `day` to whoever works on the case (or the unit's team leads), unless
/// the case was closed or its Wiedervorlage moved meanwhile.
async fn send_resubmission(portal: &Portal, id: CaseId, day: &str) -> Result<(), JobError> {
    let Some(case) = portal.storage.case_summary(id).await? else {
        return Err(JobError::Permanent("the case no longer exists".into()));
    };
    if case.state == CaseState::Abgeschlossen
        || case.resubmit_on.map(|on| on.to_string()).as_deref() != Some(day)
    {
        return Ok(());
    }
    let (staff, _) = staff_and_inboxes(portal).await?;
    let recipients: Vec<&StaffMember> = match case.assignee.as_ref() {
        Some((assignee, _)) => staff.iter().filter(|m| m.id == *assignee).collect(),
        None => team_leads(&staff, &case.inbox),
    };
    let service = crate::application::service_title(
        portal,
        &case.service_id,
        case.service_version,
        Locale::De,
    )
    .await?;
    let link = format!(
        "{}/verwaltung/vorgaenge/{}",
        portal.settings.public_url, case.id
    );
    for recipient in recipients {
        let args = Args::new()
            .text("reference", case.reference.to_string())
            .text("service", service.clone())
            .text("link", link.clone());
        let id = format!("{RESUBMISSION_NOTICE}{day}-{}", case.id);
        mail(
            portal,
            recipient,
            id,
            msg_key("mail-resubmission-subject"),
            msg_key("mail-resubmission-body"),
            args,
        )
        .await?;
    }
    Ok(())
}

/// Job: one person's digest of the day, when anything in their inboxes is open for them.
pub(crate) async fn send_digest(portal: &Portal, day: i64, staff_id: i64) -> Result<(), JobError> {
    let now: OffsetDateTime = portal.clock.now();
    let (staff, _) = staff_and_inboxes(portal).await?;
    let Some(member) = staff.iter().find(|member| member.id.0 == staff_id) else {
        return Ok(());
    };
    let mut counts = DigestCounts::default();
    for case in open_cases(portal, inboxes_of(member)).await? {
        let assignee = case.assignee.as_ref().map(|(id, _)| *id);
        if assignee.is_none() || assignee == Some(member.id) {
            counts.add(case.due_at, now, assignee.is_some());
        }
    }
    if counts.open == 0 {
        return Ok(());
    }
    let args = Args::new()
        .text(
            "date",
            domain::form::validate::format_date(now.date(), Locale::De),
        )
        .number("open", i64::from(counts.open))
        .number("overdue", i64::from(counts.overdue))
        .number("soon", i64::from(counts.due_soon))
        .number("unassigned", i64::from(counts.unassigned))
        .text(
            "link",
            format!("{}/verwaltung/posteingang", portal.settings.public_url),
        );
    mail(
        portal,
        member,
        format!("digest-{day}"),
        msg_key("mail-digest-subject"),
        msg_key("mail-digest-body"),
        args,
    )
    .await
}
