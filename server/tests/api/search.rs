//! The back office's full-text search through the whole stack: what the applicant typed, the
//! Akte and the text inside a filed PDF are found by staff of the unit — in inflected forms, with
//! the match marked and facets to narrow — and by nobody else; the index follows every change
//! through the outbox and is rebuilt from the records. On SQLite (tantivy) and PostgreSQL.

use time::macros::datetime;

use crate::apply::{IFSG, fill_ifsg, start};
use crate::back_office::staff_session;
use crate::cases::submit;
use crate::helpers::{TestApp, title};

/// The draft gets a certificate whose text layer names the bakery's training.
pub(crate) async fn attach_a_certificate_with_text(app: &TestApp, token: &str) {
    let received = app.files_folder.join("nachweis.pdf");
    std::fs::create_dir_all(&app.files_folder).unwrap();
    let pdf = files::testing::text_pdf("Teilnahmenachweis Hygieneschulung Konditorei Sonnenschein");
    std::fs::write(&received, &pdf).unwrap();
    let key = format!("drafts/{token}/nachweis");
    app.portal.files.keep(&key, &received).await.unwrap();
    app.portal
        .storage
        .add_upload(&storage::Upload {
            id: format!("nachweis-{token}"),
            draft_token: domain::application::DraftToken::parse(token).unwrap(),
            field: "certificate".into(),
            file_name: "Nachweis.pdf".into(),
            media_type: "application/pdf".into(),
            size_bytes: pdf.len() as u64,
            sha256: "00".repeat(32),
            storage_key: key,
            scan_state: domain::application::ScanState::Clean,
            created_at: app.portal.clock.now(),
        })
        .await
        .unwrap();
}

pub(crate) async fn search(app: &TestApp, query: &str, cookie: &str) -> String {
    let response = app
        .get_with(&format!("/verwaltung/suche?{query}"), &[("cookie", cookie)])
        .await;
    assert_eq!(response.status(), 200);
    response.text().await.unwrap()
}

async fn staff_find_what_their_units_hold_and_nobody_else_does(app: TestApp) {
    let today = app.portal.clock.now().date();
    let token = start(&app, IFSG).await;
    fill_ifsg(&app, &token, today).await;
    attach_a_certificate_with_text(&app, &token).await;
    submit(&app, &token).await;
    app.run_jobs().await;
    let anna = staff_session(&app, "a.berger", "caseworker", "53").await;
    let water = staff_session(&app, "j.ruhrberg", "caseworker", "69.2").await;

    let page = search(&app, "", &anna).await;
    assert_eq!(title(&page), "Suche – Kreisportal Kreis Unna");
    assert!(page.contains("role=\"search\""));
    assert!(
        !page.contains("role=\"status\""),
        "no results before a search"
    );

    let page = search(&app, "q=Backstube+Brinkhoff", &anna).await;
    assert!(page.contains("Ein Treffer"), "{page}");
    assert!(page.contains("href=\"/verwaltung/vorgaenge/1\""));
    assert!(
        page.contains("<mark>Brinkhoff</mark>"),
        "the match is marked"
    );
    let other_unit = search(&app, "q=Brinkhoff", &water).await;
    assert!(other_unit.contains("Nichts gefunden"));
    assert!(
        !other_unit.contains("/verwaltung/vorgaenge/1"),
        "need to know"
    );

    app.post_form_with("/verwaltung/vorgaenge/1/uebernehmen", &[], &anna)
        .await;
    let filed = app
        .post_form_with(
            "/verwaltung/vorgaenge/1/zda",
            &[("akte", "neu"), ("titel", "Belehrung Brinkhoff")],
            &anna,
        )
        .await;
    assert_eq!(filed.status(), 303);
    app.run_jobs().await;

    let page = search(&app, "q=Konditorei", &anna).await;
    assert!(
        page.contains("<mark>Konditorei</mark>"),
        "the PDF's text: {page}"
    );
    assert!(
        page.contains("href=\"/verwaltung/akten/1#dokument-"),
        "{page}"
    );
    let page = search(&app, "q=Belehrungen", &anna).await;
    assert!(
        page.contains("53.40.20-0001/2026 Belehrung Brinkhoff"),
        "stems meet: {page}"
    );
    let page = search(&app, "q=Brinkhoff&art=akte", &anna).await;
    assert!(page.contains("Ein Treffer"), "{page}");
    assert!(page.contains("aria-current=\"true\">Akte (1)</strong>"));
    assert!(
        page.contains("href=\"/verwaltung/suche?q=Brinkhoff\""),
        "the way back to all kinds"
    );
    assert!(
        !search(&app, "q=Konditorei", &water)
            .await
            .contains("/verwaltung/akten/1")
    );

    let long = format!("q={}", "Brunnen+".repeat(30));
    let page = search(&app, &long, &anna).await;
    assert!(title(&page).starts_with("Fehler: "));
    assert!(page.contains("Geben Sie höchstens 200 Zeichen ein."));
    assert!(page.contains("href=\"#q\""));
    let odd = search(
        &app,
        "q=%22%28%5B&jahr=zwanzig&art=unbekannt&einheit=",
        &anna,
    )
    .await;
    assert!(
        odd.contains("role=\"status\""),
        "any text is a search, odd facets are ignored"
    );

    // Lost index: a rebuild from the records finds everything again.
    app.portal.search.clear().await.unwrap();
    assert!(
        search(&app, "q=Konditorei", &anna)
            .await
            .contains("Nichts gefunden")
    );
    let rebuilt = services::search::rebuild(&app.portal, |_, _| {})
        .await
        .unwrap();
    assert_eq!(rebuilt.sources, 2, "one case, one Akte");
    assert_eq!(
        rebuilt.entries, 4,
        "the case, the Akte and its documents: the application and the certificate"
    );
    assert!(
        search(&app, "q=Konditorei", &anna)
            .await
            .contains("<mark>Konditorei</mark>")
    );
    app.finish().await;
}

fn clock() -> std::sync::Arc<services::clock::ManualClock> {
    std::sync::Arc::new(services::clock::ManualClock::starting_at(datetime!(
        2026-05-04 09:00 UTC
    )))
}

#[tokio::test]
async fn staff_find_what_their_units_hold_with_tantivy() {
    let app = TestApp::builder()
        .clock(clock())
        .spawn()
        .await
        .expect("SQLite");
    staff_find_what_their_units_hold_and_nobody_else_does(app).await;
}

#[tokio::test]
async fn staff_find_what_their_units_hold_with_postgres_full_text_search() {
    let Some(app) = TestApp::builder().clock(clock()).postgres().spawn().await else {
        return;
    };
    staff_find_what_their_units_hold_and_nobody_else_does(app).await;
}
