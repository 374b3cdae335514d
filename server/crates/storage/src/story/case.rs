use domain::EmailAddress;
use domain::application::{CaseState, Reference};
use domain::audit::AuditEvent;
use domain::staff::{StaffId, Username};
use time::Duration;

use super::application::{T0, draft, prepare, submission};
use super::fixtures::moment;
use crate::{CaseFilter, CaseMove, Inserted, NewCase, NewStaff, Storage, StorageError};

pub(super) fn audit(action: &str) -> AuditEvent {
    AuditEvent {
        actor: "system:intake".into(),
        action: action.into(),
        object: String::new(),
        purpose: "Sachbearbeitung".into(),
        outcome: "success".into(),
    }
}

/// A staff member without roles, created on the story's first day (an actor for cases).
pub(super) async fn staff_member(storage: &dyn Storage, username: &str, name: &str) -> StaffId {
    let username = Username::parse(username).unwrap();
    let email = EmailAddress::parse(&format!("{username}@kreis-story.example")).unwrap();
    storage
        .create_staff(
            NewStaff {
                tenant_slug: "kreis-story",
                username: &username,
                display_name: name,
                email: &email,
                password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
                totp_secret: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
                grants: &[],
                created_at: moment(T0),
            },
            &audit("staff.create"),
        )
        .await
        .unwrap()
}

pub async fn a_submission_becomes_one_case_in_its_inbox_and_is_taken_up(storage: &dyn Storage) {
    prepare(storage).await;
    let water = draft(storage, 1, T0).await;
    let hunting = draft(storage, 2, T0).await;
    let never_submitted = draft(storage, 3, T0).await;
    for (token, at) in [(&water, T0 + 100), (&hunting, T0 + 200)] {
        storage
            .submit_draft(submission(token, at), &[])
            .await
            .unwrap();
    }
    let head = storage.audit_head().await.unwrap();
    let open = |token, inbox, due_days| NewCase {
        draft_token: token,
        inbox,
        opened_at: moment(T0 + 300),
        due_at: moment(T0 + 300) + Duration::days(due_days),
    };
    let first = storage
        .open_case(&open(&water, "69.2", 30), &audit("case.open"))
        .await
        .unwrap();
    let Inserted::Created(water_case) = first else {
        panic!("a new case: {first:?}")
    };
    assert_eq!(
        storage
            .open_case(&open(&water, "69.2", 30), &audit("case.open"))
            .await
            .unwrap(),
        Inserted::AlreadyThere(water_case),
        "a repeated intake opens nothing new"
    );
    storage
        .open_case(&open(&hunting, "32.3", 10), &audit("case.open"))
        .await
        .unwrap();
    assert!(matches!(
        storage
            .open_case(&open(&never_submitted, "69.2", 1), &audit("case.open"))
            .await,
        Err(StorageError::NotFound)
    ));
    assert_eq!(storage.audit_head().await.unwrap(), head + 2);

    let filter = |inboxes: &[&str]| CaseFilter {
        tenant_slug: "kreis-story".into(),
        inboxes: inboxes.iter().map(|inbox| (*inbox).to_owned()).collect(),
        ..CaseFilter::default()
    };
    let both = storage.cases(&filter(&["69.2", "32.3"])).await.unwrap();
    assert_eq!(
        both.iter()
            .map(|case| case.inbox.as_str())
            .collect::<Vec<_>>(),
        vec!["32.3", "69.2"],
        "the earliest deadline first"
    );
    let mine = storage.cases(&filter(&["69.2"])).await.unwrap();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].reference, Reference::new("KS", 2027, 1));
    assert_eq!(mine[0].state, CaseState::Eingegangen);
    assert_eq!(mine[0].assignee, None);
    assert_eq!(mine[0].received_at, moment(T0 + 100));
    assert!(storage.cases(&filter(&[])).await.unwrap().is_empty());
    assert!(storage.cases(&filter(&["53"])).await.unwrap().is_empty());
    let other_tenant = CaseFilter {
        tenant_slug: "kreis-anders".into(),
        ..filter(&["69.2"])
    };
    assert!(storage.cases(&other_tenant).await.unwrap().is_empty());
    let by_reference = CaseFilter {
        reference_prefix: Some("KS-2027-000002".into()),
        ..filter(&["69.2", "32.3"])
    };
    assert_eq!(storage.cases(&by_reference).await.unwrap().len(), 1);

    let kuebra = staff_member(storage, "k.demir", "Kübra Demir").await;
    storage
        .assign_case(water_case, kuebra, &audit("case.assign"), moment(T0 + 400))
        .await
        .unwrap();
    let taken = storage.case_summary(water_case).await.unwrap().unwrap();
    assert_eq!(taken.assignee, Some((kuebra, "Kübra Demir".to_owned())));
    assert_eq!(taken.state, CaseState::InBearbeitung, "taken up");
    let assigned = CaseFilter {
        assignee: Some(kuebra),
        ..filter(&["69.2", "32.3"])
    };
    assert_eq!(storage.cases(&assigned).await.unwrap(), vec![taken.clone()]);
    let in_progress = CaseFilter {
        state: Some(CaseState::Eingegangen),
        ..filter(&["69.2", "32.3"])
    };
    assert_eq!(storage.cases(&in_progress).await.unwrap().len(), 1);
    // The workflow moves a case only from the state it is in (the one faster wins).
    storage
        .move_case(
            water_case,
            &CaseMove {
                from: CaseState::InBearbeitung,
                to: CaseState::EntscheidungVorbereitet,
                prepared_by: None,
                jobs: &[],
            },
            &audit("case.prepare"),
            moment(T0 + 500),
        )
        .await
        .unwrap();
    assert!(matches!(
        storage
            .move_case(
                water_case,
                &CaseMove {
                    from: CaseState::InBearbeitung,
                    to: CaseState::EntscheidungVorbereitet,
                    prepared_by: None,
                    jobs: &[]
                },
                &audit("case.prepare"),
                moment(T0 + 500)
            )
            .await,
        Err(StorageError::Conflict(_))
    ));
    storage
        .move_case(
            water_case,
            &CaseMove {
                from: CaseState::EntscheidungVorbereitet,
                to: CaseState::Mitzeichnung,
                prepared_by: Some(kuebra),
                jobs: &[],
            },
            &audit("case.request-sign-off"),
            moment(T0 + 600),
        )
        .await
        .unwrap();
    let signing = storage.case_summary(water_case).await.unwrap().unwrap();
    assert_eq!(signing.state, CaseState::Mitzeichnung);
    assert_eq!(signing.prepared_by, Some(kuebra));
    assert_eq!(signing.resubmit_on, None);
    assert_eq!(signing.closed_at, None);
    // Wiedervorlage: set, read back, moved and cleared; each change in the audit trail.
    let head = storage.audit_head().await.unwrap();
    let day = time::macros::date!(2027 - 02 - 15);
    for on in [Some(day), Some(day + time::Duration::days(7)), None] {
        storage
            .set_resubmission(
                water_case,
                on,
                &audit("case.resubmission"),
                moment(T0 + 700),
            )
            .await
            .unwrap();
        assert_eq!(
            storage
                .case_summary(water_case)
                .await
                .unwrap()
                .unwrap()
                .resubmit_on,
            on
        );
    }
    assert_eq!(storage.audit_head().await.unwrap(), head + 3);
    assert!(matches!(
        storage
            .set_resubmission(
                domain::case::CaseId(999),
                Some(day),
                &audit("case.resubmission"),
                moment(T0 + 700)
            )
            .await,
        Err(StorageError::NotFound)
    ));
    // Closing records when, for the processing time.
    storage
        .move_case(
            water_case,
            &CaseMove {
                from: CaseState::Mitzeichnung,
                to: CaseState::Abgeschlossen,
                prepared_by: Some(kuebra),
                jobs: &[],
            },
            &audit("case.mitzeichnen"),
            moment(T0 + 750),
        )
        .await
        .unwrap();
    assert_eq!(
        storage
            .case_summary(water_case)
            .await
            .unwrap()
            .unwrap()
            .closed_at,
        Some(moment(T0 + 750))
    );
    assert!(matches!(
        storage
            .assign_case(
                domain::case::CaseId(999),
                kuebra,
                &audit("case.assign"),
                moment(T0)
            )
            .await,
        Err(StorageError::NotFound)
    ));

    // Vermerke, and the case's history read from the audit trail by object.
    let about = |action: &str| AuditEvent {
        object: format!("case:{water_case}"),
        ..audit(action)
    };
    for (text, at) in [
        ("Rückruf vereinbart.", T0 + 700),
        ("Unterlagen vollständig.", T0 + 800),
    ] {
        storage
            .add_case_note(water_case, kuebra, text, &about("case.note"), moment(at))
            .await
            .unwrap();
    }
    let notes = storage.case_notes(water_case).await.unwrap();
    assert_eq!(
        notes
            .iter()
            .map(|note| note.text.as_str())
            .collect::<Vec<_>>(),
        ["Rückruf vereinbart.", "Unterlagen vollständig."]
    );
    assert_eq!(notes[0].author, (kuebra, "Kübra Demir".to_owned()));
    assert_eq!(notes[1].at, moment(T0 + 800));
    assert!(matches!(
        storage
            .add_case_note(
                domain::case::CaseId(999),
                kuebra,
                "?",
                &about("case.note"),
                moment(T0)
            )
            .await,
        Err(StorageError::NotFound)
    ));
    let history = storage
        .audit_events_about(&format!("case:{water_case}"))
        .await
        .unwrap();
    assert_eq!(history.len(), 2, "only what is about the case");
    assert!(history[0].sequence < history[1].sequence);
    assert_eq!(history[1].at, moment(T0 + 800));
    assert!(
        storage
            .audit_events_about("case:999")
            .await
            .unwrap()
            .is_empty()
    );
}
