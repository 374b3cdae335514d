//! Nachforderung: the caseworker asks the applicant for something; the applicant is told by
//! mail (a notice without content: the question is read in the portal), answers there with a
//! text, files or both, and the answer lands in the case, which is "in Bearbeitung" again.

use domain::application::DraftToken;
use domain::case::CaseId;
use domain::case::request::{ANSWER_FILES_FIELD, AnswerText, Question, answer_files_field};
use domain::case::workflow::{Refusal, Step, decide};
use domain::form::FileType;
use domain::{FormErrors, Locale, msg_key};
use i18n::Args;
use storage::{InformationRequest, NewInformationRequest, StorageError, Upload};

use crate::Portal;
use crate::application::{ApplicationError, DraftInContext, service_title};
use crate::cases::{CaseError, audit, facts, visible_case};
use crate::jobs::{Job, JobError};
use crate::mailer::OutgoingMail;
use crate::received::{file_problem, scan_and_keep};
use crate::staff::ActiveStaff;
use crate::uploads::ReceivedFile;

/// The files an answer may carry: the usual document types, 10 MB each, five at most.
pub const ANSWER_FILE_TYPES: [FileType; 3] = [FileType::Pdf, FileType::Jpeg, FileType::Png];
pub const ANSWER_FILE_MAX_KB: u32 = 10 * 1024;
pub const ANSWER_MAX_FILES: u32 = 5;

/// Asks the applicant `question` (only the assignee of a case in Bearbeitung may); the case
/// waits in "Nachforderung" and the applicant gets a notice.
pub async fn ask(
    portal: &Portal,
    staff: &ActiveStaff,
    id: CaseId,
    question: &Question,
) -> Result<(), CaseError> {
    let case = visible_case(portal, staff, id).await?;
    decide(&facts(&case), staff.member.id, Step::RequestInformation).map_err(CaseError::Refused)?;
    let now = portal.clock.now();
    let notice = Job::InformationRequestNotice {
        token: case.draft_token.clone(),
        asked_at: now.unix_timestamp(),
    };
    match portal
        .storage
        .request_information(
            &NewInformationRequest {
                case_id: id,
                question: question.as_str(),
                asked_by: staff.member.id,
                at: now,
            },
            &[notice.to_new_job(now)],
            &audit(staff, "case.nachfordern", id),
        )
        .await
    {
        Ok(_) => Ok(()),
        Err(StorageError::Conflict(_)) => {
            Err(CaseError::Refused(Refusal(msg_key("case-refused-state"))))
        }
        Err(error) => Err(error.into()),
    }
}

/// Every question of the case and its answer, the oldest first.
pub async fn of_case(portal: &Portal, id: CaseId) -> Result<Vec<InformationRequest>, StorageError> {
    portal.storage.information_requests(id).await
}

/// The question the applicant has still to answer, if any.
pub async fn open_for(
    portal: &Portal,
    token: &DraftToken,
) -> Result<Option<InformationRequest>, StorageError> {
    portal.storage.open_information_request(token).await
}

/// How an answer went.
#[derive(Debug)]
pub enum AnswerOutcome {
    /// In the case; the case is in Bearbeitung again.
    Received,
    /// Nothing was kept: fix what the errors say (the text typed is shown again).
    Refused(FormErrors),
    /// No question is open (answered meanwhile, e.g. in another tab).
    NothingOpen,
}

/// Takes the applicant's answer to the open question of the submitted draft: files are
/// checked, scanned and kept, then text and files go into the case in one transaction.
pub async fn answer(
    portal: &Portal,
    current: &DraftInContext,
    text: &str,
    files: Vec<ReceivedFile>,
    locale: Locale,
) -> Result<AnswerOutcome, ApplicationError> {
    let label = portal
        .catalog
        .text(locale, "information-answer-files-label");
    let token = &current.draft.token;
    let Some(request) = open_for(portal, token).await? else {
        return Ok(AnswerOutcome::NothingOpen);
    };
    if let Some(file) = files.iter().find(|file| file.field != ANSWER_FILES_FIELD) {
        return Err(ApplicationError::TamperedPost(format!(
            "no file field {:?}",
            file.field
        )));
    }
    let mut errors = FormErrors::new();
    for (count, file) in files.iter().enumerate() {
        if let Some(key) = file_problem(
            file,
            &ANSWER_FILE_TYPES,
            ANSWER_FILE_MAX_KB,
            ANSWER_MAX_FILES,
            count,
        ) {
            errors.add_with(ANSWER_FILES_FIELD, key, file_args(file, &label));
        }
    }
    let answer = AnswerText::parse(text, files.len());
    if let Err(text_errors) = &answer {
        errors.extend(text_errors.clone());
    }
    let (Ok(answer), true) = (answer, errors.is_empty()) else {
        return Ok(AnswerOutcome::Refused(errors));
    };
    let field = answer_files_field(request.id);
    let mut kept: Vec<Upload> = Vec::new();
    for file in &files {
        match scan_and_keep(portal, token, &field, file).await? {
            Ok(upload) => kept.push(upload),
            Err(key) => errors.add_with(ANSWER_FILES_FIELD, key, file_args(file, &label)),
        }
    }
    if !errors.is_empty() {
        forget(portal, &kept).await;
        return Ok(AnswerOutcome::Refused(errors));
    }
    let audit = domain::audit::AuditEvent {
        actor: "applicant".into(),
        action: "case.answer".into(),
        object: format!("case:{}", request.case_id),
        purpose: "Antwort auf eine Nachforderung".into(),
        outcome: "success".into(),
    };
    match portal
        .storage
        .answer_information_request(
            request.id,
            answer.as_str(),
            &kept,
            &audit,
            portal.clock.now(),
        )
        .await
    {
        Ok(()) => Ok(AnswerOutcome::Received),
        Err(error) => {
            forget(portal, &kept).await;
            match error {
                StorageError::Conflict(_) | StorageError::NotFound => {
                    Ok(AnswerOutcome::NothingOpen)
                }
                other => Err(other.into()),
            }
        }
    }
}

fn file_args(file: &ReceivedFile, label: &str) -> Vec<(&'static str, String)> {
    vec![
        ("label", label.to_owned()),
        (
            "file",
            domain::application::upload::clean_file_name(&file.file_name),
        ),
        ("types", "PDF, JPG, PNG".to_owned()),
        ("megabytes", (ANSWER_FILE_MAX_KB / 1024).to_string()),
        ("max", ANSWER_MAX_FILES.to_string()),
    ]
}

/// Deletes files kept for an answer that did not go in.
async fn forget(portal: &Portal, kept: &[Upload]) {
    for upload in kept {
        if let Err(error) = portal.files.delete(&upload.storage_key).await {
            tracing::warn!(%error, upload.id = %upload.id, "a file of a refused answer stays behind");
        }
    }
}

/// Job: tells the applicant that the authority asked something, without saying what (the mail
/// is not a safe channel for personal data), and where to answer. Nothing when the question is
/// answered already or the applicant left no address.
pub(crate) async fn send_notice(
    portal: &Portal,
    token: &DraftToken,
    asked_at: i64,
) -> Result<(), JobError> {
    if open_for(portal, token).await?.is_none() {
        return Ok(());
    }
    let submission = portal
        .storage
        .submission_for_draft(token)
        .await?
        .ok_or_else(|| JobError::Permanent("the submission no longer exists".into()))?;
    let Some(to) = submission.applicant_email.clone() else {
        return Ok(());
    };
    let locale = submission.locale;
    let title = service_title(
        portal,
        &submission.service_id,
        submission.service_version,
        locale,
    )
    .await?;
    let args = Args::new()
        .text("service", title)
        .text("reference", submission.reference.to_string())
        .text(
            "link",
            format!(
                "{}/antrag/{token}/nachforderung",
                portal.settings.public_url
            ),
        );
    let catalog = &portal.catalog;
    let mail = OutgoingMail {
        message_id: portal
            .settings
            .message_id("information-request", &format!("{token}.{asked_at}")),
        to,
        reply_to: None,
        subject: catalog.text_with(locale, "mail-information-request-subject", &args),
        text_body: catalog.text_with(locale, "mail-information-request-body", &args),
    };
    portal.mailer.send(&mail).await.map_err(JobError::from)
}
