use std::collections::BTreeSet;

use domain::application::{CaseState, DraftToken, Reference, ScanState};
use domain::audit::{self, AuditEvent};
use domain::form::FormValues;
use domain::{EmailAddress, Locale};
use time::Duration;

use super::fixtures::{moment, tenant};
use crate::{
    DraftUpdate, Inserted, NewDraft, NewJob, NewServiceVersion, NewSubmission, Storage,
    StorageError, Upload,
};

pub(super) const T0: i64 = 1_798_761_600; // 2027-01-01T00:00:00Z

pub(super) async fn prepare(storage: &dyn Storage) {
    storage.save_tenant(&tenant("kreis-story")).await.unwrap();
    storage
        .import_service_version(NewServiceVersion {
            tenant_slug: "kreis-story",
            service_id: "hund",
            version: 1,
            source: "{}",
            sha256: "00",
            imported_at: moment(T0),
        })
        .await
        .unwrap();
}

pub(super) fn token_number(n: u8) -> DraftToken {
    DraftToken::from_random_bytes(&[n; 13])
}

pub(super) async fn draft(storage: &dyn Storage, n: u8, created: i64) -> DraftToken {
    let token = token_number(n);
    storage
        .create_draft(NewDraft {
            token: &token,
            tenant_slug: "kreis-story",
            service_id: "hund",
            service_version: 1,
            locale: Locale::Uk,
            account: None,
            organisation: None,
            created_at: moment(created),
            expires_at: moment(created) + Duration::days(30),
        })
        .await
        .unwrap();
    token
}

fn event(object: &str) -> AuditEvent {
    AuditEvent {
        actor: "citizen:anonymous".into(),
        action: "submission.create".into(),
        object: object.into(),
        purpose: "application".into(),
        outcome: "success".into(),
    }
}

pub(super) fn submission(token: &DraftToken, at: i64) -> NewSubmission<'_> {
    NewSubmission {
        token,
        reference_prefix: "KS",
        answers: serde_json::json!({ "dog_name": { "type": "text", "value": "Бім" } }),
        computed: serde_json::json!([["dog_tax", "108"]]),
        applicant_email: None,
        access_code_hash: "hash-of-code",
        locale: Locale::Uk,
        submitted_at: moment(at),
        audit: event(""),
    }
}

fn confirmation(token: &DraftToken) -> NewJob {
    NewJob {
        kind: "confirm-submission".into(),
        payload: serde_json::json!({ "token": token.as_str() }),
        idempotency_key: format!("confirm-submission:{token}"),
        run_at: moment(T0),
    }
}

pub async fn drafts_keep_every_value_as_typed(storage: &dyn Storage) {
    prepare(storage).await;
    let token = draft(storage, 1, T0).await;
    let fresh = storage.draft(&token).await.unwrap().expect("created");
    assert!(fresh.values.is_empty());
    assert_eq!(
        (fresh.revision, fresh.locale, fresh.submission.clone()),
        (0, Locale::Uk, None)
    );

    let values = FormValues::from_pairs([
        ("dog_list.0.dog_name".to_owned(), "Бім".to_owned()),
        ("extras".to_owned(), "a".to_owned()),
        ("extras".to_owned(), "b".to_owned()),
        ("chip".to_owned(), "not yet </valid>".to_owned()),
    ]);
    let revision = storage
        .save_draft(DraftUpdate {
            token: &token,
            values: &values,
            locale: Locale::Ar,
            updated_at: moment(T0 + 60),
            expires_at: moment(T0 + 60) + Duration::days(30),
        })
        .await
        .unwrap();
    assert_eq!(revision, 1);
    let email = EmailAddress::parse("olena@beispiel.example").unwrap();
    storage.set_draft_email(&token, Some(&email)).await.unwrap();

    let saved = storage.draft(&token).await.unwrap().unwrap();
    assert_eq!(saved.values, values);
    assert_eq!(saved.locale, Locale::Ar);
    assert_eq!(saved.email, Some(email));
    assert_eq!(saved.updated_at, moment(T0 + 60));
    assert_eq!(saved.created_at, moment(T0));

    assert_eq!(storage.draft(&token_number(9)).await.unwrap(), None);
    let unknown = storage
        .save_draft(DraftUpdate {
            token: &token_number(9),
            values: &values,
            locale: Locale::De,
            updated_at: moment(T0),
            expires_at: moment(T0),
        })
        .await;
    assert!(
        matches!(unknown, Err(StorageError::NotFound)),
        "{unknown:?}"
    );
}

pub async fn a_draft_is_submitted_once_with_its_number_jobs_and_audit_entry(storage: &dyn Storage) {
    prepare(storage).await;
    let token = draft(storage, 2, T0).await;
    let first = storage
        .submit_draft(submission(&token, T0 + 100), &[confirmation(&token)])
        .await
        .unwrap();
    let expected = Reference::new("KS", 2027, 1);
    assert_eq!(first, Inserted::Created(expected.clone()));
    let again = storage
        .submit_draft(submission(&token, T0 + 200), &[confirmation(&token)])
        .await
        .unwrap();
    assert_eq!(
        again,
        Inserted::AlreadyThere(expected.clone()),
        "a double submit is harmless"
    );
    assert_eq!(
        storage.outbox_counts().await.unwrap().pending,
        1,
        "its jobs are enqueued once"
    );

    let stored = storage
        .submission(&expected)
        .await
        .unwrap()
        .expect("stored");
    assert_eq!(stored.draft_token, token);
    assert_eq!(stored.answers["dog_name"]["value"], "Бім");
    assert_eq!(
        (stored.state, stored.service_version, stored.locale),
        (CaseState::Eingegangen, 1, Locale::Uk)
    );
    assert_eq!(stored.submitted_at, moment(T0 + 100));
    assert_eq!(
        storage.submission_for_draft(&token).await.unwrap(),
        Some(stored)
    );
    assert_eq!(
        storage.draft(&token).await.unwrap().unwrap().submission,
        Some(expected.clone())
    );

    let locked = storage
        .save_draft(DraftUpdate {
            token: &token,
            values: &FormValues::new(),
            locale: Locale::De,
            updated_at: moment(T0 + 300),
            expires_at: moment(T0 + 300),
        })
        .await;
    assert!(
        matches!(locked, Err(StorageError::Conflict(_))),
        "a submitted draft is read-only: {locked:?}"
    );

    assert_eq!(storage.audit_head().await.unwrap(), 1);
    let entries = storage.audit_events(0, 10).await.unwrap();
    assert_eq!(entries[0].event.object, "submission:KS-2027-000001");
    assert_eq!(audit::verify(&entries, 1), Ok(1));
}

pub async fn references_count_per_year_and_never_repeat(storage: &dyn Storage) {
    prepare(storage).await;
    let mut references = Vec::new();
    for (n, at) in [(3, T0), (4, T0 + 10), (5, T0 + 400 * 24 * 3600)] {
        let token = draft(storage, n, T0).await;
        references.push(
            storage
                .submit_draft(submission(&token, at), &[])
                .await
                .unwrap()
                .into_inner()
                .to_string(),
        );
    }
    assert_eq!(
        references,
        ["KS-2027-000001", "KS-2027-000002", "KS-2028-000001"]
    );
}

pub async fn concurrent_submissions_get_distinct_numbers(storage: &dyn Storage) {
    prepare(storage).await;
    let mut tokens = Vec::new();
    for n in 10..22 {
        tokens.push(draft(storage, n, T0).await);
    }
    let results = futures_util::future::join_all(
        tokens
            .iter()
            .map(|token| storage.submit_draft(submission(token, T0 + 5), &[])),
    )
    .await;
    let numbers: BTreeSet<u32> = results
        .into_iter()
        .map(|r| r.unwrap().into_inner().number())
        .collect();
    assert_eq!(numbers, (1..=12).collect());
    let entries = storage.audit_events(0, 100).await.unwrap();
    assert_eq!(
        audit::verify(&entries, storage.audit_head().await.unwrap()),
        Ok(12),
        "the chain did not fork"
    );
}

pub async fn expired_drafts_are_deleted_and_submitted_ones_kept(storage: &dyn Storage) {
    prepare(storage).await;
    let old = draft(storage, 30, T0).await;
    let submitted = draft(storage, 31, T0).await;
    let recent = draft(storage, 32, T0 + 20 * 24 * 3600).await;
    storage
        .submit_draft(submission(&submitted, T0 + 1), &[])
        .await
        .unwrap();
    storage.add_upload(&upload("u-old", &old)).await.unwrap();
    storage
        .add_upload(&upload("u-recent", &recent))
        .await
        .unwrap();
    let deleted = storage
        .delete_expired_drafts(moment(T0 + 31 * 24 * 3600))
        .await
        .unwrap();
    assert_eq!(deleted.drafts, 1);
    assert_eq!(
        deleted.upload_keys,
        ["drafts/u-old"],
        "the files of deleted drafts are to be deleted too"
    );
    assert_eq!(
        storage.upload("u-old").await.unwrap(),
        None,
        "their records went with the draft"
    );
    assert!(storage.upload("u-recent").await.unwrap().is_some());
    assert_eq!(storage.draft(&old).await.unwrap(), None);
    assert!(storage.draft(&submitted).await.unwrap().is_some());
    assert!(storage.draft(&recent).await.unwrap().is_some());
}

pub(super) fn upload(id: &str, token: &DraftToken) -> Upload {
    Upload {
        id: id.into(),
        draft_token: token.clone(),
        field: "dog_list.0.photo".into(),
        file_name: "Lageplan Größe 2.pdf".into(),
        media_type: "application/pdf".into(),
        size_bytes: 123_456,
        sha256: "ab".repeat(32),
        storage_key: format!("drafts/{id}"),
        scan_state: ScanState::Quarantined,
        created_at: moment(T0 + 5),
    }
}

pub async fn uploads_belong_to_their_draft_until_it_is_submitted(storage: &dyn Storage) {
    prepare(storage).await;
    let token = draft(storage, 40, T0).await;
    storage.add_upload(&upload("u-1", &token)).await.unwrap();
    storage.add_upload(&upload("u-2", &token)).await.unwrap();
    assert_eq!(
        storage.upload("u-1").await.unwrap(),
        Some(upload("u-1", &token))
    );
    let listed: Vec<String> = storage
        .uploads_for_draft(&token)
        .await
        .unwrap()
        .into_iter()
        .map(|u| u.id)
        .collect();
    assert_eq!(listed, ["u-1", "u-2"]);
    assert_eq!(
        storage
            .delete_upload("u-2")
            .await
            .unwrap()
            .map(|u| u.storage_key),
        Some("drafts/u-2".into())
    );
    assert_eq!(storage.delete_upload("u-2").await.unwrap(), None);

    let unknown = storage.add_upload(&upload("u-3", &token_number(99))).await;
    assert!(
        matches!(unknown, Err(StorageError::NotFound)),
        "{unknown:?}"
    );
    storage
        .submit_draft(submission(&token, T0 + 10), &[])
        .await
        .unwrap();
    let late = storage.add_upload(&upload("u-4", &token)).await;
    assert!(matches!(late, Err(StorageError::Conflict(_))), "{late:?}");
    assert_eq!(
        storage.delete_upload("u-1").await.unwrap(),
        None,
        "a submitted draft's files stay"
    );
}

pub async fn audit_appends_chain_even_when_concurrent(storage: &dyn Storage) {
    let appends = futures_util::future::join_all((0..10).map(|i| async move {
        storage
            .append_audit(moment(T0 + i), &event(&format!("draft:{i}")))
            .await
    }))
    .await;
    let sequences: BTreeSet<u64> = appends.into_iter().map(Result::unwrap).collect();
    assert_eq!(sequences, (1..=10).collect());
    let first_half = storage.audit_events(0, 5).await.unwrap();
    let second_half = storage.audit_events(5, 100).await.unwrap();
    assert_eq!((first_half.len(), second_half.len()), (5, 5));
    let all: Vec<_> = first_half.into_iter().chain(second_half).collect();
    assert_eq!(
        audit::verify(&all, storage.audit_head().await.unwrap()),
        Ok(10)
    );
}
