//! The Postfach of a citizen's account and of their organisations: what the authority sends
//! there, the notice by mail (no content, no personal data: "you have a new message" and a
//! link), the first opening as the retrieval that announces a decision (§ 41 Abs. 2a VwVfG), and
//! the daily look for decisions not retrieved within ten days, which then go on paper.

use domain::account::AccountId;
use domain::audit::AuditEvent;
use domain::case::CaseId;
use domain::delivery::{falls_back_to_paper, retrievable_until};
use domain::{EmailAddress, Locale};
use i18n::Args;
use storage::{Mailbox, Message, MessageId, NewMessage, StorageError, VersionContent};

use crate::Portal;
use crate::accounts::ActiveSession;
use crate::jobs::{Job, JobError};
use crate::mailer::OutgoingMail;

/// A message the authority sends.
#[derive(Debug, Clone)]
pub struct Post {
    pub mailbox: Mailbox,
    pub case: Option<CaseId>,
    pub subject: String,
    pub body: String,
    pub letter: Option<VersionContent>,
    /// A decision: its retrieval announces it.
    pub decision: bool,
}

/// Puts a message into a Postfach with its notice, in one transaction; `actor` is audited.
pub async fn post(portal: &Portal, actor: &str, post: &Post) -> Result<MessageId, StorageError> {
    let now = portal.clock.now();
    let notice = |id: MessageId| vec![Job::PostfachNotice { message: id.0 }.to_new_job(now)];
    let id = portal
        .storage
        .post_message(
            &NewMessage {
                tenant_slug: &portal.settings.tenant_slug,
                mailbox: post.mailbox,
                case: post.case,
                subject: &post.subject,
                body: &post.body,
                letter: post.letter.clone(),
                decision: post.decision,
                created_at: now,
            },
            &notice,
            &AuditEvent {
                actor: actor.to_owned(),
                action: "postfach.post".into(),
                object: match post.case {
                    Some(case) => format!("case:{case}"),
                    None => "postfach".into(),
                },
                purpose: "Zustellung".into(),
                outcome: "success".into(),
            },
        )
        .await?;
    portal.jobs_enqueued.notify_one();
    Ok(id)
}

/// The job filing the proof of delivery, for a decision that belongs to a case.
fn proof_jobs(message: &Message, at: time::OffsetDateTime) -> Vec<storage::NewJob> {
    if message.decision && message.case.is_some() {
        vec![
            Job::FileDeliveryProof {
                message: message.id.0,
            }
            .to_new_job(at),
        ]
    } else {
        Vec::new()
    }
}

/// Who hears of a new message: the account's holder, or every member of the organisation, by
/// the address their identity provider (or local login) gave.
async fn addressees(portal: &Portal, mailbox: Mailbox) -> Result<Vec<EmailAddress>, StorageError> {
    let accounts = match mailbox {
        Mailbox::Account(account) => vec![account],
        Mailbox::Organisation(organisation) => portal
            .storage
            .members(organisation)
            .await?
            .into_iter()
            .map(|member| member.account)
            .collect(),
    };
    let mut addresses = Vec::new();
    for account in accounts {
        if let Some(address) = portal
            .storage
            .account(account)
            .await?
            .and_then(|account| account.claims.email)
            .and_then(|email| EmailAddress::parse(&email).ok())
        {
            addresses.push(address);
        }
    }
    Ok(addresses)
}

/// Job: tells the recipient(s) that a message is waiting — nothing of its content — and records
/// when. Repeats send the same mail (its id derives from the message and the address).
pub(crate) async fn send_notice(portal: &Portal, id: MessageId) -> Result<(), JobError> {
    let Some(message) = portal.storage.message(id).await? else {
        return Ok(());
    };
    let locale = Locale::SOURCE;
    let args = Args::new().text(
        "link",
        format!("{}/konto/postfach/{id}", portal.settings.public_url),
    );
    let addressees = addressees(portal, message.mailbox).await?;
    if addressees.is_empty() {
        // Nobody can be told, so the Postfach cannot announce a decision (§ 41 Abs. 2a VwVfG
        // needs the notice): it goes on paper at once, and no ten days start running.
        if message.decision {
            let audit = AuditEvent {
                actor: "system:postfach".into(),
                action: "postfach.paper".into(),
                object: format!("message:{id}"),
                purpose: "keine Adresse für die Benachrichtigung".into(),
                outcome: "success".into(),
            };
            let now = portal.clock.now();
            portal
                .storage
                .record_paper_fallback(id, &proof_jobs(&message, now), &audit, now)
                .await?;
        }
        return Ok(());
    }
    for (index, to) in addressees.into_iter().enumerate() {
        let mail = OutgoingMail {
            message_id: portal
                .settings
                .message_id("postfach-notice", &format!("{id}.{index}")),
            to,
            reply_to: None,
            subject: portal
                .catalog
                .text_with(locale, "mail-postfach-subject", &args),
            text_body: portal
                .catalog
                .text_with(locale, "mail-postfach-body", &args),
        };
        portal.mailer.send(&mail).await?;
    }
    portal.storage.record_notice(id, portal.clock.now()).await?;
    Ok(())
}

/// The notice of a message could not be sent for good (the mail server refused it, or stayed
/// unreachable for about four hours). A decision cannot be announced without its notice: it
/// goes on paper now, and its case comes back to the caseworker today (Wiedervorlage) with the
/// reason in the audit trail — a technical failure becomes a person's task, never silence.
pub(crate) async fn notice_failed(
    portal: &Portal,
    id: MessageId,
    error: &str,
) -> Result<(), StorageError> {
    let Some(message) = portal.storage.message(id).await? else {
        return Ok(());
    };
    if !message.decision {
        return Ok(());
    }
    let now = portal.clock.now();
    let audit = |action: &str, object: String| AuditEvent {
        actor: "system:postfach".into(),
        action: action.into(),
        object,
        purpose: format!("Benachrichtigung technisch gescheitert: {error}"),
        outcome: "failure".into(),
    };
    let went_on_paper = portal
        .storage
        .record_paper_fallback(
            id,
            &[],
            &audit("postfach.paper", format!("message:{id}")),
            now,
        )
        .await?;
    if let (true, Some(case)) = (went_on_paper, message.case) {
        portal
            .storage
            .set_resubmission(
                case,
                Some(now.date()),
                &audit("case.wiedervorlage", format!("case:{case}")),
                now,
            )
            .await?;
    }
    Ok(())
}

/// The Postfächer the logged-in person may read: their own, then each organisation's.
pub async fn mailboxes(
    portal: &Portal,
    session: &ActiveSession,
) -> Result<Vec<(Mailbox, Option<String>, Vec<Message>)>, StorageError> {
    let own = Mailbox::Account(session.account);
    let mut boxes = vec![(own, None, portal.storage.messages(own).await?)];
    for (organisation, _) in portal.storage.organisations_of(session.account).await? {
        let mailbox = Mailbox::Organisation(organisation.id);
        boxes.push((
            mailbox,
            Some(organisation.details.name.clone()),
            portal.storage.messages(mailbox).await?,
        ));
    }
    Ok(boxes)
}

/// Why a message cannot be shown.
#[derive(Debug, thiserror::Error)]
pub enum PostfachError {
    /// Unknown, or in a Postfach the person may not read.
    #[error("no such message")]
    NotFound,
    /// A decision whose digital offer ended: it went on paper.
    #[error("went on paper")]
    OnPaper,
    #[error(transparent)]
    Storage(#[from] StorageError),
}

async fn may_read(
    portal: &Portal,
    account: AccountId,
    mailbox: Mailbox,
) -> Result<bool, StorageError> {
    Ok(match mailbox {
        Mailbox::Account(owner) => owner == account,
        Mailbox::Organisation(organisation) => portal
            .storage
            .membership(organisation, account)
            .await?
            .is_some(),
    })
}

/// Opens a message: the first opening is its retrieval (audited; for a decision its
/// announcement the next day). A decision that went on paper is no longer offered here.
pub async fn open(
    portal: &Portal,
    session: &ActiveSession,
    id: MessageId,
) -> Result<Message, PostfachError> {
    let message = portal
        .storage
        .message(id)
        .await?
        .ok_or(PostfachError::NotFound)?;
    if !may_read(portal, session.account, message.mailbox).await? {
        return Err(PostfachError::NotFound);
    }
    let audit = AuditEvent {
        actor: format!("citizen:{}", session.account),
        action: "postfach.retrieve".into(),
        object: format!("message:{id}"),
        purpose: "Abruf".into(),
        outcome: "success".into(),
    };
    let now = portal.clock.now();
    match portal
        .storage
        .record_retrieval(id, &proof_jobs(&message, now), &audit, now)
        .await
    {
        Ok(first) => {
            if first {
                portal.jobs_enqueued.notify_one();
            }
        }
        Err(StorageError::Conflict(_)) => return Err(PostfachError::OnPaper),
        Err(error) => return Err(error.into()),
    }
    portal
        .storage
        .message(id)
        .await?
        .ok_or(PostfachError::NotFound)
}

/// The letter of a message, opened (and so retrieved) as the message is: its file's facts.
pub async fn letter(
    portal: &Portal,
    session: &ActiveSession,
    id: MessageId,
) -> Result<VersionContent, PostfachError> {
    open(portal, session, id)
        .await?
        .letter
        .ok_or(PostfachError::NotFound)
}

/// The daily look (from the deadline watch): every decision not retrieved within ten days of
/// its notice goes on paper, recorded once with the audit entry; the number that went.
pub(crate) async fn paper_fallback(portal: &Portal) -> Result<usize, StorageError> {
    let now = portal.clock.now();
    let today = now.date();
    let mut sent = 0;
    for message in portal.storage.unretrieved_decisions(now).await? {
        let Some(notified_at) = message.notified_at else {
            continue;
        };
        if !falls_back_to_paper(notified_at.date(), false, today) {
            continue;
        }
        let audit = AuditEvent {
            actor: "system:postfach".into(),
            action: "postfach.paper".into(),
            object: format!("message:{}", message.id),
            purpose: format!(
                "nicht abgerufen bis {}",
                retrievable_until(notified_at.date())
            ),
            outcome: "success".into(),
        };
        if portal
            .storage
            .record_paper_fallback(message.id, &proof_jobs(&message, now), &audit, now)
            .await?
        {
            sent += 1;
        }
    }
    Ok(sent)
}

/// Since when the logged-in person agrees to receive decisions through the Postfach.
pub async fn digital_delivery_since(
    portal: &Portal,
    session: &ActiveSession,
) -> Result<Option<time::OffsetDateTime>, StorageError> {
    Ok(portal
        .storage
        .account(session.account)
        .await?
        .and_then(|account| account.digital_delivery_since))
}

/// Gives or withdraws the consent to digital delivery (§ 41 Abs. 2a VwVfG); audited. Decisions
/// sent afterwards follow it; those sent before keep the way they went.
pub async fn set_digital_delivery(
    portal: &Portal,
    session: &ActiveSession,
    consent: bool,
) -> Result<(), StorageError> {
    portal
        .storage
        .set_digital_delivery(
            session.account,
            consent,
            &AuditEvent {
                actor: format!("citizen:{}", session.account),
                action: if consent {
                    "account.digital-delivery.give"
                } else {
                    "account.digital-delivery.withdraw"
                }
                .into(),
                object: format!("account:{}", session.account),
                purpose: "Einwilligung in die digitale Bekanntgabe".into(),
                outcome: "success".into(),
            },
            portal.clock.now(),
        )
        .await
}
