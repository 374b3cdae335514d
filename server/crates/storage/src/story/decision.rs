use domain::application::CaseState;
use domain::delivery::{Channel, PaperReason};
use domain::letter::{DecisionText, Outcome};
use serde_json::json;

use super::application::{T0, prepare};
use super::case::{audit, staff_member};
use super::fixtures::moment;
use super::organisation::citizen;
use super::record::{case_of, content, new_akte};
use crate::{
    CaseMove, Mailbox, NewDocument, NewJob, NewMessage, NewRelease, Storage, StorageError,
};

fn text(outcome: Outcome, reasoning: &str) -> DecisionText {
    DecisionText {
        outcome,
        reasoning: reasoning.into(),
    }
}

fn letter(sha: char) -> NewDocument {
    NewDocument {
        title: "Bescheid".into(),
        kind: "bescheid".into(),
        content: content("bescheid.pdf", sha),
    }
}

/// A decision is written with the step that prepares it, rewritten after a send-back, and
/// released once: the letter filed in the Akte, the Postfach message with its notice, the
/// channel — all or nothing.
pub async fn a_decision_is_prepared_with_its_step_and_released_once(storage: &dyn Storage) {
    prepare(storage).await;
    let selin = citizen(storage, "pseudonym-decision", "Selin").await;
    let (_, case) = case_of(storage, 95, "53").await;
    let (_, paper_case) = case_of(storage, 96, "53").await;
    let kuebra = staff_member(storage, "k.decision", "Kübra Demir").await;
    let refused = text(Outcome::Ablehnung, "Die Bohrtiefe überschreitet 100 m.");
    assert!(
        matches!(
            storage
                .prepare_decision(
                    case,
                    &refused,
                    kuebra,
                    &audit("case.prepare"),
                    moment(T0 + 300)
                )
                .await,
            Err(StorageError::Conflict(_))
        ),
        "not before the case is taken up"
    );
    for id in [case, paper_case] {
        storage
            .assign_case(id, kuebra, &audit("case.assign"), moment(T0 + 301))
            .await
            .unwrap();
        storage
            .file_case(
                id,
                &new_akte("53", "Erdwärme"),
                &[],
                &audit("case.file"),
                moment(T0 + 302),
            )
            .await
            .unwrap();
    }
    assert_eq!(storage.decision(case).await.unwrap(), None);
    let head = storage.audit_head().await.unwrap();
    storage
        .prepare_decision(
            case,
            &refused,
            kuebra,
            &audit("case.prepare"),
            moment(T0 + 310),
        )
        .await
        .unwrap();
    assert_eq!(storage.audit_head().await.unwrap(), head + 1);
    let summary = storage.case_summary(case).await.unwrap().unwrap();
    assert_eq!(summary.state, CaseState::EntscheidungVorbereitet);
    // Sent back, then written anew: the second text replaces the first.
    storage
        .move_case(
            case,
            &CaseMove {
                from: CaseState::EntscheidungVorbereitet,
                to: CaseState::InBearbeitung,
                prepared_by: None,
                jobs: &[],
            },
            &audit("case.zurueckgeben"),
            moment(T0 + 320),
        )
        .await
        .unwrap();
    let granted = text(
        Outcome::Stattgabe,
        "Die Bohrung liegt außerhalb von Schutzgebieten.",
    );
    storage
        .prepare_decision(
            case,
            &granted,
            kuebra,
            &audit("case.prepare"),
            moment(T0 + 330),
        )
        .await
        .unwrap();
    let decision = storage.decision(case).await.unwrap().unwrap();
    assert_eq!(decision.text, granted);
    assert_eq!(decision.written_by, kuebra);
    assert_eq!(decision.written_at, moment(T0 + 330));
    assert_eq!(decision.release, None);

    let notice = |id: crate::MessageId| {
        vec![NewJob {
            kind: "postfach-notice".into(),
            payload: json!({ "message": id.0 }),
            idempotency_key: format!("postfach-notice:{id}"),
            run_at: moment(T0 + 400),
        }]
    };
    let notices = storage
        .pending_jobs_of_kind("postfach-notice")
        .await
        .unwrap();
    let message = NewMessage {
        tenant_slug: "kreis-story",
        mailbox: Mailbox::Account(selin),
        case: Some(case),
        subject: "Bescheid",
        body: "Ihr Bescheid liegt bei.",
        letter: Some(letter('d').content),
        decision: true,
        created_at: moment(T0 + 400),
    };
    let release = NewRelease {
        letter: letter('d'),
        channel: Channel::Postfach,
        message: Some(message.clone()),
    };
    let released = storage
        .release_decision(
            case,
            &release,
            &notice,
            &audit("decision.release"),
            moment(T0 + 400),
        )
        .await
        .unwrap();
    assert_eq!(released.channel, Channel::Postfach);
    assert_eq!(released.sha256, "d".repeat(64));
    let posted = released.message.expect("a message");
    assert_eq!(
        storage.message(posted).await.unwrap().unwrap().case,
        Some(case)
    );
    assert_eq!(
        storage
            .pending_jobs_of_kind("postfach-notice")
            .await
            .unwrap(),
        notices + 1
    );
    let akte = storage.akte_of_case(case).await.unwrap().unwrap();
    let documents = storage.documents(akte.id).await.unwrap();
    let filed = documents
        .iter()
        .find(|document| document.number == released.document_number)
        .expect("the letter in the Akte");
    assert_eq!(filed.kind, "bescheid");
    assert_eq!(
        storage.decision(case).await.unwrap().unwrap().release,
        Some(released.clone())
    );

    // Released once: a second run changes nothing (no second letter, message or notice).
    let messages = storage
        .messages(Mailbox::Account(selin))
        .await
        .unwrap()
        .len();
    assert!(matches!(
        storage
            .release_decision(
                case,
                &release,
                &notice,
                &audit("decision.release"),
                moment(T0 + 500)
            )
            .await,
        Err(StorageError::Conflict(_))
    ));
    assert_eq!(
        storage.documents(akte.id).await.unwrap().len(),
        documents.len()
    );
    assert_eq!(
        storage
            .messages(Mailbox::Account(selin))
            .await
            .unwrap()
            .len(),
        messages
    );

    // Without a decision there is nothing to release; on paper there is no message.
    let paper = NewRelease {
        letter: letter('e'),
        channel: Channel::Paper(PaperReason::NoConsent),
        message: None,
    };
    assert!(matches!(
        storage
            .release_decision(
                paper_case,
                &paper,
                &notice,
                &audit("decision.release"),
                moment(T0 + 600)
            )
            .await,
        Err(StorageError::NotFound)
    ));
    storage
        .prepare_decision(
            paper_case,
            &refused,
            kuebra,
            &audit("case.prepare"),
            moment(T0 + 610),
        )
        .await
        .unwrap();
    let on_paper = storage
        .release_decision(
            paper_case,
            &paper,
            &notice,
            &audit("decision.release"),
            moment(T0 + 620),
        )
        .await
        .unwrap();
    assert_eq!(on_paper.channel, Channel::Paper(PaperReason::NoConsent));
    assert_eq!(on_paper.message, None);
    assert_eq!(
        storage.decision(paper_case).await.unwrap().unwrap().release,
        Some(on_paper)
    );

    // The figures: one digital, one paper, in the month of their release.
    let months = storage.letters_per_month("kreis-story").await.unwrap();
    assert_eq!(months.len(), 1, "{months:?}");
    assert_eq!((months[0].digital, months[0].paper), (1, 1));
    assert_eq!(
        months[0].label(),
        moment(T0 + 400)
            .format(&time::macros::format_description!("[year]-[month]"))
            .unwrap()
    );
    assert!(
        storage
            .letters_per_month("kreis-anders")
            .await
            .unwrap()
            .is_empty()
    );
}
