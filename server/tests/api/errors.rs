//! Bad requests get a clear, translated page with the right status, never a bare error.

use crate::helpers::{TestApp, html_lang_dir, title};

#[tokio::test]
async fn an_unknown_address_gets_a_translated_404_page() {
    let app = TestApp::spawn().await;
    let response = app
        .get_with("/gibt-es-nicht", &[("accept-language", "pl")])
        .await;
    assert_eq!(response.status(), 404);
    assert_eq!(
        response.headers()["content-type"],
        "text/html; charset=utf-8"
    );
    let html = response.text().await.unwrap();
    assert_eq!(html_lang_dir(&html).0, "pl");
    assert_eq!(
        title(&html),
        "Nie znaleziono strony – Kreisportal Powiat Unna"
    );
    app.finish().await;
}

#[tokio::test]
async fn a_wrong_method_gets_a_405_page_that_says_what_is_allowed() {
    let app = TestApp::spawn().await;
    let response = app.post_form("/impressum", &[("x", "y")]).await;
    assert_eq!(response.status(), 405);
    assert!(
        response.headers()["allow"]
            .to_str()
            .unwrap()
            .contains("GET")
    );
    let html = response.text().await.unwrap();
    assert!(html.contains("Diese Aktion ist hier nicht möglich"));
    app.finish().await;
}

#[tokio::test]
async fn an_oversized_body_gets_a_413_page_and_stores_nothing() {
    let app = TestApp::spawn().await;
    let key = "oversize-key-00000000000";
    let huge = "x".repeat(300 * 1024);
    let response = app
        .post_form(
            "/barrierefreiheit/rueckmeldung",
            &[("key", key), ("message", &huge)],
        )
        .await;
    assert_eq!(response.status(), 413);
    assert!(response.text().await.unwrap().contains("Zu viele Daten"));
    let key = domain::SubmissionKey::parse(key).unwrap();
    assert_eq!(
        app.portal.storage.feedback_by_key(&key).await.unwrap(),
        None
    );
    app.finish().await;
}

#[tokio::test]
async fn unknown_fields_and_wrong_content_types_are_refused_with_a_page() {
    let app = TestApp::spawn().await;
    let response = app
        .post_form(
            "/barrierefreiheit/rueckmeldung",
            &[
                ("key", "unknown-field-key-000000"),
                ("message", "m"),
                ("is_admin", "true"),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Die Daten konnten nicht gelesen werden")
    );

    let response = app
        .client
        .post(app.url("/barrierefreiheit/rueckmeldung"))
        .header("content-type", "application/json")
        .body("{\"message\":\"m\"}")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 415);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Die Daten konnten nicht gelesen werden")
    );
    app.finish().await;
}

#[tokio::test]
async fn a_tampered_form_key_gets_a_400_page() {
    let app = TestApp::spawn().await;
    let response = app
        .post_form(
            "/barrierefreiheit/rueckmeldung",
            &[("key", "<script>"), ("message", "Hallo")],
        )
        .await;
    assert_eq!(response.status(), 400);
    let html = response.text().await.unwrap();
    assert!(html.contains("Die Anfrage ist ungültig"));
    assert!(!html.contains("<script>"));
    app.finish().await;
}

#[tokio::test]
async fn malformed_confirmation_links_are_not_found() {
    let app = TestApp::spawn().await;
    for path in [
        "/barrierefreiheit/rueckmeldung/kurz",
        "/barrierefreiheit/rueckmeldung/unbekannter-schluessel-0001",
    ] {
        assert_eq!(app.get(path).await.status(), 404, "{path}");
    }
    app.finish().await;
}
