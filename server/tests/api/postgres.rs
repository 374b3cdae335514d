//! The same journeys on PostgreSQL, the scale-out backend.

use crate::helpers::TestApp;

#[tokio::test]
async fn the_portal_runs_on_postgres_seeds_the_demo_tenant_and_takes_feedback() {
    let Some(app) = TestApp::builder().postgres().spawn().await else {
        return;
    };
    let html = app.page("/").await;
    assert!(html.contains("Stadt Werne"));
    let ready = app.get("/ready").await;
    assert_eq!(ready.status(), 200);

    let page = app.page("/barrierefreiheit").await;
    let marker = "name=\"key\" value=\"";
    let start = page.find(marker).unwrap() + marker.len();
    let key = &page[start..start + page[start..].find('"').unwrap()];
    let response = app
        .post_form(
            "/barrierefreiheit/rueckmeldung",
            &[("key", key), ("message", "Über Postgres")],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(app.run_jobs().await.len(), 1);
    assert_eq!(app.mails().len(), 1);
    app.finish().await;
}

#[tokio::test]
async fn when_the_database_goes_away_pages_say_so_with_a_reference_and_ready_fails() {
    let Some(mut app) = TestApp::builder().postgres().spawn().await else {
        return;
    };
    let page = app.page("/barrierefreiheit").await;
    let marker = "name=\"key\" value=\"";
    let start = page.find(marker).unwrap() + marker.len();
    let key = page[start..start + page[start..].find('"').unwrap()].to_owned();

    app.take_database_away().await;

    let ready = app.get("/ready").await;
    assert_eq!(ready.status(), 503);
    let response = app
        .get(&format!("/barrierefreiheit/rueckmeldung/{key}"))
        .await;
    assert_eq!(response.status(), 500);
    let reference = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    let html = response.text().await.unwrap();
    assert!(html.contains("Es ist ein Fehler aufgetreten"), "{html}");
    assert!(
        html.contains(&format!("Fehlernummer: {reference}")),
        "the page names the request's reference"
    );
    assert!(
        !html.to_lowercase().contains("sql") && !html.contains("database"),
        "no technical detail"
    );
    app.finish_without_database().await;
}

#[tokio::test]
async fn an_application_is_submitted_and_a_file_goes_up_and_down_on_postgres() {
    let Some(app) = TestApp::builder().postgres().spawn().await else {
        return;
    };
    let token = crate::apply::start(&app, crate::apply::IFSG).await;
    crate::apply::fill_ifsg(&app, &token, time::OffsetDateTime::now_utc().date()).await;
    let submitted = app
        .post_form(
            &format!("/antrag/{token}/absenden"),
            &[("erklaerung", "ja")],
        )
        .await;
    assert_eq!(
        crate::apply::location(&submitted),
        format!("/antrag/{token}/eingereicht")
    );
    assert_eq!(
        app.run_jobs().await.len(),
        4,
        "intake, the new case's search entry and event, and confirmation"
    );
    assert_eq!(app.mails().len(), 1);

    crate::uploads::upload_a_site_plan_on_postgres(&app).await;
    app.finish().await;
}
