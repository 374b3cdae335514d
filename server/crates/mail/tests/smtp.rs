//! The SMTP mailer against a real SMTP server on loopback.

use std::time::Duration;

use domain::EmailAddress;
use mail::testing::SmtpSink;
use mail::{SmtpMailer, SmtpSecurity, SmtpSettings};
use services::mailer::{MailError, Mailer, OutgoingMail};

fn mailer(port: u16) -> SmtpMailer {
    let settings = SmtpSettings {
        host: "127.0.0.1".into(),
        port,
        security: SmtpSecurity::None,
        username: None,
        password: None,
        timeout: Duration::from_secs(5),
    };
    SmtpMailer::new(
        &settings,
        "Kreisportal Kreis Unna".into(),
        EmailAddress::parse("noreply@kreis-unna.example").unwrap(),
    )
    .unwrap()
}

fn mail_to(to: &str) -> OutgoingMail {
    OutgoingMail {
        message_id: "test-1@kreis-unna.example".into(),
        to: EmailAddress::parse(to).unwrap(),
        reply_to: None,
        subject: "Prüfung".into(),
        text_body: "Sie haben eine neue Nachricht.".into(),
    }
}

#[tokio::test]
async fn a_mail_reaches_the_smtp_server_with_its_headers() {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    mailer(sink.port())
        .send(&mail_to("barrierefreiheit@kreis-unna.example"))
        .await
        .unwrap();
    let messages = sink.messages();
    assert_eq!(messages.len(), 1);
    assert!(
        messages[0].contains("Message-ID: <test-1@kreis-unna.example>"),
        "{}",
        messages[0]
    );
    assert!(
        messages[0].contains("To: barrierefreiheit@kreis-unna.example"),
        "{}",
        messages[0]
    );
}

#[tokio::test]
async fn a_5xx_refusal_is_permanent_and_a_4xx_transient() {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    let mailer = mailer(sink.port());
    let permanent = mailer
        .send(&mail_to("permanent-failure@kreis-unna.example"))
        .await;
    assert!(
        matches!(permanent, Err(MailError::Permanent(_))),
        "{permanent:?}"
    );
    let transient = mailer
        .send(&mail_to("temporary-failure@kreis-unna.example"))
        .await;
    assert!(
        matches!(transient, Err(MailError::Transient(_))),
        "{transient:?}"
    );
    assert!(sink.messages().is_empty());
}

#[tokio::test]
async fn a_server_that_is_down_is_a_transient_failure_until_it_comes_back() {
    let Some(mut sink) = SmtpSink::start() else {
        return;
    };
    let mailer = mailer(sink.port());
    sink.stop();
    let down = mailer
        .send(&mail_to("barrierefreiheit@kreis-unna.example"))
        .await;
    assert!(matches!(down, Err(MailError::Transient(_))), "{down:?}");
    sink.resume();
    mailer
        .send(&mail_to("barrierefreiheit@kreis-unna.example"))
        .await
        .unwrap();
    assert_eq!(sink.messages().len(), 1);
}
