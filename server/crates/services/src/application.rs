//! The application assistant's use cases: start a draft, save a step (autosave, with item add
//! and remove), check the whole form, submit (once), look up the status; and the jobs that
//! follow: the confirmation, the resume link, the expiry reminder, the sweep of expired drafts.

use std::collections::BTreeMap;
use std::sync::Arc;

use domain::account::PersonClaims;
use domain::application::{AccessCode, DraftToken, Reference};
use domain::audit::AuditEvent;
use domain::form::navigation::{self, step_accepts};
use domain::form::validate::{self, Context};
use domain::form::{Decimal, FormValues, Prefill, answers, prefill};
use domain::organisation::OrganisationId;
use domain::service::{ServiceDefinition, TrustLevel};
use domain::{EmailAddress, FormErrors, Locale, Postcode, Tenant};
use i18n::Args;
use storage::{Draft, DraftUpdate, Inserted, NewDraft, NewSubmission, StorageError, Submission};
use time::OffsetDateTime;

use crate::accounts::{self, ActiveSession};
use crate::catalogue::{Catalogue, CatalogueError};
use crate::jobs::{Job, JobError};
use crate::mailer::OutgoingMail;
use crate::received;
use crate::uploads::ReceivedFile;
use crate::{Portal, random_bytes};

/// Most values one step may post; more was not typed by a person.
const MAX_POSTED_VALUES: usize = 600;
/// Longest single value kept.
const MAX_VALUE_CHARS: usize = 10_000;

#[derive(Debug, thiserror::Error)]
pub enum ApplicationError {
    #[error("no such draft")]
    UnknownDraft,
    #[error("the draft was submitted as {0}")]
    AlreadySubmitted(Reference),
    #[error("the step is not part of the form for these answers")]
    StepNotAvailable,
    /// The service needs a login at this trust level (or a higher one than the visitor's).
    #[error("the service needs the trust level {0:?}")]
    TrustLevelTooLow(TrustLevel),
    /// The draft belongs to an account: it opens only after that account's login.
    #[error("the draft belongs to an account")]
    OwnerMustLogIn,
    /// An application for an organisation the visitor is no member of.
    #[error("not a member of the organisation")]
    NotAMember,
    /// Inputs the step's page does not have, or far too many or too long values.
    #[error("the post does not fit the step: {0}")]
    TamperedPost(String),
    #[error(transparent)]
    Catalogue(#[from] CatalogueError),
    #[error("{0}")]
    Files(String),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// A draft with the definition version it was started with.
pub struct DraftInContext {
    pub draft: Draft,
    pub service: Arc<ServiceDefinition>,
    /// What the account that owns the draft knows about its person (the owner is the one
    /// logged in, or the draft would not have loaded).
    pub owner_claims: Option<PersonClaims>,
}

impl DraftInContext {
    /// The fields showing the account's value, and whether they are locked.
    pub fn from_account(&self) -> BTreeMap<String, Prefill> {
        self.owner_claims
            .as_ref()
            .map(|claims| prefill::from_account(&self.service.form, claims, &self.draft.values))
            .unwrap_or_default()
    }
}

/// What the visitor asked a step's form to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepAction {
    /// Save and go on (to the next step, or back to the check page).
    Continue,
    /// Save and come back later.
    SaveForLater,
    AddItem {
        group: String,
    },
    RemoveItem {
        group: String,
        index: u32,
    },
    RemoveFile {
        id: String,
    },
}

/// Where the visitor goes after saving a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepOutcome {
    /// Show this step again with these problems.
    Invalid(FormErrors),
    NextStep(String),
    CheckAnswers,
    /// Back to the same step (an item was added or removed), at this element.
    SameStep {
        focus: String,
    },
    Saved,
}

fn context<'a>(postcodes: &'a [Postcode], portal: &Portal, locale: Locale) -> Context<'a> {
    Context {
        today: portal.clock.now().date(),
        locale,
        tenant_postcodes: postcodes,
    }
}

/// All postcodes of the tenant's towns.
pub fn tenant_postcodes(tenant: &Tenant) -> Vec<Postcode> {
    tenant
        .towns
        .iter()
        .flat_map(|town| town.postcodes.iter().cloned())
        .collect()
}

/// Starts a draft of the current version of `service`, for the logged-in visitor's account
/// when there is one, and for `on_behalf` of an organisation the visitor is a member of (the
/// organisation is then the legal subject, the visitor the acting person). A service that
/// needs a trust level is refused below it.
pub async fn start(
    portal: &Portal,
    tenant: &Tenant,
    service: &ServiceDefinition,
    locale: Locale,
    session: Option<&ActiveSession>,
    on_behalf: Option<OrganisationId>,
) -> Result<DraftToken, ApplicationError> {
    if !accounts::trusted_enough(service.trust_level, session) {
        return Err(ApplicationError::TrustLevelTooLow(service.trust_level));
    }
    if let Some(organisation) = on_behalf {
        let member = match session {
            Some(session) => portal
                .storage
                .membership(organisation, session.account)
                .await?
                .is_some(),
            None => false,
        };
        if !member {
            return Err(ApplicationError::NotAMember);
        }
    }
    let now = portal.clock.now();
    loop {
        let token = DraftToken::from_random_bytes(&random_bytes());
        let created = portal
            .storage
            .create_draft(NewDraft {
                token: &token,
                tenant_slug: &tenant.slug,
                service_id: service.id.as_str(),
                service_version: service.version,
                locale,
                account: session.map(|session| session.account),
                organisation: on_behalf,
                created_at: now,
                expires_at: now + portal.settings.draft_lifetime,
            })
            .await;
        match created {
            Ok(()) => {
                tracing::info!(service.id = %service.id, "draft started");
                if let Some(session) = session {
                    let values = prefill::initial_values(&service.form, &session.claims);
                    if !values.is_empty() {
                        portal
                            .storage
                            .save_draft(DraftUpdate {
                                token: &token,
                                values: &values,
                                locale,
                                updated_at: now,
                                expires_at: now + portal.settings.draft_lifetime,
                            })
                            .await?;
                    }
                }
                return Ok(token);
            }
            // Two random tokens met (1 in 2^100): draw again.
            Err(StorageError::Conflict(_)) => continue,
            Err(error) => return Err(error.into()),
        }
    }
}

/// The draft and its definition; unknown or expired drafts are `UnknownDraft`. A draft started
/// in an account opens only for that account: without a login it asks for one, for anybody
/// else it does not exist.
pub async fn load(
    portal: &Portal,
    tenant: &Tenant,
    catalogue: &Catalogue,
    token: &DraftToken,
    session: Option<&ActiveSession>,
) -> Result<DraftInContext, ApplicationError> {
    let draft = portal
        .storage
        .draft(token)
        .await?
        .ok_or(ApplicationError::UnknownDraft)?;
    if draft.submission.is_none() && draft.expires_at < portal.clock.now() {
        return Err(ApplicationError::UnknownDraft);
    }
    let service = catalogue
        .definition(portal, tenant, &draft.service_id, draft.service_version)
        .await?
        .ok_or(ApplicationError::UnknownDraft)?;
    let owner_claims = match (draft.account, session) {
        (None, _) => None,
        (Some(_), None) => return Err(ApplicationError::OwnerMustLogIn),
        (Some(owner), Some(session)) if session.account == owner => Some(session.claims.clone()),
        // A colleague in the organisation the application is for may work on it too; what
        // the account filled in stays the one of the person who started it.
        (Some(owner), Some(session)) => match draft.organisation {
            Some(organisation)
                if portal
                    .storage
                    .membership(organisation, session.account)
                    .await?
                    .is_some() =>
            {
                portal
                    .storage
                    .account(owner)
                    .await?
                    .map(|account| account.claims)
            }
            _ => return Err(ApplicationError::UnknownDraft),
        },
    };
    Ok(DraftInContext {
        draft,
        service,
        owner_claims,
    })
}

/// Saves what was posted for a step (with the files received for it) and decides where to go
/// next. The values are saved even when they have errors, so nothing typed is lost.
#[expect(
    clippy::too_many_arguments,
    reason = "one use case; each argument is what the visitor sent"
)]
pub async fn save_step(
    portal: &Portal,
    tenant: &Tenant,
    current: &DraftInContext,
    step_id: &str,
    posted: &FormValues,
    files: Vec<ReceivedFile>,
    action: &StepAction,
    locale: Locale,
) -> Result<StepOutcome, ApplicationError> {
    if let Some(reference) = &current.draft.submission {
        return Err(ApplicationError::AlreadySubmitted(reference.clone()));
    }
    let form = &current.service.form;
    let step = navigation::visible_steps(form, &current.draft.values)
        .into_iter()
        .find(|step| step.id == step_id)
        .ok_or(ApplicationError::StepNotAvailable)?;
    check_post(step, posted)?;
    let own_uploads: Vec<String> = portal
        .storage
        .uploads_for_draft(&current.draft.token)
        .await?
        .into_iter()
        .map(|u| u.id)
        .collect();
    for (name, id) in posted_upload_ids(step, posted) {
        if !own_uploads.contains(&id) {
            return Err(ApplicationError::TamperedPost(format!(
                "{name} names an upload of another draft"
            )));
        }
    }

    let mut posted = posted.clone();
    let (accepted, upload_errors) = received::receive(portal, current, step, files, |field| {
        posted.all(field).len()
    })
    .await?;
    for upload in accepted {
        let mut ids = posted.all(&upload.field).to_vec();
        ids.push(upload.id);
        posted.set(upload.field, ids);
    }

    let mut values = current.draft.values.clone();
    values.replace_step(step, &posted);
    if let Some(claims) = &current.owner_claims {
        prefill::keep_locked(form, claims, &mut values);
    }
    let postcodes = tenant_postcodes(tenant);
    let context = context(&postcodes, portal, locale);
    let outcome = match action {
        StepAction::AddItem { group } | StepAction::RemoveItem { group, .. } => {
            let Some(domain::form::FieldKind::Group {
                min_items,
                max_items,
                ..
            }) = step.fields.iter().find(|f| &f.id == group).map(|f| &f.kind)
            else {
                return Err(ApplicationError::TamperedPost(format!(
                    "no group {group:?}"
                )));
            };
            let count = values.item_count(group, *min_items, *max_items);
            match action {
                StepAction::AddItem { .. } if count < *max_items => {
                    values.set(format!("{group}.items"), vec![(count + 1).to_string()]);
                    StepOutcome::SameStep {
                        focus: format!("{group}.{count}"),
                    }
                }
                StepAction::RemoveItem { index, .. } if *index < count && count > *min_items => {
                    values.remove_item(group, *index, count);
                    StepOutcome::SameStep {
                        focus: group.clone(),
                    }
                }
                _ => StepOutcome::SameStep {
                    focus: group.clone(),
                },
            }
        }
        StepAction::RemoveFile { id } => match received::remove(portal, current, id).await? {
            Some(field) => {
                let kept: Vec<String> = values
                    .all(&field)
                    .iter()
                    .filter(|value| *value != id)
                    .cloned()
                    .collect();
                values.set(field.clone(), kept);
                StepOutcome::SameStep { focus: field }
            }
            None => StepOutcome::SameStep {
                focus: String::new(),
            },
        },
        StepAction::SaveForLater => StepOutcome::Saved,
        StepAction::Continue => {
            let errors = validate::validate_step(form, step, &values, &context);
            match navigation::next_step(form, &values, step_id) {
                _ if !errors.is_empty() => StepOutcome::Invalid(errors),
                Some(next) => StepOutcome::NextStep(next.id.clone()),
                None => StepOutcome::CheckAnswers,
            }
        }
    };
    // A refused file is reported whatever was asked, so the visitor knows before moving on.
    let outcome = if upload_errors.is_empty() {
        outcome
    } else {
        let mut errors = upload_errors;
        errors.extend(validate::validate_step(form, step, &values, &context));
        StepOutcome::Invalid(errors)
    };
    match save(portal, &current.draft, &values, locale).await {
        Ok(()) => Ok(outcome),
        // Submitted meanwhile (another tab): say so with the reference.
        Err(StorageError::Conflict(_)) => {
            let draft = portal
                .storage
                .draft(&current.draft.token)
                .await?
                .ok_or(ApplicationError::UnknownDraft)?;
            Err(draft.submission.map_or(
                ApplicationError::UnknownDraft,
                ApplicationError::AlreadySubmitted,
            ))
        }
        Err(StorageError::NotFound) => Err(ApplicationError::UnknownDraft),
        Err(other) => Err(other.into()),
    }
}

/// The problems the step would have with these values, without saving anything: what the
/// page's script asks while the applicant corrects a field that had an error.
pub fn check_step(
    portal: &Portal,
    tenant: &Tenant,
    current: &DraftInContext,
    step_id: &str,
    posted: &FormValues,
    locale: Locale,
) -> Result<FormErrors, ApplicationError> {
    let form = &current.service.form;
    let step = navigation::visible_steps(form, &current.draft.values)
        .into_iter()
        .find(|step| step.id == step_id)
        .ok_or(ApplicationError::StepNotAvailable)?;
    check_post(step, posted)?;
    let mut values = current.draft.values.clone();
    values.replace_step(step, posted);
    if let Some(claims) = &current.owner_claims {
        prefill::keep_locked(form, claims, &mut values);
    }
    let postcodes = tenant_postcodes(tenant);
    Ok(validate::validate_step(
        form,
        step,
        &values,
        &context(&postcodes, portal, locale),
    ))
}

/// Refuses posts that no page of this step could have sent.
fn check_post(step: &domain::form::Step, posted: &FormValues) -> Result<(), ApplicationError> {
    if posted.len() > MAX_POSTED_VALUES {
        return Err(ApplicationError::TamperedPost(format!(
            "{} inputs",
            posted.len()
        )));
    }
    if let Some(name) = posted.names().find(|name| !step_accepts(step, name)) {
        return Err(ApplicationError::TamperedPost(format!(
            "unknown input {name:?}"
        )));
    }
    if posted.names().any(|name| {
        posted
            .all(name)
            .iter()
            .any(|value| value.chars().count() > MAX_VALUE_CHARS)
    }) {
        return Err(ApplicationError::TamperedPost("a value is too long".into()));
    }
    Ok(())
}

/// The upload ids a step's post names for its file fields.
fn posted_upload_ids(step: &domain::form::Step, posted: &FormValues) -> Vec<(String, String)> {
    posted
        .names()
        .filter(|name| received::file_field(step, name).is_some())
        .flat_map(|name| {
            posted
                .all(name)
                .iter()
                .filter(|id| !id.is_empty())
                .map(move |id| (name.to_owned(), id.clone()))
        })
        .collect()
}
async fn save(
    portal: &Portal,
    draft: &Draft,
    values: &FormValues,
    locale: Locale,
) -> Result<(), StorageError> {
    let now = portal.clock.now();
    let expires_at = now + portal.settings.draft_lifetime;
    portal
        .storage
        .save_draft(DraftUpdate {
            token: &draft.token,
            values,
            locale,
            updated_at: now,
            expires_at,
        })
        .await?;
    if draft.email.is_some() {
        let reminder = Job::DraftExpiryReminder {
            token: draft.token.clone(),
            expires_at: expires_at.unix_timestamp(),
        };
        portal
            .storage
            .enqueue_jobs(&[reminder.to_new_job(expires_at - portal.settings.expiry_reminder)])
            .await?;
    }
    Ok(())
}

/// What the check-your-answers page needs: the problems left, by step, and the computed values.
pub struct Check {
    pub problems: Vec<(String, FormErrors)>,
    pub computed: Vec<(String, Decimal)>,
}

pub fn check(portal: &Portal, tenant: &Tenant, current: &DraftInContext, locale: Locale) -> Check {
    let postcodes = tenant_postcodes(tenant);
    let form = &current.service.form;
    let values = &current.draft.values;
    Check {
        problems: validate::validate_all(form, values, &context(&postcodes, portal, locale)),
        computed: answers::computed(form, values),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    #[error("the form is not complete")]
    Incomplete,
    #[error("the declaration was not confirmed")]
    DeclarationMissing,
    #[error(transparent)]
    Application(#[from] ApplicationError),
}

/// Submits a complete draft once; a second submit finds the first reference. The service's
/// trust level is checked again: the session may have ended or been a lower one.
pub async fn submit(
    portal: &Portal,
    tenant: &Tenant,
    current: &DraftInContext,
    declaration: bool,
    locale: Locale,
    session: Option<&ActiveSession>,
) -> Result<Reference, SubmitError> {
    if let Some(reference) = &current.draft.submission {
        return Ok(reference.clone());
    }
    let required = current.service.trust_level;
    if !accounts::trusted_enough(required, session) {
        return Err(ApplicationError::TrustLevelTooLow(required).into());
    }
    if !check(portal, tenant, current, locale).problems.is_empty() {
        return Err(SubmitError::Incomplete);
    }
    if !declaration {
        return Err(SubmitError::DeclarationMissing);
    }
    let form = &current.service.form;
    let mut values = current.draft.values.clone();
    if let Some(claims) = &current.owner_claims {
        prefill::keep_locked(form, claims, &mut values);
    }
    let answers = answers::collect(form, &values);
    let computed = answers::computed(form, &values);
    let applicant_email = applicant_email(&answers).or_else(|| current.draft.email.clone());
    let token = &current.draft.token;
    let access_code = AccessCode::for_draft(token);
    // The back office takes every submission in; the applicant hears of it when they gave an
    // address.
    let mut jobs = vec![
        Job::Intake {
            token: token.clone(),
        }
        .to_new_job(portal.clock.now()),
    ];
    if applicant_email.is_some() {
        jobs.push(
            Job::ConfirmSubmission {
                token: token.clone(),
            }
            .to_new_job(portal.clock.now()),
        );
    }
    let inserted = portal
        .storage
        .submit_draft(
            NewSubmission {
                token,
                reference_prefix: &tenant.reference_prefix,
                answers: serde_json::to_value(&answers).unwrap_or_default(),
                computed: serde_json::to_value(&computed).unwrap_or_default(),
                applicant_email: applicant_email.as_ref(),
                access_code_hash: &access_code.hash(),
                locale,
                submitted_at: portal.clock.now(),
                audit: AuditEvent {
                    actor: "citizen:anonymous".into(),
                    action: "submission.create".into(),
                    object: String::new(),
                    purpose: "application".into(),
                    outcome: "success".into(),
                },
            },
            &jobs,
        )
        .await
        .map_err(ApplicationError::from)?;
    if let Inserted::Created(reference) = &inserted {
        tracing::info!(service.id = %current.service.id, submission.reference = %reference, "application submitted");
        portal.jobs_enqueued.notify_one();
    }
    Ok(inserted.into_inner())
}

/// The address the applicant gave in the form's `email` field, if any.
fn applicant_email(answers: &answers::Answers) -> Option<EmailAddress> {
    match answers.get("email") {
        Some(answers::AnswerValue::Text(text)) => EmailAddress::parse(text).ok(),
        _ => None,
    }
}

/// What the status page shows.
pub struct Status {
    pub submission: Submission,
    pub service: Arc<ServiceDefinition>,
}

/// The status of a submission, when reference and access code match (compared by hash, so the
/// answer takes as long for a wrong code as for a right one).
pub async fn status(
    portal: &Portal,
    tenant: &Tenant,
    catalogue: &Catalogue,
    reference: &Reference,
    code: &AccessCode,
) -> Result<Option<Status>, ApplicationError> {
    let Some(submission) = portal.storage.submission(reference).await? else {
        return Ok(None);
    };
    let given = code.hash();
    let matches = given.len() == submission.access_code_hash.len()
        && given
            .bytes()
            .zip(submission.access_code_hash.bytes())
            .fold(0u8, |diff, (a, b)| diff | (a ^ b))
            == 0;
    if !matches {
        return Ok(None);
    }
    let service = catalogue
        .definition(
            portal,
            tenant,
            &submission.service_id,
            submission.service_version,
        )
        .await?
        .ok_or(ApplicationError::UnknownDraft)?;
    Ok(Some(Status {
        submission,
        service,
    }))
}

/// Remembers the visitor's address and sends the link to continue the draft.
pub async fn send_resume_link(
    portal: &Portal,
    current: &DraftInContext,
    email: &EmailAddress,
) -> Result<(), ApplicationError> {
    portal
        .storage
        .set_draft_email(&current.draft.token, Some(email))
        .await?;
    let now = portal.clock.now();
    let jobs = [
        Job::ResumeLink {
            token: current.draft.token.clone(),
            requested_at: now.unix_timestamp(),
        }
        .to_new_job(now),
        Job::DraftExpiryReminder {
            token: current.draft.token.clone(),
            expires_at: current.draft.expires_at.unix_timestamp(),
        }
        .to_new_job(current.draft.expires_at - portal.settings.expiry_reminder),
    ];
    portal.storage.enqueue_jobs(&jobs).await?;
    portal.jobs_enqueued.notify_one();
    Ok(())
}

/// The address that opens a draft again.
pub fn resume_url(portal: &Portal, token: &DraftToken) -> String {
    format!("{}/antrag/{token}", portal.settings.public_url)
}

fn format_day(moment: OffsetDateTime, locale: Locale) -> String {
    validate::format_date(moment.date(), locale)
}

/// Job: the confirmation mail after a submission, in the applicant's language.
pub(crate) async fn send_confirmation(portal: &Portal, token: &DraftToken) -> Result<(), JobError> {
    let submission = portal
        .storage
        .submission_for_draft(token)
        .await?
        .ok_or_else(|| JobError::Permanent("the submission no longer exists".into()))?;
    let Some(to) = submission.applicant_email.clone() else {
        return Ok(());
    };
    let title = service_title(
        portal,
        &submission.service_id,
        submission.service_version,
        submission.locale,
    )
    .await?;
    let code = AccessCode::for_draft(token);
    let args = Args::new()
        .text("service", title)
        .text("reference", submission.reference.to_string())
        .text("code", code.grouped())
        .text(
            "date",
            format_day(submission.submitted_at, submission.locale),
        )
        .text("link", format!("{}/status", portal.settings.public_url));
    let catalog = &portal.catalog;
    let mail = OutgoingMail {
        message_id: portal.settings.message_id("confirmation", token.as_str()),
        to,
        reply_to: None,
        subject: catalog.text_with(submission.locale, "mail-confirmation-subject", &args),
        text_body: catalog.text_with(submission.locale, "mail-confirmation-body", &args),
    };
    portal.mailer.send(&mail).await.map_err(JobError::from)
}

pub(crate) async fn service_title(
    portal: &Portal,
    service_id: &str,
    version: u32,
    locale: Locale,
) -> Result<String, JobError> {
    let stored = portal
        .storage
        .service_version(service_id, version)
        .await?
        .ok_or_else(|| JobError::Permanent("the service version no longer exists".into()))?;
    let value: serde_json::Value = serde_json::from_str(&stored.source)
        .map_err(|e| JobError::Permanent(format!("stored definition: {e}")))?;
    let title = &value["title"];
    Ok(title[locale.tag()]
        .as_str()
        .or_else(|| title["de"].as_str())
        .unwrap_or(service_id)
        .to_owned())
}

/// Job: the link to continue a draft, to the address the visitor gave.
pub(crate) async fn send_resume_mail(
    portal: &Portal,
    token: &DraftToken,
    requested_at: i64,
) -> Result<(), JobError> {
    let Some(draft) = portal.storage.draft(token).await? else {
        return Ok(());
    };
    let Some(to) = draft.email.clone() else {
        return Ok(());
    };
    if draft.submission.is_some() {
        return Ok(());
    }
    let title = service_title(
        portal,
        &draft.service_id,
        draft.service_version,
        draft.locale,
    )
    .await?;
    let args = Args::new()
        .text("service", title)
        .text("link", resume_url(portal, token))
        .text("code", token.grouped())
        .text("date", format_day(draft.expires_at, draft.locale));
    let mail = OutgoingMail {
        message_id: portal
            .settings
            .message_id("resume", &format!("{token}-{requested_at}")),
        to,
        reply_to: None,
        subject: portal
            .catalog
            .text_with(draft.locale, "mail-resume-subject", &args),
        text_body: portal
            .catalog
            .text_with(draft.locale, "mail-resume-body", &args),
    };
    portal.mailer.send(&mail).await.map_err(JobError::from)
}

/// Job: a reminder that an unfinished draft will be deleted; skipped when the draft was saved
/// again since (its expiry moved), submitted or deleted.
pub(crate) async fn send_expiry_reminder(
    portal: &Portal,
    token: &DraftToken,
    expires_at: i64,
) -> Result<(), JobError> {
    let Some(draft) = portal.storage.draft(token).await? else {
        return Ok(());
    };
    let Some(to) = draft.email.clone() else {
        return Ok(());
    };
    if draft.submission.is_some() || draft.expires_at.unix_timestamp() != expires_at {
        return Ok(());
    }
    let title = service_title(
        portal,
        &draft.service_id,
        draft.service_version,
        draft.locale,
    )
    .await?;
    let args = Args::new()
        .text("service", title)
        .text("link", resume_url(portal, token))
        .text("date", format_day(draft.expires_at, draft.locale));
    let mail = OutgoingMail {
        message_id: portal
            .settings
            .message_id("expiry", &format!("{token}-{expires_at}")),
        to,
        reply_to: None,
        subject: portal
            .catalog
            .text_with(draft.locale, "mail-expiry-subject", &args),
        text_body: portal
            .catalog
            .text_with(draft.locale, "mail-expiry-body", &args),
    };
    portal.mailer.send(&mail).await.map_err(JobError::from)
}

/// Job: deletes expired drafts and their files, ended sessions, past rate-limit windows, and
/// local registrations never confirmed.
pub(crate) async fn sweep_drafts(portal: &Portal) -> Result<(), JobError> {
    let expired = portal
        .storage
        .delete_expired_drafts(portal.clock.now())
        .await?;
    for key in &expired.upload_keys {
        portal
            .files
            .delete(key)
            .await
            .map_err(|e| JobError::Transient(e.to_string()))?;
    }
    let now = portal.clock.now();
    let sessions = portal
        .storage
        .delete_expired_sessions(now, now - time::Duration::hours(1))
        .await?;
    if sessions > 0 {
        tracing::info!(sessions, "ended sessions deleted");
    }
    portal
        .storage
        .delete_rate_windows_before(now - portal.settings.rate_limits.longest_window())
        .await?;
    let registrations = portal
        .storage
        .delete_stale_local_registrations(now, now - crate::local_accounts::UNCONFIRMED_KEPT)
        .await?;
    if registrations > 0 {
        tracing::info!(registrations, "unconfirmed local registrations deleted");
    }
    if expired.drafts > 0 {
        tracing::info!(
            drafts = expired.drafts,
            files = expired.upload_keys.len(),
            "expired drafts deleted"
        );
    }
    Ok(())
}
