//! Health, readiness, metrics, graceful shutdown.

use crate::helpers::TestApp;

#[tokio::test]
async fn health_and_readiness_answer() {
    let app = TestApp::spawn().await;
    let health = app.get("/health").await;
    assert_eq!(health.status(), 200);
    assert_eq!(health.text().await.unwrap(), "ok");
    let ready = app.get("/ready").await;
    assert_eq!(ready.status(), 200);
    assert_eq!(ready.text().await.unwrap(), "ready");
    app.finish().await;
}

#[tokio::test]
async fn metrics_count_requests_by_route_template_only() {
    let app = TestApp::spawn().await;
    app.get("/impressum").await;
    app.get("/barrierefreiheit/rueckmeldung/some-secret-key-0000001")
        .await;
    app.get("/irgendwo?name=Erika").await;
    let metrics = app.get("/metrics").await;
    assert_eq!(metrics.status(), 200);
    assert!(
        metrics.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/openmetrics-text")
    );
    let text = metrics.text().await.unwrap();
    assert!(
        text.contains(
            r#"kreisportal_http_requests_total{method="GET",route="/impressum",status="200"} 1"#
        ),
        "{text}"
    );
    assert!(
        text.contains(r#"route="/barrierefreiheit/rueckmeldung/{key}",status="404""#),
        "{text}"
    );
    assert!(text.contains(r#"route="unmatched",status="404""#), "{text}");
    assert!(
        !text.contains("some-secret-key") && !text.contains("Erika"),
        "{text}"
    );
    assert!(text.contains("kreisportal_database_up 1"), "{text}");
    assert!(
        text.contains(r#"kreisportal_outbox_jobs{state="pending"} 0"#),
        "{text}"
    );
    app.finish().await;
}

#[tokio::test]
async fn every_response_has_a_request_reference() {
    let app = TestApp::spawn().await;
    let response = app.get("/").await;
    let id = response.headers()["x-request-id"].to_str().unwrap();
    assert_eq!(id.len(), 12);
    assert!(id.bytes().all(|b| b.is_ascii_hexdigit()));
    app.finish().await;
}
