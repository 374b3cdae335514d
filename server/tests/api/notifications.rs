//! Durable notifications: the notice of a decision in the Postfach goes through the outbox to a
//! real SMTP server on loopback. While the server is down the notice waits (backing off) and
//! goes out once when it is back; when it stays down for the about four hours of retries, the
//! decision cannot be announced digitally: it goes on paper and its case comes back to the
//! caseworker today, with the reason in the audit trail.

use domain::case::CaseId;
use mail::testing::SmtpSink;
use services::Clock;
use services::jobs::JobOutcome;
use time::Duration;

use crate::back_office::staff_session;
use crate::decisions::decided_for_a_consenting_citizen;

fn notices(sink: &SmtpSink) -> usize {
    sink.messages()
        .iter()
        .filter(|mail| mail.contains("/konto/postfach/"))
        .count()
}

#[tokio::test]
async fn a_notice_waits_while_the_mail_server_is_down_and_goes_out_once_when_it_is_back() {
    let Some(mut sink) = SmtpSink::start() else {
        return;
    };
    sink.stop();
    let Some((app, _provider, clock, _)) =
        decided_for_a_consenting_citizen(Some(sink.port())).await
    else {
        return;
    };
    let storage = &app.portal.storage;
    let release = storage
        .decision(CaseId(1))
        .await
        .unwrap()
        .unwrap()
        .release
        .unwrap();
    let message = release.message.unwrap();
    assert_eq!(
        storage.message(message).await.unwrap().unwrap().notified_at,
        None
    );
    // Backing off: 30 s, then a minute; nothing goes out while the server is away.
    for wait in [31, 61] {
        clock.advance(Duration::seconds(wait));
        let outcomes = app.run_jobs().await;
        assert!(
            outcomes.iter().any(|outcome| matches!(
                outcome,
                JobOutcome::RetryLater { kind, .. } if kind == "postfach-notice"
            )),
            "{outcomes:?}"
        );
    }
    sink.resume();
    clock.advance(Duration::minutes(2));
    app.run_jobs().await;
    assert_eq!(notices(&sink), 1, "sent once the server is back");
    let notified = storage.message(message).await.unwrap().unwrap().notified_at;
    assert_eq!(notified, Some(clock.now()));
    clock.advance(Duration::hours(1));
    app.run_jobs().await;
    assert_eq!(notices(&sink), 1, "and never again");
    app.finish().await;
}

#[tokio::test]
async fn a_notice_that_cannot_go_out_for_four_hours_sends_the_decision_on_paper_and_tells_the_caseworker()
 {
    let Some(mut sink) = SmtpSink::start() else {
        return;
    };
    sink.stop();
    let Some((app, _provider, clock, _)) =
        decided_for_a_consenting_citizen(Some(sink.port())).await
    else {
        return;
    };
    let storage = &app.portal.storage;
    let message = storage
        .decision(CaseId(1))
        .await
        .unwrap()
        .unwrap()
        .release
        .unwrap()
        .message
        .unwrap();
    let mut failed = false;
    let started = clock.now();
    while !failed {
        clock.advance(Duration::minutes(1));
        failed = app.run_jobs().await.iter().any(|outcome| {
            matches!(outcome, JobOutcome::Failed { kind, .. } if kind == "postfach-notice")
        });
        assert!(
            clock.now() - started < Duration::hours(8),
            "the retries end"
        );
    }
    let given_up_after = clock.now() - started;
    assert!(
        given_up_after > Duration::hours(3) && given_up_after < Duration::hours(6),
        "about four hours of retries: {given_up_after}"
    );
    let stored = storage.message(message).await.unwrap().unwrap();
    assert_eq!(stored.notified_at, None);
    assert!(stored.paper_at.is_some(), "on paper instead");
    let case = storage.case_summary(CaseId(1)).await.unwrap().unwrap();
    assert_eq!(
        case.resubmit_on,
        Some(clock.now().date()),
        "a task for today"
    );
    let anna = staff_session(&app, "a.berger9", "caseworker", "53").await;
    let page = app
        .get_with("/verwaltung/vorgaenge/1", &[("cookie", &anna)])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Auf Papier seit"), "{page}");
    let head = storage.audit_head().await.unwrap();
    let reasons: Vec<String> = storage
        .audit_events(0, u32::try_from(head).unwrap())
        .await
        .unwrap()
        .into_iter()
        .filter(|entry| {
            entry
                .event
                .purpose
                .starts_with("Benachrichtigung technisch gescheitert")
        })
        .map(|entry| entry.event.action)
        .collect();
    assert_eq!(reasons, ["postfach.paper", "case.wiedervorlage"]);
    // The server comes back: the notice that was given up stays given up.
    sink.resume();
    clock.advance(Duration::hours(1));
    app.run_jobs().await;
    assert_eq!(notices(&sink), 0);
    app.finish().await;
}
