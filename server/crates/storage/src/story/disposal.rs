use domain::record::{AkteId, AkteState};
use serde_json::json;
use time::Duration;

use super::application::{T0, draft, prepare, submission, upload};
use super::case::{audit, staff_member};
use super::fixtures::moment;
use super::organisation::citizen;
use super::record::{case_of, content, new_akte};
use crate::{
    Disposal, FileInto, Mailbox, NewCase, NewDocument, NewInformationRequest, NewJob, NewMessage,
    Storage, StorageError,
};

fn files_job(keys: Vec<String>) -> NewJob {
    NewJob {
        kind: "dispose-files".into(),
        payload: json!({ "keys": keys }),
        idempotency_key: "dispose-files:story".into(),
        run_at: moment(T0),
    }
}

/// An Akte past its retention goes in one transaction: documents with their filed versions,
/// its cases with notes, questions, submissions, drafts and uploads; the Akte stays as proof
/// without its title, and the freed file keys become one job.
pub async fn an_exported_closed_akte_is_ausgesondert_leaving_only_its_proof(storage: &dyn Storage) {
    prepare(storage).await;
    // The first case's applicant sent a file with the application.
    let token = draft(storage, 70, T0).await;
    storage.add_upload(&upload("u-70", &token)).await.unwrap();
    storage
        .submit_draft(submission(&token, T0 + 70), &[])
        .await
        .unwrap();
    let first = storage
        .open_case(
            &NewCase {
                draft_token: &token,
                inbox: "53",
                opened_at: moment(T0 + 100),
                due_at: moment(T0 + 100) + Duration::days(10),
            },
            &audit("case.open"),
        )
        .await
        .unwrap()
        .into_inner();
    let (_, second) = case_of(storage, 71, "53").await;
    let (kept_token, kept_case) = case_of(storage, 72, "53").await;
    let staff = staff_member(storage, "a.aussonderung", "Alma Aussonderung").await;
    storage
        .assign_case(first, staff, &audit("case.assign"), moment(T0 + 140))
        .await
        .unwrap();
    storage
        .add_case_note(
            first,
            staff,
            "Rückruf erledigt",
            &audit("case.note"),
            moment(T0 + 150),
        )
        .await
        .unwrap();
    storage
        .request_information(
            &NewInformationRequest {
                case_id: first,
                question: "Bitte die Bescheinigung nachreichen.",
                asked_by: staff,
                at: moment(T0 + 160),
            },
            &[],
            &audit("case.ask"),
        )
        .await
        .unwrap();
    let documents = [NewDocument {
        title: "Antrag Brinkhoff".into(),
        kind: "antrag".into(),
        content: content("antrag-70.pdf", 'a'),
    }];
    let akte = storage
        .file_case(
            first,
            &new_akte("53", "Belehrung Brinkhoff"),
            &documents,
            &audit("case.file"),
            moment(T0 + 200),
        )
        .await
        .unwrap();
    storage
        .file_case(
            second,
            &FileInto::Existing(akte.id),
            &[],
            &audit("case.file"),
            moment(T0 + 210),
        )
        .await
        .unwrap();
    let other = storage
        .file_case(
            kept_case,
            &new_akte("53", "Belehrung Demir"),
            &[],
            &audit("case.file"),
            moment(T0 + 220),
        )
        .await
        .unwrap();
    assert_eq!((akte.exported_at, akte.disposal), (None, None));

    let dispose = |id| async move {
        storage
            .dispose_akte(id, &files_job, &audit("akte.dispose"), moment(T0 + 900))
            .await
    };
    assert!(
        matches!(dispose(akte.id).await, Err(StorageError::Conflict(_))),
        "an open Akte is not ausgesondert"
    );
    storage
        .close_akte(akte.id, &audit("akte.close"), moment(T0 + 300))
        .await
        .unwrap();
    // Exported while it was still open: documents may have come in since.
    storage
        .record_akte_export(other.id, &audit("akte.export"), moment(T0 + 305))
        .await
        .unwrap();
    storage
        .close_akte(other.id, &audit("akte.close"), moment(T0 + 310))
        .await
        .unwrap();
    assert!(
        matches!(dispose(other.id).await, Err(StorageError::Conflict(_))),
        "an export from before the closing does not count"
    );
    assert!(
        matches!(dispose(akte.id).await, Err(StorageError::Conflict(_))),
        "not before its package was exported"
    );
    assert!(matches!(
        dispose(AkteId(9_999)).await,
        Err(StorageError::NotFound)
    ));
    assert_eq!(
        storage
            .closed_akten("kreis-story", Some(&["53".to_owned(), "69.2".to_owned()]))
            .await
            .unwrap()
            .iter()
            .map(|akte| akte.id)
            .collect::<Vec<_>>(),
        vec![akte.id, other.id],
        "the earliest closed first"
    );
    assert!(
        storage
            .closed_akten("kreis-story", Some(&["69.2".to_owned()]))
            .await
            .unwrap()
            .is_empty(),
        "only the units asked for"
    );
    assert_eq!(
        storage
            .closed_akten("kreis-story", None)
            .await
            .unwrap()
            .len(),
        2,
        "or every unit's"
    );
    storage
        .record_akte_export(akte.id, &audit("akte.export"), moment(T0 + 400))
        .await
        .unwrap();
    assert!(matches!(
        storage
            .record_akte_export(AkteId(9_999), &audit("akte.export"), moment(T0))
            .await,
        Err(StorageError::NotFound)
    ));
    let exported = storage.akte(akte.id).await.unwrap().unwrap();
    assert_eq!(exported.exported_at, Some(moment(T0 + 400)));

    // The applicant's copy of a letter about the case stays theirs.
    let selin = citizen(storage, "pseudonym-disposal", "Selin").await;
    let letter = storage
        .post_message(
            &NewMessage {
                tenant_slug: "kreis-story",
                mailbox: Mailbox::Account(selin),
                case: Some(first),
                subject: "Bescheid",
                body: "Ihr Bescheid liegt bei.",
                letter: None,
                decision: true,
                created_at: moment(T0 + 250),
            },
            &|_| Vec::new(),
            &audit("postfach.post"),
        )
        .await
        .unwrap();

    let head = storage.audit_head().await.unwrap();
    let files_jobs = storage.pending_jobs_of_kind("dispose-files").await.unwrap();
    let indexed = storage.pending_jobs_of_kind("search-index").await.unwrap();
    let disposal = dispose(akte.id).await.unwrap();
    let proof = Disposal {
        at: moment(T0 + 900),
        documents: 1,
        cases: 2,
    };
    assert_eq!(disposal, proof);
    let gone = storage.akte(akte.id).await.unwrap().unwrap();
    assert_eq!(gone.state, AkteState::Ausgesondert);
    assert_eq!(gone.title, "", "the title may name a person");
    assert_eq!(gone.aktenzeichen, akte.aktenzeichen, "the proof stays");
    assert_eq!(gone.disposal, Some(proof));
    assert!(storage.documents(akte.id).await.unwrap().is_empty());
    for case in [first, second] {
        assert_eq!(storage.case_summary(case).await.unwrap(), None);
        assert!(storage.case_notes(case).await.unwrap().is_empty());
        assert!(storage.information_requests(case).await.unwrap().is_empty());
        assert_eq!(storage.akte_of_case(case).await.unwrap(), None);
    }
    assert_eq!(storage.draft(&token).await.unwrap(), None);
    assert_eq!(storage.submission_for_draft(&token).await.unwrap(), None);
    assert_eq!(storage.upload("u-70").await.unwrap(), None);
    let kept = storage
        .message(letter)
        .await
        .unwrap()
        .expect("the applicant's copy stays");
    assert_eq!(kept.case, None, "no longer tied to a case that is gone");
    assert_eq!(storage.audit_head().await.unwrap(), head + 1);
    assert_eq!(
        storage.pending_jobs_of_kind("dispose-files").await.unwrap(),
        files_jobs + 1,
        "the files go after the commit, through the outbox"
    );
    assert!(
        storage.pending_jobs_of_kind("search-index").await.unwrap() >= indexed + 3,
        "the Akte and both cases leave the index"
    );
    assert!(
        matches!(dispose(akte.id).await, Err(StorageError::Conflict(_))),
        "once"
    );

    // Everything else stays: the other Akte with its case, and its filed versions still never go.
    assert!(storage.case_summary(kept_case).await.unwrap().is_some());
    assert!(storage.draft(&kept_token).await.unwrap().is_some());
    assert_eq!(
        storage.akte(other.id).await.unwrap().unwrap().state,
        AkteState::Geschlossen
    );
}
