//! Rate limits: a client over its limit gets 429 with Retry-After and a translated page; the
//! next window lets it in again; behind a trusted proxy each forwarded client counts alone.

use std::sync::Arc;

use services::clock::ManualClock;
use time::Duration;
use time::macros::datetime;

use crate::helpers::TestApp;

const LOOKUP: &str = "/status?referenz=KU-2026-000001&code=ABCD-EFGH-JKLM";

async fn app_with_two_lookups(clock: Arc<ManualClock>, trusted_proxy: bool) -> TestApp {
    TestApp::builder()
        .clock(clock)
        .configure(move |config| {
            config.limits.status_lookups_per_window = 2;
            config.limits.status_lookup_window_secs = 300;
            config.limits.logins_per_window = 1;
            if trusted_proxy {
                config.server.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
            }
        })
        .spawn()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_client_over_the_limit_waits_for_the_next_window() {
    let clock = Arc::new(ManualClock::starting_at(datetime!(2026-11-28 10:01:00 UTC)));
    let app = app_with_two_lookups(Arc::clone(&clock), false).await;
    for _ in 0..2 {
        assert_eq!(
            app.get(LOOKUP).await.status(),
            404,
            "an unknown submission, answered"
        );
    }
    let refused = app.get_with(LOOKUP, &[("accept-language", "en")]).await;
    assert_eq!(refused.status(), 429);
    assert_eq!(refused.headers()["retry-after"], "240", "until 10:05");
    let html = refused.text().await.unwrap();
    assert!(html.contains("<title>Too many requests"), "translated");
    assert!(html.contains("try again in 4 minutes"));
    assert_eq!(
        app.get("/status").await.status(),
        200,
        "the empty form is not a look-up and is not counted"
    );

    clock.advance(Duration::minutes(4));
    assert_eq!(app.get(LOOKUP).await.status(), 404, "a new window");

    // Another kind of request has its own count.
    assert_ne!(app.get("/anmelden/servicekonto").await.status(), 429);
    assert_eq!(app.get("/anmelden/servicekonto").await.status(), 429);
    app.finish().await;
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_forwarded_client_counts_alone() {
    let clock = Arc::new(ManualClock::starting_at(datetime!(2026-11-28 10:01:00 UTC)));
    let app = app_with_two_lookups(clock, true).await;
    let from = |client: &'static str| [("x-forwarded-for", client)];
    for _ in 0..2 {
        app.get_with(LOOKUP, &from("198.51.100.4")).await;
    }
    assert_eq!(
        app.get_with(LOOKUP, &from("198.51.100.4")).await.status(),
        429
    );
    assert_eq!(
        app.get_with(LOOKUP, &from("203.0.113.9")).await.status(),
        404,
        "another client behind the same proxy"
    );
    app.finish().await;
}
