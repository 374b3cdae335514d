//! The person's rights over their data (DSGVO): everything stored about them, as a page and as
//! JSON (Art. 15 access, Art. 20 portability), and deleting the account (Art. 17) with what the
//! authority must keep: submitted applications are part of its files and stay, unlinked.

use domain::account::AccountId;
use domain::account::local::{LOCAL_ISSUER, LoginEmail};
use domain::audit::AuditEvent;
use domain::organisation::MemberRole;
use serde_json::{Value, json};
use storage::{
    Account, DeletedAccount, Draft, LocalLogin, Session, StorageError, Submission, Upload,
};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::Portal;
use crate::accounts::ActiveSession;
use crate::jobs::{Job, JobError};

/// Everything stored about one person.
#[derive(Debug, Clone)]
pub struct PersonalData {
    pub account: Account,
    /// The e-mail and password login of a local account (the password only as its hash,
    /// which is not exported).
    pub local_login: Option<LocalLogin>,
    pub sessions: Vec<Session>,
    pub applications: Vec<StoredApplication>,
    /// The messages in the account's own Postfach (an organisation's belong to it).
    pub messages: Vec<storage::Message>,
    pub exported_at: OffsetDateTime,
}

/// One application of the account with what belongs to it.
#[derive(Debug, Clone)]
pub struct StoredApplication {
    pub draft: Draft,
    pub submission: Option<Submission>,
    pub uploads: Vec<Upload>,
}

/// Collects everything stored about the account's person; `None` for an unknown account.
pub async fn collect(
    portal: &Portal,
    account: AccountId,
) -> Result<Option<PersonalData>, StorageError> {
    let storage = &portal.storage;
    let Some(stored) = storage.account(account).await? else {
        return Ok(None);
    };
    let now = portal.clock.now();
    let mut applications = Vec::new();
    for listed in storage.applications_of(account).await? {
        let Some(draft) = storage.draft(&listed.token).await? else {
            continue;
        };
        applications.push(StoredApplication {
            submission: storage.submission_for_draft(&draft.token).await?,
            uploads: storage.uploads_for_draft(&draft.token).await?,
            draft,
        });
    }
    let local_login = match stored.claims.email.as_deref().and_then(LoginEmail::parse) {
        Some(email) if stored.issuer == LOCAL_ISSUER => {
            storage
                .local_login(&portal.settings.tenant_slug, &email)
                .await?
        }
        _ => None,
    };
    Ok(Some(PersonalData {
        account: stored,
        local_login,
        sessions: storage.sessions_of(account, now).await?,
        applications,
        messages: storage.messages(storage::Mailbox::Account(account)).await?,
        exported_at: now,
    }))
}

fn time(at: OffsetDateTime) -> Value {
    at.format(&Rfc3339).map_or(Value::Null, Value::String)
}

impl PersonalData {
    /// The machine-readable export (Art. 20): plain JSON, times in RFC 3339. Secrets (session
    /// ids, access codes) and internal storage keys are not personal data of the person and
    /// stay out.
    pub fn to_json(&self) -> Value {
        let account = &self.account;
        let claims = &account.claims;
        json!({
            "format": "kreisportal-personal-data/1",
            "exported_at": time(self.exported_at),
            "account": {
                "identity_provider": account.issuer,
                "subject": account.subject,
                "created_at": time(account.created_at),
                "last_login_at": time(account.last_login_at),
                "digital_delivery_since": account.digital_delivery_since.map(time),
                "given_name": claims.given_name,
                "family_name": claims.family_name,
                "birth_date": claims.birth_date,
                "email": claims.email,
                "street": claims.street,
                "postcode": claims.postcode,
                "city": claims.city,
            },
            "password_login": self.local_login.as_ref().map(|login| json!({
                "email": login.email.as_str(),
                "confirmed_at": login.verified_at.map(time),
                "password": "stored only as an argon2id hash, which is not exported",
            })),
            "sessions": self.sessions.iter().map(|session| json!({
                "device": session.label,
                "trust_level": session.trust_level.as_str(),
                "created_at": time(session.created_at),
                "last_seen_at": time(session.last_seen_at),
                "expires_at": time(session.expires_at),
            })).collect::<Vec<_>>(),
            "applications": self.applications.iter().map(application_json).collect::<Vec<_>>(),
            "postfach": self.messages.iter().map(|message| json!({
                "subject": message.subject,
                "text": message.body,
                "letter": message.letter.as_ref().map(|letter| json!({
                    "name": letter.file_name,
                    "sha256": letter.sha256,
                })),
                "decision": message.decision,
                "received_at": time(message.created_at),
                "notified_at": message.notified_at.map(time),
                "retrieved_at": message.retrieved_at.map(time),
                "sent_on_paper_at": message.paper_at.map(time),
            })).collect::<Vec<_>>(),
        })
    }
}

fn application_json(application: &StoredApplication) -> Value {
    let draft = &application.draft;
    json!({
        "service": draft.service_id,
        "service_version": draft.service_version,
        "language": draft.locale.tag(),
        "started_at": time(draft.created_at),
        "last_saved_at": time(draft.updated_at),
        "draft_deleted_after": application.submission.is_none().then(|| time(draft.expires_at)),
        "email_for_links": draft.email.as_ref().map(ToString::to_string),
        "entered_values": draft.values,
        "submission": application.submission.as_ref().map(|submission| json!({
            "reference": submission.reference.to_string(),
            "submitted_at": time(submission.submitted_at),
            "state": submission.state.as_str(),
            "answers": submission.answers,
            "computed": submission.computed,
        })),
        "files": application.uploads.iter().map(|upload| json!({
            "name": upload.file_name,
            "media_type": upload.media_type,
            "size_bytes": upload.size_bytes,
            "sha256": upload.sha256,
            "uploaded_at": time(upload.created_at),
        })).collect::<Vec<_>>(),
    })
}

#[derive(Debug, thiserror::Error)]
pub enum DeleteAccountError {
    /// The person is the only administrator of these organisations, which have other members:
    /// someone else must administer them first.
    #[error("the only administrator of organisations with other members")]
    SoleAdministrator(Vec<String>),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// The organisations (by name) the account alone administers while others are members.
pub async fn sole_administrator_of(
    portal: &Portal,
    account: AccountId,
) -> Result<Vec<String>, StorageError> {
    let mut names = Vec::new();
    for (organisation, role) in portal.storage.organisations_of(account).await? {
        if role != MemberRole::Admin {
            continue;
        }
        let members = portal.storage.members(organisation.id).await?;
        let admins = members
            .iter()
            .filter(|m| m.role == MemberRole::Admin)
            .count();
        if admins == 1 && members.len() > 1 {
            names.push(organisation.details.name);
        }
    }
    Ok(names)
}

/// Deletes the logged-in person's account: sessions, open drafts and their files, memberships;
/// submitted applications stay with the authority. Refused while the person alone administers
/// an organisation with other members. The files go through the outbox, so a failing file
/// store only delays their deletion.
pub async fn delete_account(
    portal: &Portal,
    session: &ActiveSession,
) -> Result<DeletedAccount, DeleteAccountError> {
    let account = session.account;
    let sole = sole_administrator_of(portal, account).await?;
    if !sole.is_empty() {
        return Err(DeleteAccountError::SoleAdministrator(sole));
    }
    let audit = AuditEvent {
        actor: format!("citizen:{account}"),
        action: "account.delete".into(),
        object: format!("account:{account}"),
        purpose: "Löschung auf Wunsch der Person (Art. 17 DSGVO)".into(),
        outcome: "success".into(),
    };
    let now = portal.clock.now();
    let deleted = portal.storage.delete_account(account, &audit, now).await?;
    if !deleted.upload_keys.is_empty() {
        let job = Job::DeleteAccountFiles {
            account: account.0,
            keys: deleted.upload_keys.clone(),
        };
        portal.storage.enqueue_jobs(&[job.to_new_job(now)]).await?;
    }
    tracing::info!(
        drafts = deleted.drafts,
        submissions_kept = deleted.submissions_kept,
        "account deleted"
    );
    Ok(deleted)
}

/// Job: deletes files from the file store (a missing file counts as deleted).
pub(crate) async fn delete_files(portal: &Portal, keys: &[String]) -> Result<(), JobError> {
    for key in keys {
        portal
            .files
            .delete(key)
            .await
            .map_err(|e| JobError::Transient(e.to_string()))?;
    }
    Ok(())
}
