//! Security headers, cross-site form posts, TLS-only headers and cookie flags.

use crate::helpers::TestApp;

fn assert_security_headers(response: &reqwest::Response) {
    let headers = response.headers();
    let csp = headers["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["referrer-policy"], "same-origin");
    assert!(headers.get("server").is_none(), "no server banner");
}

#[tokio::test]
async fn every_kind_of_response_carries_the_security_headers() {
    let app = TestApp::spawn().await;
    for path in ["/", "/gibt-es-nicht", "/health", "/metrics"] {
        let response = app.get(path).await;
        assert_security_headers(&response);
        assert!(
            response
                .headers()
                .get("strict-transport-security")
                .is_none(),
            "no HSTS over http"
        );
    }
    app.finish().await;
}

#[tokio::test]
async fn pages_contain_no_inline_script_or_style() {
    let app = TestApp::spawn().await;
    for path in crate::pages::PAGES {
        let html = app.page(path).await;
        assert!(
            !html.contains("<script>") && !html.contains("<style"),
            "{path}"
        );
        assert!(
            !html.contains(" style=\"") && !html.contains(" onclick="),
            "{path}"
        );
    }
    app.finish().await;
}

#[tokio::test]
async fn a_form_posted_from_another_site_is_refused() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .post(app.url("/barrierefreiheit/rueckmeldung"))
        .header("sec-fetch-site", "cross-site")
        .header("origin", "https://evil.example")
        .form(&[("key", "cross-site-key-0000000000"), ("message", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert!(response.text().await.unwrap().contains("Anfrage abgelehnt"));
    assert_eq!(app.portal.storage.outbox_counts().await.unwrap().pending, 0);
    app.finish().await;
}

#[tokio::test]
async fn over_tls_there_is_hsts_and_the_language_cookie_is_secure() {
    let app = TestApp::builder()
        .public_url("https://portal.kreis-unna.example")
        .spawn()
        .await
        .unwrap();
    let response = app.get("/?lang=en").await;
    assert_eq!(
        response.headers()["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
    assert!(
        response.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("; Secure")
    );
    app.finish().await;
}

#[tokio::test]
async fn pages_are_never_cached_by_shared_caches() {
    let app = TestApp::spawn().await;
    let response = app.get("/").await;
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert_eq!(response.headers()["vary"], "Accept-Language, Cookie");
    app.finish().await;
}
