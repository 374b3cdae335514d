use domain::application::DraftToken;
use domain::case::CaseId;
use domain::record::{AkteId, AkteState, Confidentiality};
use time::Duration;

use super::application::{T0, draft, prepare, submission};
use super::case::audit;
use super::fixtures::moment;
use crate::{FileInto, NewAkte, NewCase, NewDocument, Storage, StorageError, VersionContent};

pub(super) fn content(name: &str, sha: char) -> VersionContent {
    VersionContent {
        file_name: name.into(),
        media_type: "application/pdf".into(),
        size_bytes: 2_048,
        sha256: sha.to_string().repeat(64),
        storage_key: format!("drafts/x/{name}"),
    }
}

pub(super) fn new_akte<'a>(unit: &'a str, title: &'a str) -> FileInto<'a> {
    FileInto::New(NewAkte {
        tenant_slug: "kreis-story",
        plan_key: "53.40.20",
        year: 2027,
        title,
        unit,
        confidentiality: Confidentiality::Normal,
        retention_years: 10,
    })
}

pub(super) async fn case_of(storage: &dyn Storage, n: u8, inbox: &str) -> (DraftToken, CaseId) {
    let token = draft(storage, n, T0).await;
    storage
        .submit_draft(submission(&token, T0 + i64::from(n)), &[])
        .await
        .unwrap();
    let case = storage
        .open_case(
            &NewCase {
                draft_token: &token,
                inbox,
                opened_at: moment(T0 + 100),
                due_at: moment(T0 + 100) + Duration::days(10),
            },
            &audit("case.open"),
        )
        .await
        .unwrap()
        .into_inner();
    (token, case)
}

pub async fn cases_are_filed_with_aktenzeichen_and_filed_versions_never_change(
    storage: &dyn Storage,
) {
    prepare(storage).await;
    let (_, first) = case_of(storage, 60, "53").await;
    let (_, second) = case_of(storage, 61, "53").await;
    let (_, third) = case_of(storage, 62, "53").await;
    let (_, water) = case_of(storage, 63, "69.2").await;
    let head = storage.audit_head().await.unwrap();
    let indexed = storage.pending_jobs_of_kind("search-index").await.unwrap();
    let documents = vec![
        NewDocument {
            title: "Antrag".into(),
            kind: "antrag".into(),
            content: content("antrag.pdf", 'a'),
        },
        NewDocument {
            title: "Teilnahmebescheinigung".into(),
            kind: "anlage".into(),
            content: content("bescheinigung.pdf", 'b'),
        },
    ];
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
    assert_eq!(akte.aktenzeichen, "53.40.20-0001/2027");
    assert!(
        storage.pending_jobs_of_kind("search-index").await.unwrap() >= indexed + 2,
        "the new Akte with its documents and the filed case are indexed again"
    );
    assert_eq!(akte.state, AkteState::Offen);
    assert_eq!(akte.unit, "53");
    assert_eq!(storage.audit_head().await.unwrap(), head + 1);
    assert_eq!(
        storage.akte_of_case(first).await.unwrap(),
        Some(akte.clone())
    );
    assert!(
        matches!(
            storage
                .file_case(
                    first,
                    &new_akte("53", "Noch einmal"),
                    &[],
                    &audit("case.file"),
                    moment(T0 + 210)
                )
                .await,
            Err(StorageError::Conflict(_))
        ),
        "a case is filed once"
    );
    let next = storage
        .file_case(
            second,
            &new_akte("53", "Belehrung Demir"),
            &[],
            &audit("case.file"),
            moment(T0 + 220),
        )
        .await
        .unwrap();
    assert_eq!(
        next.aktenzeichen, "53.40.20-0002/2027",
        "the next number of the key"
    );
    let into_first = storage
        .file_case(
            third,
            &FileInto::Existing(akte.id),
            &documents[..1],
            &audit("case.file"),
            moment(T0 + 230),
        )
        .await
        .unwrap();
    assert_eq!(into_first.id, akte.id);
    assert!(
        matches!(
            storage
                .file_case(
                    water,
                    &FileInto::Existing(akte.id),
                    &[],
                    &audit("case.file"),
                    moment(T0 + 240)
                )
                .await,
            Err(StorageError::Conflict(_))
        ),
        "another unit's Akte is not for this case"
    );
    assert!(matches!(
        storage
            .file_case(
                water,
                &FileInto::Existing(AkteId(9_999)),
                &[],
                &audit("case.file"),
                moment(T0)
            )
            .await,
        Err(StorageError::NotFound)
    ));
    assert_eq!(
        storage
            .open_akten("kreis-story", "53", "53.40.20")
            .await
            .unwrap()
            .iter()
            .map(|akte| akte.aktenzeichen.as_str())
            .collect::<Vec<_>>(),
        vec!["53.40.20-0002/2027", "53.40.20-0001/2027"]
    );
    assert!(
        storage
            .open_akten("kreis-story", "69.2", "53.40.20")
            .await
            .unwrap()
            .is_empty()
    );
    // Closing: once, recorded with its time; a closed Akte is no longer offered for filing.
    assert_eq!(next.closed_at, None);
    storage
        .close_akte(next.id, &audit("akte.close"), moment(T0 + 250))
        .await
        .unwrap();
    let closed = storage.akte(next.id).await.unwrap().unwrap();
    assert_eq!(
        (closed.state, closed.closed_at),
        (AkteState::Geschlossen, Some(moment(T0 + 250)))
    );
    assert!(matches!(
        storage
            .close_akte(next.id, &audit("akte.close"), moment(T0 + 260))
            .await,
        Err(StorageError::Conflict(_))
    ));
    assert!(matches!(
        storage
            .close_akte(AkteId(9_999), &audit("akte.close"), moment(T0))
            .await,
        Err(StorageError::NotFound)
    ));
    assert_eq!(
        storage
            .open_akten("kreis-story", "53", "53.40.20")
            .await
            .unwrap()
            .len(),
        1
    );

    let filed = storage.documents(akte.id).await.unwrap();
    assert_eq!(
        filed
            .iter()
            .map(|d| (d.number, d.title.as_str()))
            .collect::<Vec<_>>(),
        vec![(1, "Antrag"), (2, "Teilnahmebescheinigung"), (3, "Antrag")],
        "running numbers within the Akte"
    );
    assert_eq!(filed[0].case_id, Some(first));
    assert_eq!(filed[2].case_id, Some(third));
    assert_eq!(filed[0].versions.len(), 1);
    assert_eq!(filed[0].versions[0].content, content("antrag.pdf", 'a'));
    assert_eq!(filed[0].versions[0].filed_at, Some(moment(T0 + 200)));

    // Zu den Akten: the storage refuses every change and deletion, beneath its own code.
    let document = filed[0].id;
    let forged = content("antrag.pdf", 'f');
    for attempt in [
        storage
            .replace_document_version(
                document,
                1,
                &forged,
                &audit("document.replace"),
                moment(T0 + 300),
            )
            .await,
        storage
            .delete_document_version(document, 1, &audit("document.delete"), moment(T0 + 300))
            .await,
        storage
            .file_document_version(document, 1, &audit("document.file"), moment(T0 + 300))
            .await,
    ] {
        assert!(
            matches!(attempt, Err(StorageError::Conflict(_))),
            "{attempt:?}"
        );
    }
    assert_eq!(
        storage.documents(akte.id).await.unwrap()[0].versions[0].content,
        content("antrag.pdf", 'a'),
        "unchanged"
    );

    // A new version is a new row; until it is filed it may change or go.
    let draft_version = storage
        .add_document_version(
            document,
            &content("antrag-v2.pdf", 'c'),
            false,
            &audit("document.add"),
            moment(T0 + 400),
        )
        .await
        .unwrap();
    assert_eq!(draft_version, 2);
    storage
        .replace_document_version(
            document,
            2,
            &content("antrag-v2.pdf", 'd'),
            &audit("document.replace"),
            moment(T0 + 410),
        )
        .await
        .unwrap();
    storage
        .delete_document_version(document, 2, &audit("document.delete"), moment(T0 + 420))
        .await
        .unwrap();
    let third_version = storage
        .add_document_version(
            document,
            &content("antrag-v3.pdf", 'e'),
            false,
            &audit("document.add"),
            moment(T0 + 430),
        )
        .await
        .unwrap();
    assert_eq!(
        third_version, 2,
        "the number of the deleted draft is free again"
    );
    storage
        .file_document_version(document, 2, &audit("document.file"), moment(T0 + 440))
        .await
        .unwrap();
    assert!(matches!(
        storage
            .delete_document_version(document, 2, &audit("document.delete"), moment(T0 + 450))
            .await,
        Err(StorageError::Conflict(_))
    ));
    let versions = &storage.documents(akte.id).await.unwrap()[0].versions;
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[1].filed_at, Some(moment(T0 + 440)));
    assert!(matches!(
        storage
            .delete_document_version(document, 9, &audit("document.delete"), moment(T0))
            .await,
        Err(StorageError::NotFound)
    ));

    // A Fachverfahren's document joins the open Akte of its case, zu den Akten at once.
    let bescheid = NewDocument {
        title: "Bescheid".into(),
        kind: "fachverfahren".into(),
        content: content("bescheid.pdf", '9'),
    };
    let added = storage
        .add_case_document(first, &bescheid, &audit("document.add"), moment(T0 + 500))
        .await
        .unwrap();
    assert_eq!(added, 4, "the next running number");
    let last = storage.documents(akte.id).await.unwrap().pop().unwrap();
    assert_eq!(
        (last.title.as_str(), last.case_id),
        ("Bescheid", Some(first))
    );
    assert_eq!(last.versions[0].filed_at, Some(moment(T0 + 500)));
    for (case, why) in [(water, "not filed"), (second, "its Akte is closed")] {
        assert!(
            matches!(
                storage
                    .add_case_document(case, &bescheid, &audit("document.add"), moment(T0 + 510))
                    .await,
                Err(StorageError::Conflict(_))
            ),
            "{why}"
        );
    }
    assert!(matches!(
        storage
            .add_case_document(CaseId(9_999), &bescheid, &audit("document.add"), moment(T0))
            .await,
        Err(StorageError::NotFound)
    ));
}
