//! Reporting a barrier: the form, its errors, the confirmation and the mail to the tenant.

use domain::SubmissionKey;
use mail::testing::SmtpSink;
use services::jobs::JobOutcome;

use crate::helpers::{TestApp, title};

/// The submission key the form carries in its hidden field.
fn form_key(html: &str) -> String {
    let marker = "name=\"key\" value=\"";
    let start = html.find(marker).expect("a key field") + marker.len();
    html[start..start + html[start..].find('"').unwrap()].to_owned()
}

#[tokio::test]
async fn feedback_is_stored_confirmed_and_mailed_to_the_tenant_once() {
    let app = TestApp::spawn().await;
    let key = form_key(&app.page("/barrierefreiheit").await);
    let fields = [
        ("key", key.as_str()),
        ("message", "Der Fokus auf „Impressum“ ist nicht sichtbar."),
        ("page", "/impressum"),
        ("name", "Erika Beispiel"),
        ("email", "erika@beispiel.example"),
    ];

    let first = app
        .post_form("/barrierefreiheit/rueckmeldung", &fields)
        .await;
    assert_eq!(first.status(), 303);
    let location = first.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(location, format!("/barrierefreiheit/rueckmeldung/{key}"));
    let again = app
        .post_form("/barrierefreiheit/rueckmeldung", &fields)
        .await;
    assert_eq!(
        again.headers()["location"].to_str().unwrap(),
        location,
        "a double post is harmless"
    );

    let confirmation = app.page(&location).await;
    assert_eq!(
        title(&confirmation),
        "Vielen Dank für Ihre Rückmeldung – Kreisportal Kreis Unna"
    );
    assert!(
        confirmation.contains("unter der Nummer 1 eingegangen"),
        "{confirmation}"
    );

    let outcomes = app.run_jobs().await;
    assert_eq!(
        outcomes,
        [JobOutcome::Done {
            kind: "notify-feedback".into()
        }]
    );
    let mails = app.mails();
    assert_eq!(mails.len(), 1, "exactly one mail");
    let mail = &mails[0];
    assert!(
        mail.contains("To: barrierefreiheit@kreis-unna.example"),
        "{mail}"
    );
    assert!(mail.contains("Reply-To: erika@beispiel.example"), "{mail}");
    assert!(
        mail.contains(&format!("Message-ID: <feedback-{key}@kreis-unna.example>")),
        "{mail}"
    );
    app.finish().await;
}

#[tokio::test]
async fn feedback_mail_reaches_a_real_smtp_server() {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    let app = TestApp::builder().smtp(sink.port()).spawn().await.unwrap();
    let key = form_key(&app.page("/barrierefreiheit").await);
    let response = app
        .post_form(
            "/barrierefreiheit/rueckmeldung",
            &[("key", &key), ("message", "Kontrast zu schwach")],
        )
        .await;
    assert_eq!(response.status(), 303);
    app.run_jobs().await;
    let messages = sink.messages();
    assert_eq!(messages.len(), 1);
    assert!(messages[0].contains("barrierefreiheit@kreis-unna.example"));
    app.finish().await;
}

#[tokio::test]
async fn the_worker_inside_the_server_sends_the_mail_without_being_asked() {
    let app = TestApp::builder().with_worker().spawn().await.unwrap();
    let key = form_key(&app.page("/barrierefreiheit").await);
    app.post_form(
        "/barrierefreiheit/rueckmeldung",
        &[("key", &key), ("message", "Bitte größere Schrift")],
    )
    .await;
    for _ in 0..100 {
        if !app.mails().is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(app.mails().len(), 1, "the in-process worker sent the mail");
    app.finish().await;
}

#[tokio::test]
async fn a_form_with_errors_comes_back_with_a_summary_and_keeps_every_entry() {
    let app = TestApp::spawn().await;
    let key = form_key(&app.page("/barrierefreiheit?lang=en").await);
    let typed_page = "</textarea><script>alert(1)</script>";
    let response = app
        .client
        .post(app.url("/barrierefreiheit/rueckmeldung"))
        .header("accept-language", "en")
        .form(&[
            ("key", key.as_str()),
            ("message", typed_page),
            ("page", "/impressum"),
            ("email", "kein-at-zeichen"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(
        title(&html).starts_with("Error: Accessibility statement"),
        "{}",
        title(&html)
    );
    assert!(html.contains("<div role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\" autofocus class=\"error-summary\">"));
    assert!(html.contains("<a href=\"#email\">Enter an e-mail address in the correct format"));
    assert!(html.contains("aria-describedby=\"email-hint email-error\" aria-invalid=\"true\""));
    assert!(
        html.contains("value=\"kein-at-zeichen\""),
        "the wrong entry is kept to be corrected"
    );
    assert!(
        html.contains("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;</textarea>"),
        "the message is kept, escaped exactly once"
    );
    assert!(!html.contains("<script>"));
    assert!(
        html.contains(&format!("value=\"{key}\"")),
        "the same key, so a corrected post is still idempotent"
    );
    let key = SubmissionKey::parse(&key).unwrap();
    assert_eq!(
        app.portal.storage.feedback_by_key(&key).await.unwrap(),
        None,
        "nothing stored"
    );
    app.finish().await;
}

#[tokio::test]
async fn an_empty_message_is_the_only_required_field() {
    let app = TestApp::spawn().await;
    let key = form_key(&app.page("/barrierefreiheit").await);
    let response = app
        .post_form(
            "/barrierefreiheit/rueckmeldung",
            &[("key", &key), ("message", "  ")],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(title(&html).starts_with("Fehler: "));
    assert!(html.contains("<a href=\"#message\">Beschreiben Sie, was Ihnen aufgefallen ist</a>"));
    assert!(!html.contains("href=\"#email\""));
    app.finish().await;
}
