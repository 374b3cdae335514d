//! The Postfach through the whole stack: a decision lands in a citizen's Postfach, the notice
//! mail tells nothing of it but the link, only its recipient opens it, the first opening is
//! the retrieval that announces it (§ 41 Abs. 2a VwVfG) with the appeal deadline shown, and a
//! decision not retrieved within ten days of its notice goes on paper in the daily round.

use std::sync::Arc;

use domain::account::AccountId;
use identity::testing::TestProvider;
use services::Clock;
use services::clock::ManualClock;
use services::postfach::{Post, post};
use storage::{Mailbox, MessageId, VersionContent};
use time::Duration;
use time::macros::datetime;

use crate::deadlines::daily_round;
use crate::helpers::{TestApp, login_redirect_uri};

async fn letter(app: &TestApp, name: &str) -> VersionContent {
    let pdf = files::testing::text_pdf("Bescheid Belehrung");
    let staged = app.files_folder.join(name);
    std::fs::create_dir_all(&app.files_folder).unwrap();
    std::fs::write(&staged, &pdf).unwrap();
    let key = format!(
        "letters/{}",
        name.trim_end_matches(".pdf").replace(' ', "-")
    );
    app.portal.files.keep(&key, &staged).await.unwrap();
    VersionContent {
        file_name: name.into(),
        media_type: "application/pdf".into(),
        size_bytes: pdf.len() as u64,
        sha256: "ab".repeat(32),
        storage_key: key,
    }
}

async fn decision(app: &TestApp, subject: &str, file: &str) -> MessageId {
    let letter = letter(app, file).await;
    post(
        &app.portal,
        "staff:1",
        &Post {
            // The test's first login is the first account.
            mailbox: Mailbox::Account(AccountId(1)),
            case: None,
            subject: subject.into(),
            body: "Guten Tag,\n\nanbei erhalten Sie Ihren Bescheid.".into(),
            letter: Some(letter),
            decision: true,
        },
    )
    .await
    .unwrap()
}

#[tokio::test]
async fn a_decision_is_notified_retrieved_by_its_recipient_only_or_sent_on_paper_after_ten_days() {
    let Some(provider) = TestProvider::start(&[&login_redirect_uri()]) else {
        return;
    };
    // Monday, 2 November 2026.
    let clock = Arc::new(ManualClock::starting_at(datetime!(2026-11-02 09:00 UTC)));
    let app = TestApp::builder()
        .login(&provider)
        .clock(clock.clone())
        .spawn()
        .await
        .unwrap();
    let erika = app.log_in(&provider, "erika", "passwort", "basis").await;
    let jonas = app
        .log_in(&provider, "jonas", "elster", "substantiell")
        .await;
    let first = decision(&app, "Bescheid über Ihre Belehrung", "Bescheid 1.pdf").await;
    let second = decision(&app, "Bescheid über Ihren Hund", "Bescheid 2.pdf").await;
    app.run_jobs().await;

    // The notice: a link, nothing of the content.
    let notices: Vec<String> = app
        .mails()
        .into_iter()
        .filter(|mail| mail.contains("/konto/postfach/"))
        .collect();
    assert_eq!(notices.len(), 2);
    for notice in &notices {
        assert!(notice.contains("erika.lindqvist@example.org"));
        assert!(notice.contains("Neue Nachricht in Ihrem Postfach"));
        assert!(
            !notice.contains("Belehrung") && !notice.contains("Hund"),
            "{notice}"
        );
    }
    let stored = app.portal.storage.message(first).await.unwrap().unwrap();
    assert_eq!(stored.notified_at, Some(datetime!(2026-11-02 09:00 UTC)));

    let get = |path: String, cookie: Option<&str>| {
        let app = &app;
        let cookie = cookie.map(str::to_owned);
        async move {
            match cookie {
                Some(cookie) => app.get_with(&path, &[("cookie", &cookie)]).await,
                None => app.get(&path).await,
            }
        }
    };
    let list = get("/konto/postfach".into(), Some(&erika)).await;
    assert_eq!(list.status(), 200);
    let html = list.text().await.unwrap();
    assert!(html.contains("Bescheid über Ihre Belehrung"));
    assert_eq!(html.matches(">neu<").count(), 2, "{html}");
    assert!(
        !get("/konto/postfach".into(), Some(&jonas))
            .await
            .text()
            .await
            .unwrap()
            .contains("Belehrung"),
        "somebody else's Postfach"
    );
    for path in [
        format!("/konto/postfach/{first}"),
        format!("/konto/postfach/{first}/brief"),
    ] {
        assert_eq!(
            get(path.clone(), Some(&jonas)).await.status(),
            404,
            "{path}"
        );
        assert_eq!(get(path.clone(), None).await.status(), 303, "{path}");
    }
    assert_eq!(
        get("/konto/postfach/x".into(), Some(&erika)).await.status(),
        404
    );
    assert_eq!(
        app.portal
            .storage
            .message(first)
            .await
            .unwrap()
            .unwrap()
            .retrieved_at,
        None,
        "nobody else's look counts"
    );

    // The consent to digital delivery: given, shown with its date, withdrawn; audited.
    let consent = |value: &'static str| {
        let app = &app;
        let erika = erika.clone();
        async move {
            app.post_form_with(
                "/konto/postfach/einwilligung",
                &[("einwilligung", value)],
                &erika,
            )
            .await
        }
    };
    assert!(html.contains("Zurzeit erhalten Sie Bescheide auf Papier."));
    assert_eq!(
        crate::apply::location(&consent("ja").await),
        "/konto/postfach"
    );
    let html = get("/konto/postfach".into(), Some(&erika))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("zugestimmt am 02.11.2026"), "{html}");
    assert!(html.contains("name=\"einwilligung\" value=\"nein\""));
    assert_eq!(consent("vielleicht").await.status(), 400);
    consent("nein").await;
    assert_eq!(
        app.portal
            .storage
            .account(AccountId(1))
            .await
            .unwrap()
            .unwrap()
            .digital_delivery_since,
        None
    );
    consent("ja").await;

    // Opened the next day: announced the day after, the objection period runs a month.
    clock.advance(Duration::days(1));
    let erika = app.log_in(&provider, "erika", "passwort", "basis").await;
    let opened = get(format!("/konto/postfach/{first}"), Some(&erika)).await;
    assert_eq!(opened.status(), 200);
    let html = opened.text().await.unwrap();
    assert!(
        html.contains("gilt als bekannt gegeben am 04.11.2026"),
        "{html}"
    );
    assert!(html.contains("bis einschließlich 04.12.2026"));
    assert!(html.contains(&format!("href=\"/konto/postfach/{first}/brief\"")));
    let download = get(format!("/konto/postfach/{first}/brief"), Some(&erika)).await;
    assert_eq!(download.status(), 200);
    assert!(download.bytes().await.unwrap().starts_with(b"%PDF"));
    let retrieved = app.portal.storage.message(first).await.unwrap().unwrap();
    assert_eq!(
        retrieved.retrieved_at,
        Some(datetime!(2026-11-03 09:00 UTC))
    );

    // The second is never opened: on day ten it is still offered, on day eleven it goes by post.
    clock.advance(Duration::days(9));
    daily_round(&app).await;
    assert_eq!(
        app.portal
            .storage
            .message(second)
            .await
            .unwrap()
            .unwrap()
            .paper_at,
        None
    );
    clock.advance(Duration::days(1));
    daily_round(&app).await;
    let on_paper = app.portal.storage.message(second).await.unwrap().unwrap();
    assert_eq!(on_paper.paper_at, Some(datetime!(2026-11-13 09:00 UTC)));
    let erika = app.log_in(&provider, "erika", "passwort", "basis").await;
    let html = get(format!("/konto/postfach/{second}"), Some(&erika))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("am 13.11.2026 per Post zugegangen"), "{html}");
    assert!(!html.contains("/brief\""), "no longer offered");
    assert_eq!(
        get(format!("/konto/postfach/{second}/brief"), Some(&erika))
            .await
            .status(),
        404
    );
    assert_eq!(
        app.portal
            .storage
            .message(first)
            .await
            .unwrap()
            .unwrap()
            .paper_at,
        None,
        "a retrieved one never goes on paper"
    );
    app.finish().await;
}

#[tokio::test]
async fn a_decision_for_someone_who_cannot_be_notified_goes_on_paper_at_once() {
    let clock = Arc::new(ManualClock::starting_at(datetime!(2026-11-02 09:00 UTC)));
    let app = TestApp::builder()
        .clock(clock.clone())
        .spawn()
        .await
        .expect("SQLite");
    let account = app
        .portal
        .storage
        .upsert_citizen(&storage::CitizenLogin {
            tenant_slug: "kreis-unna",
            issuer: "https://id.kreis-unna.example",
            subject: "ohne-adresse",
            claims: &domain::account::PersonClaims {
                given_name: Some("Jonas".into()),
                ..Default::default()
            },
            at: clock.now(),
        })
        .await
        .unwrap();
    assert_eq!(account, AccountId(1));
    let without_address = decision(&app, "Bescheid", "Bescheid 3.pdf").await;
    app.run_jobs().await;
    let message = app
        .portal
        .storage
        .message(without_address)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(message.notified_at, None, "nobody was told");
    assert_eq!(message.paper_at, Some(datetime!(2026-11-02 09:00 UTC)));
    assert!(
        app.mails()
            .iter()
            .all(|mail| !mail.contains("/konto/postfach/"))
    );
    app.finish().await;
}
