use domain::{AccessibilityFeedback, EmailAddress, Locale, SubmissionKey};

use super::fixtures::{moment, tenant};
use crate::{Inserted, NewFeedback, NewJob, Storage, StorageError};

fn feedback() -> AccessibilityFeedback {
    AccessibilityFeedback {
        name: Some("Erika Beispiel".into()),
        email: Some(EmailAddress::parse("erika@beispiel.example").unwrap()),
        page: Some("/impressum".into()),
        message: "Der Fokus ist auf dem Link „Impressum“ nicht zu sehen.\nBitte prüfen.".into(),
    }
}

fn notify_job(key: &SubmissionKey) -> NewJob {
    NewJob {
        kind: "notify-feedback".into(),
        payload: serde_json::json!({ "key": key.as_str() }),
        idempotency_key: format!("notify-feedback:{key}"),
        run_at: moment(1_800_000_000),
    }
}

pub async fn feedback_is_stored_once_per_key_together_with_its_jobs(storage: &dyn Storage) {
    storage.save_tenant(&tenant("kreis-story")).await.unwrap();
    let key = SubmissionKey::parse("story-key-0000000001").unwrap();
    let content = feedback();
    let new = NewFeedback {
        tenant_slug: "kreis-story",
        key: &key,
        feedback: &content,
        locale: Locale::Ar,
        received_at: moment(1_800_000_000),
    };

    let first = storage
        .insert_feedback(new.clone(), &[notify_job(&key)])
        .await
        .unwrap();
    let Inserted::Created(id) = first else {
        panic!("first insert must create: {first:?}")
    };
    let again = storage
        .insert_feedback(new, &[notify_job(&key)])
        .await
        .unwrap();
    assert_eq!(again, Inserted::AlreadyThere(id));
    assert_eq!(
        storage.outbox_counts().await.unwrap().pending,
        1,
        "the job is enqueued once"
    );

    let stored = storage
        .feedback_by_key(&key)
        .await
        .unwrap()
        .expect("stored");
    assert_eq!(stored.id, id);
    assert_eq!(stored.feedback, content);
    assert_eq!(stored.locale, Locale::Ar);
    assert_eq!(stored.received_at, moment(1_800_000_000));
    assert_eq!(stored.tenant_slug, "kreis-story");

    let other = SubmissionKey::parse("story-key-0000000002").unwrap();
    assert_eq!(storage.feedback_by_key(&other).await.unwrap(), None);
}

pub async fn feedback_for_an_unknown_tenant_is_refused(storage: &dyn Storage) {
    let key = SubmissionKey::parse("story-key-0000000003").unwrap();
    let content = feedback();
    let result = storage
        .insert_feedback(
            NewFeedback {
                tenant_slug: "no-such-tenant",
                key: &key,
                feedback: &content,
                locale: Locale::De,
                received_at: moment(1_800_000_000),
            },
            &[notify_job(&key)],
        )
        .await;
    assert!(matches!(result, Err(StorageError::NotFound)), "{result:?}");
    assert_eq!(
        storage.outbox_counts().await.unwrap().pending,
        0,
        "nothing partial is kept"
    );
}
