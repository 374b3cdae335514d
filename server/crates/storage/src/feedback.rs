//! Feedback on accessibility.

use async_trait::async_trait;
use domain::{AccessibilityFeedback, FeedbackId, Locale, SubmissionKey};
use time::OffsetDateTime;

use crate::{Inserted, NewJob, StorageResult};

/// Feedback to store, with the key that makes a repeated post harmless.
#[derive(Debug, Clone)]
pub struct NewFeedback<'a> {
    pub tenant_slug: &'a str,
    pub key: &'a SubmissionKey,
    pub feedback: &'a AccessibilityFeedback,
    pub locale: Locale,
    pub received_at: OffsetDateTime,
}

/// Feedback as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFeedback {
    pub id: FeedbackId,
    pub tenant_slug: String,
    pub key: SubmissionKey,
    pub feedback: AccessibilityFeedback,
    pub locale: Locale,
    pub received_at: OffsetDateTime,
}

#[async_trait]
pub trait FeedbackStore: Send + Sync {
    /// Stores the feedback and its outbox jobs in one transaction. A second call with the same
    /// key stores nothing and returns the first feedback's id as `AlreadyThere`.
    async fn insert_feedback(
        &self,
        new: NewFeedback<'_>,
        jobs: &[NewJob],
    ) -> StorageResult<Inserted<FeedbackId>>;

    async fn feedback_by_key(&self, key: &SubmissionKey) -> StorageResult<Option<StoredFeedback>>;
}
