//! Feedback on accessibility: stored, then the tenant's contact is told by mail (through the
//! outbox, so a stored feedback is never left without its notification).

use domain::{
    AccessibilityFeedback, FeedbackId, FormErrors, Locale, RawAccessibilityFeedback, SubmissionKey,
    Tenant,
};
use i18n::Args;
use storage::{Inserted, NewFeedback, StorageError, StoredFeedback};

use crate::Portal;
use crate::jobs::{Job, JobError};
use crate::mailer::OutgoingMail;

#[derive(Debug, thiserror::Error)]
pub enum SubmitFeedbackError {
    #[error("the form has errors")]
    Invalid(FormErrors),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Validates and stores feedback. Posting the same key again returns the first feedback's id.
pub async fn submit_feedback(
    portal: &Portal,
    key: &SubmissionKey,
    locale: Locale,
    raw: &RawAccessibilityFeedback,
) -> Result<Inserted<FeedbackId>, SubmitFeedbackError> {
    let feedback = AccessibilityFeedback::parse(raw).map_err(SubmitFeedbackError::Invalid)?;
    let now = portal.clock.now();
    let notify = Job::NotifyFeedback { key: key.clone() }.to_new_job(now);
    let new = NewFeedback {
        tenant_slug: &portal.settings.tenant_slug,
        key,
        feedback: &feedback,
        locale,
        received_at: now,
    };
    let inserted = portal.storage.insert_feedback(new, &[notify]).await?;
    if let Inserted::Created(id) = inserted {
        tracing::info!(feedback.id = id.0, "accessibility feedback stored");
        portal.jobs_enqueued.notify_one();
    }
    Ok(inserted)
}

/// The stored feedback for the thank-you page.
pub async fn feedback_receipt(
    portal: &Portal,
    key: &SubmissionKey,
) -> Result<Option<StoredFeedback>, StorageError> {
    portal.storage.feedback_by_key(key).await
}

/// The job: mail the feedback to the tenant's contact, in German (the authority's language).
pub(crate) async fn notify_feedback(portal: &Portal, key: &SubmissionKey) -> Result<(), JobError> {
    let stored = portal
        .storage
        .feedback_by_key(key)
        .await
        .map_err(JobError::from)?
        .ok_or_else(|| JobError::Permanent("the feedback no longer exists".into()))?;
    let tenant = portal
        .storage
        .tenant(&stored.tenant_slug)
        .await
        .map_err(JobError::from)?
        .ok_or_else(|| JobError::Permanent("the feedback's tenant no longer exists".into()))?;
    let mail = feedback_mail(portal, &tenant, &stored);
    portal.mailer.send(&mail).await.map_err(JobError::from)
}

fn feedback_mail(portal: &Portal, tenant: &Tenant, stored: &StoredFeedback) -> OutgoingMail {
    let catalog = &portal.catalog;
    let de = Locale::De;
    let not_given = catalog.text(de, "mail-feedback-not-given");
    let feedback = &stored.feedback;
    let received = stored
        .received_at
        .format(&time::macros::format_description!(
            "[day].[month].[year], [hour]:[minute] UTC"
        ))
        .unwrap_or_default();
    let args = Args::new()
        .number("number", stored.id.0)
        .text("received", received)
        .text("language", stored.locale.endonym())
        .text(
            "page",
            feedback.page.clone().unwrap_or_else(|| not_given.clone()),
        )
        .text(
            "name",
            feedback.name.clone().unwrap_or_else(|| not_given.clone()),
        )
        .text(
            "email",
            feedback
                .email
                .as_ref()
                .map_or(not_given.clone(), |e| e.to_string()),
        )
        .text("message", feedback.message.clone());
    OutgoingMail {
        message_id: portal.settings.message_id("feedback", stored.key.as_str()),
        to: tenant.feedback_recipient.clone(),
        reply_to: feedback.email.clone(),
        subject: catalog.text_with(de, "mail-feedback-subject", &args),
        text_body: catalog.text_with(de, "mail-feedback-body", &args),
    }
}
