use serde_json::json;

use super::application::{T0, prepare};
use super::case::audit;
use super::fixtures::moment;
use super::organisation::{bakery, citizen};
use super::record::{case_of, content};
use crate::{Mailbox, MessageId, NewJob, NewMessage, Storage, StorageError};

fn notice(key: &str) -> NewJob {
    NewJob {
        kind: "postfach-notice".into(),
        payload: json!({ "kind": "postfach-notice" }),
        idempotency_key: format!("postfach-notice:{key}"),
        run_at: moment(T0),
    }
}

/// Messages land in the Postfach of an account or an organisation with their notice job; the
/// notice, the first opening and the paper fallback are each recorded once, and a decision is
/// either retrieved or sent on paper, never both.
pub async fn postfach_messages_record_notice_retrieval_and_paper_fallback_once(
    storage: &dyn Storage,
) {
    prepare(storage).await;
    let selin = citizen(storage, "pseudonym-postfach", "Selin").await;
    let bakery = storage
        .create_organisation(
            "kreis-story",
            &bakery(),
            selin,
            &audit("organisation.create"),
            moment(T0),
        )
        .await
        .unwrap();
    let (_, case) = case_of(storage, 90, "53").await;
    let letter = content("bescheid.pdf", 'b');
    let new = |mailbox, subject, decision| NewMessage {
        tenant_slug: "kreis-story",
        mailbox,
        case: Some(case),
        subject,
        body: "Ihr Bescheid liegt bei.",
        letter: Some(letter.clone()),
        decision,
        created_at: moment(T0 + 10),
    };
    let head = storage.audit_head().await.unwrap();
    let notices = storage
        .pending_jobs_of_kind("postfach-notice")
        .await
        .unwrap();
    let decision = storage
        .post_message(
            &new(Mailbox::Account(selin), "Bescheid", true),
            &|_| vec![notice("1")],
            &audit("postfach.post"),
        )
        .await
        .unwrap();
    let hint = storage
        .post_message(
            &NewMessage {
                letter: None,
                case: None,
                ..new(Mailbox::Account(selin), "Hinweis", false)
            },
            &|_| vec![notice("2")],
            &audit("postfach.post"),
        )
        .await
        .unwrap();
    let for_the_bakery = storage
        .post_message(
            &new(
                Mailbox::Organisation(bakery),
                "Bescheid für die Backstube",
                true,
            ),
            &|_| vec![notice("3")],
            &audit("postfach.post"),
        )
        .await
        .unwrap();
    assert_eq!(storage.audit_head().await.unwrap(), head + 3);
    assert_eq!(
        storage
            .pending_jobs_of_kind("postfach-notice")
            .await
            .unwrap(),
        notices + 3,
        "each with its notice, in its transaction"
    );
    assert!(matches!(
        storage
            .post_message(
                &NewMessage {
                    tenant_slug: "nowhere",
                    ..new(Mailbox::Account(selin), "x", false)
                },
                &|_| Vec::new(),
                &audit("postfach.post"),
            )
            .await,
        Err(StorageError::NotFound)
    ));

    let inbox = storage.messages(Mailbox::Account(selin)).await.unwrap();
    assert_eq!(
        inbox.iter().map(|m| m.id).collect::<Vec<_>>(),
        [hint, decision],
        "the newest first, only the account's"
    );
    let stored = &inbox[1];
    assert_eq!(stored.subject, "Bescheid");
    assert_eq!(stored.letter, Some(letter.clone()));
    assert_eq!(stored.case, Some(case));
    assert!(stored.decision);
    assert_eq!(
        (stored.notified_at, stored.retrieved_at, stored.paper_at),
        (None, None, None)
    );
    assert_eq!(inbox[0].letter, None);
    assert_eq!(
        storage
            .messages(Mailbox::Organisation(bakery))
            .await
            .unwrap()
            .len(),
        1
    );

    // The notice, then the first opening: each once, the first time stands.
    for id in [decision, for_the_bakery] {
        storage.record_notice(id, moment(T0 + 20)).await.unwrap();
        storage.record_notice(id, moment(T0 + 30)).await.unwrap();
    }
    assert!(matches!(
        storage.record_notice(MessageId(9_999), moment(T0)).await,
        Err(StorageError::NotFound)
    ));
    let head = storage.audit_head().await.unwrap();
    let jobs_before = storage
        .pending_jobs_of_kind("postfach-notice")
        .await
        .unwrap();
    assert!(
        storage
            .record_retrieval(
                decision,
                &[notice("proof")],
                &audit("postfach.open"),
                moment(T0 + 40)
            )
            .await
            .unwrap()
    );
    assert!(
        !storage
            .record_retrieval(
                decision,
                &[notice("proof-again")],
                &audit("postfach.open"),
                moment(T0 + 50)
            )
            .await
            .unwrap()
    );
    assert_eq!(
        storage.audit_head().await.unwrap(),
        head + 1,
        "the first opening is audited"
    );
    assert_eq!(
        storage
            .pending_jobs_of_kind("postfach-notice")
            .await
            .unwrap(),
        jobs_before + 1,
        "only the first opening stores its jobs"
    );
    let opened = storage.message(decision).await.unwrap().unwrap();
    assert_eq!(
        (opened.notified_at, opened.retrieved_at),
        (Some(moment(T0 + 20)), Some(moment(T0 + 40)))
    );

    // Not retrieved in time: the bakery's decision goes on paper, once; then it cannot be
    // retrieved digitally any more. A retrieved one never goes on paper.
    assert_eq!(
        storage
            .unretrieved_decisions(moment(T0 + 21))
            .await
            .unwrap()
            .iter()
            .map(|m| m.id)
            .collect::<Vec<_>>(),
        [for_the_bakery],
        "retrieved ones, hints and those told later are not due"
    );
    assert!(
        storage
            .unretrieved_decisions(moment(T0 + 20))
            .await
            .unwrap()
            .is_empty()
    );
    let printed = storage
        .pending_jobs_of_kind("postfach-notice")
        .await
        .unwrap();
    assert!(
        storage
            .record_paper_fallback(
                for_the_bakery,
                &[notice("paper")],
                &audit("postfach.paper"),
                moment(T0 + 60)
            )
            .await
            .unwrap()
    );
    assert!(
        !storage
            .record_paper_fallback(
                for_the_bakery,
                &[notice("paper-2")],
                &audit("postfach.paper"),
                moment(T0 + 70)
            )
            .await
            .unwrap()
    );
    assert_eq!(
        storage
            .pending_jobs_of_kind("postfach-notice")
            .await
            .unwrap(),
        printed + 1,
        "the fallback's jobs only the first time"
    );
    assert!(
        !storage
            .record_paper_fallback(decision, &[], &audit("postfach.paper"), moment(T0 + 60))
            .await
            .unwrap(),
        "retrieved already"
    );
    assert!(matches!(
        storage
            .record_retrieval(
                for_the_bakery,
                &[],
                &audit("postfach.open"),
                moment(T0 + 80)
            )
            .await,
        Err(StorageError::Conflict(_))
    ));
    assert_eq!(
        storage
            .message(for_the_bakery)
            .await
            .unwrap()
            .unwrap()
            .paper_at,
        Some(moment(T0 + 60))
    );
    assert!(
        storage
            .unretrieved_decisions(moment(T0 + 1_000))
            .await
            .unwrap()
            .is_empty()
    );
}
