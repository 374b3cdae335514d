//! Aussonderung through the whole stack: a closed Akte past its retention is listed for the
//! records manager, its package exported, and on confirmation its content is deleted everywhere
//! (records, files, search index) while the Akte stays as the proof.

use domain::record::AkteId;
use services::Clock;
use time::Duration;
use time::macros::datetime;

use crate::back_office::staff_session;
use crate::helpers::{TestApp, title};
use crate::search::search;

async fn page(app: &TestApp, path: &str, cookie: &str) -> (u16, String) {
    let response = app.get_with(path, &[("cookie", cookie)]).await;
    (
        response.status().as_u16(),
        response.text().await.unwrap_or_default(),
    )
}

#[tokio::test]
async fn a_closed_akte_past_its_retention_is_exported_then_ausgesondert_everywhere() {
    let clock = std::sync::Arc::new(services::clock::ManualClock::starting_at(
        datetime!(2026-05-04 09:00 UTC),
    ));
    let app = TestApp::builder()
        .clock(clock.clone())
        .spawn()
        .await
        .expect("SQLite");
    crate::records::case_with_certificate(&app, clock.now().date()).await;
    let anna = staff_session(&app, "a.berger", "caseworker", "53").await;
    let lead = staff_session(&app, "b.schulte", "team_lead", "53").await;
    let early = staff_session(&app, "r.frueh", "records_manager", "").await;
    app.post_form_with("/verwaltung/vorgaenge/1/uebernehmen", &[], &anna)
        .await;
    app.post_form_with(
        "/verwaltung/vorgaenge/1/zda",
        &[("akte", "neu"), ("titel", "Belehrung Brinkhoff")],
        &anna,
    )
    .await;
    app.post_form_with("/verwaltung/akten/1/schliessen", &[], &lead)
        .await;
    app.run_jobs().await;

    let (status, html) = page(&app, "/verwaltung/aussonderung", &early).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Keine Akte ist zur Aussonderung fällig."),
        "{html}"
    );
    assert_eq!(page(&app, "/verwaltung/aussonderung", &anna).await.0, 404);
    assert!(
        page(&app, "/verwaltung", &early)
            .await
            .1
            .contains("href=\"/verwaltung/aussonderung\"")
    );
    assert!(
        !page(&app, "/verwaltung", &anna)
            .await
            .1
            .contains("/verwaltung/aussonderung"),
        "caseworkers carry out none"
    );
    let too_early = app
        .post_form_with(
            "/verwaltung/akten/1/aussondern",
            &[("bestaetigung", "ja")],
            &lead,
        )
        .await;
    assert_eq!(too_early.status(), 409);
    assert!(
        too_early
            .text()
            .await
            .unwrap()
            .contains("nicht zur Aussonderung fällig")
    );

    // Kept through 2036; in 2037 it is due. (Sessions end with the days; log in anew.)
    clock.advance(Duration::days(3_900));
    assert_eq!(clock.now().year(), 2037);
    let archivist = staff_session(&app, "r.archiv", "records_manager", "").await;
    let lead = staff_session(&app, "c.krause", "team_lead", "53").await;
    let (status, html) = page(&app, "/verwaltung/aussonderung", &archivist).await;
    assert_eq!(status, 200);
    assert_eq!(title(&html), "Aussonderung – Kreisportal Kreis Unna");
    assert!(html.contains("53.40.20-0001/2026"), "{html}");
    assert!(html.contains("Laden Sie zuerst das Paket herunter"));
    assert!(
        !html.contains("action=\"/verwaltung/akten/1/aussondern\""),
        "no deletion before the export"
    );
    let not_exported = app
        .post_form_with(
            "/verwaltung/akten/1/aussondern",
            &[("bestaetigung", "ja")],
            &archivist,
        )
        .await;
    assert_eq!(not_exported.status(), 409);
    let html = not_exported.text().await.unwrap();
    assert!(title(&html).starts_with("Fehler: "));
    assert!(html.contains("Laden Sie zuerst das Aussonderungspaket herunter"));
    assert!(
        html.contains("href=\"#bestaetigung-1\""),
        "the summary links the Akte"
    );

    // The records manager hands the package over without reading the Akte in the back office.
    assert_eq!(page(&app, "/verwaltung/akten/1", &archivist).await.0, 404);
    let package = app
        .get_with("/verwaltung/akten/1/xdomea", &[("cookie", &archivist)])
        .await;
    assert_eq!(package.status(), 200);
    assert_eq!(package.headers()["content-type"], "application/zip");
    let keys: Vec<String> = app
        .portal
        .storage
        .documents(AkteId(1))
        .await
        .unwrap()
        .into_iter()
        .flat_map(|document| document.versions)
        .map(|version| version.content.storage_key)
        .collect();
    assert_eq!(keys.len(), 2, "the application and the certificate");
    for key in &keys {
        assert!(app.portal.files.read(key).await.is_ok());
    }
    assert!(
        search(&app, "q=Brinkhoff", &lead)
            .await
            .contains("Belehrung Brinkhoff")
    );

    let html = page(&app, "/verwaltung/aussonderung", &archivist).await.1;
    assert!(html.contains("action=\"/verwaltung/akten/1/aussondern\""));
    let unconfirmed = app
        .post_form_with("/verwaltung/akten/1/aussondern", &[], &archivist)
        .await;
    assert_eq!(unconfirmed.status(), 422);
    assert!(
        unconfirmed
            .text()
            .await
            .unwrap()
            .contains("Bestätigen Sie, dass das Archiv das Paket übernommen")
    );
    let disposed = app
        .post_form_with(
            "/verwaltung/akten/1/aussondern",
            &[("bestaetigung", "ja")],
            &archivist,
        )
        .await;
    assert_eq!(
        crate::apply::location(&disposed),
        "/verwaltung/aussonderung?ausgesondert=1"
    );
    let html = page(&app, "/verwaltung/aussonderung?ausgesondert=1", &archivist)
        .await
        .1;
    assert!(
        html.contains(
            "Die Akte 53.40.20-0001/2026 ist ausgesondert. Gelöscht wurden Schriftstücke: 2, Vorgänge: 1."
        ),
        "{html}"
    );
    assert!(html.contains("Keine Akte ist zur Aussonderung fällig."));
    app.run_jobs().await;

    // Gone everywhere: the file, the case, the search; the Akte stays as the proof.
    for key in &keys {
        assert!(app.portal.files.read(key).await.is_err(), "the files");
    }
    assert_eq!(page(&app, "/verwaltung/vorgaenge/1", &lead).await.0, 404);
    assert!(
        search(&app, "q=Brinkhoff", &lead)
            .await
            .contains("Nichts gefunden")
    );
    let (status, html) = page(&app, "/verwaltung/akten/1", &lead).await;
    assert_eq!(status, 200);
    assert!(html.contains("Ausgesondert"));
    assert!(html.contains("Gelöscht wurden Schriftstücke: 2, Vorgänge: 1."));
    assert!(!html.contains("Brinkhoff"), "not even the title");
    assert!(!html.contains("/xdomea"), "nothing left to export");
    assert_eq!(
        app.get_with("/verwaltung/akten/1/xdomea", &[("cookie", &lead)])
            .await
            .status(),
        404
    );
    let again = app
        .post_form_with(
            "/verwaltung/akten/1/aussondern",
            &[("bestaetigung", "ja")],
            &archivist,
        )
        .await;
    assert_eq!(again.status(), 409);
    let trail = app.portal.storage.audit_events(0, 1_000).await.unwrap();
    let entry = trail
        .iter()
        .find(|entry| entry.event.action == "akte.dispose")
        .expect("the Aussonderung is audited");
    assert_eq!(entry.event.object, "akte:1");
    assert!(
        trail
            .iter()
            .all(|entry| !format!("{entry:?}").contains("Brinkhoff")),
        "the trail names no content"
    );
    assert!(
        services::audit::verify_trail(&app.portal, |_| {})
            .await
            .unwrap()
            .is_ok()
    );
    app.finish().await;
}
