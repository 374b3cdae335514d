//! The e-Akte: the caseworker files a case into a new Akte (its Aktenzeichen from the service's
//! file plan key) or an open one; its documents go in zu den Akten with their SHA-256; Akten are
//! read by need to know, by unit and confidentiality, and every reading is audited.

use services::Clock;
use time::macros::datetime;

use crate::apply::{IFSG, fill_ifsg, location, start};
use crate::back_office::staff_session;
use crate::cases::{attach_a_certificate, submit};
use crate::helpers::{TestApp, title};

pub(crate) async fn case_with_certificate(app: &TestApp, today: time::Date) {
    let token = start(app, IFSG).await;
    fill_ifsg(app, &token, today).await;
    attach_a_certificate(app, &token).await;
    submit(app, &token).await;
    app.run_jobs().await;
}

#[tokio::test]
async fn a_case_is_filed_with_its_aktenzeichen_and_read_by_need_to_know() {
    let clock = std::sync::Arc::new(services::clock::ManualClock::starting_at(
        datetime!(2026-05-04 09:00 UTC),
    ));
    let app = TestApp::builder()
        .clock(clock.clone())
        .spawn()
        .await
        .expect("SQLite");
    for _ in 0..3 {
        case_with_certificate(&app, clock.now().date()).await;
    }
    let anna = staff_session(&app, "a.berger", "caseworker", "53").await;
    let lead = staff_session(&app, "b.schulte", "team_lead", "53").await;
    let water = staff_session(&app, "j.ruhrberg", "caseworker", "69.2").await;
    let file = |case: u8, fields: Vec<(&'static str, String)>| {
        let app = &app;
        let anna = anna.clone();
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post_form_with(&format!("/verwaltung/vorgaenge/{case}/zda"), &fields, &anna)
                .await
        }
    };

    let page = app
        .get_with("/verwaltung/vorgaenge/1", &[("cookie", &anna)])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Noch nicht zu den Akten genommen."));
    assert!(!page.contains("/zda\""), "not before it is taken up");
    assert_eq!(
        file(1, vec![("akte", "neu".into()), ("titel", "X".into())])
            .await
            .status(),
        409
    );

    for case in 1..=3 {
        app.post_form_with(
            &format!("/verwaltung/vorgaenge/{case}/uebernehmen"),
            &[],
            &anna,
        )
        .await;
    }
    let page = app
        .get_with("/verwaltung/vorgaenge/1", &[("cookie", &anna)])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Aktenplan: 53.40.20 Belehrungen nach § 43 Infektionsschutzgesetz"));
    assert!(page.contains("value=\"neu\""));

    let untitled = file(1, vec![("akte", "neu".into()), ("titel", "  ".into())]).await;
    assert_eq!(untitled.status(), 422);
    let html = untitled.text().await.unwrap();
    assert!(title(&html).starts_with("Fehler: "));
    assert!(html.contains("href=\"#titel\""));
    assert!(html.contains("Geben Sie der neuen Akte einen Titel"));
    let unchosen = file(1, vec![("titel", "Belehrung Brinkhoff".into())]).await;
    assert_eq!(unchosen.status(), 422);
    let html = unchosen.text().await.unwrap();
    assert!(html.contains("href=\"#akte\""));
    assert!(
        html.contains("value=\"Belehrung Brinkhoff\""),
        "the title typed stays"
    );

    let filed = file(
        1,
        vec![
            ("akte", "neu".into()),
            ("titel", "Belehrung Brinkhoff".into()),
        ],
    )
    .await;
    assert_eq!(location(&filed), "/verwaltung/vorgaenge/1#akte-abschnitt");
    let page = app
        .get_with("/verwaltung/vorgaenge/1", &[("cookie", &anna)])
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("href=\"/verwaltung/akten/1\">53.40.20-0001/2026</a>"),
        "{page}"
    );
    assert!(!page.contains("/zda\""), "filed once");
    let again = file(
        1,
        vec![("akte", "neu".into()), ("titel", "Noch eine".into())],
    )
    .await;
    assert_eq!(again.status(), 409);
    assert!(
        again
            .text()
            .await
            .unwrap()
            .contains("schon zu den Akten genommen")
    );

    // The second case joins the open Akte; the third opens a confidential one.
    let page = app
        .get_with("/verwaltung/vorgaenge/2", &[("cookie", &anna)])
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("53.40.20-0001/2026 – Belehrung Brinkhoff"),
        "offered"
    );
    assert_eq!(
        location(&file(2, vec![("akte", "1".into())]).await),
        "/verwaltung/vorgaenge/2#akte-abschnitt"
    );
    assert_eq!(
        location(
            &file(
                3,
                vec![
                    ("akte", "neu".into()),
                    ("titel", "Belehrung einer Minderjährigen".into()),
                    ("vertraulichkeit", "vertraulich".into()),
                ],
            )
            .await
        ),
        "/verwaltung/vorgaenge/3#akte-abschnitt"
    );

    let head = app.portal.storage.audit_head().await.unwrap();
    let akte = app
        .get_with("/verwaltung/akten/1", &[("cookie", &anna)])
        .await;
    assert_eq!(akte.status(), 200);
    let html = akte.text().await.unwrap();
    assert!(html.contains("Akte 53.40.20-0001/2026"));
    assert!(html.contains("Belehrung Brinkhoff"));
    assert!(html.contains("10 Jahre nach Abschluss"));
    assert_eq!(
        html.matches("Bescheinigung Ärztin.pdf").count(),
        4,
        "two documents, name and link"
    );
    assert!(html.contains(&"00".repeat(32)), "the SHA-256");
    // Each case's application itself is its first document: the record of what was submitted.
    assert!(html.contains("Antrag KU-2026-000001.pdf"), "{html}");
    assert!(html.contains("Antrag KU-2026-000002.pdf"));
    let application = app
        .portal
        .storage
        .documents(domain::record::AkteId(1))
        .await
        .unwrap()
        .into_iter()
        .next()
        .unwrap();
    assert_eq!(
        (application.number, application.kind.as_str()),
        (1, "antrag")
    );
    assert_eq!(application.title, "Antrag KU-2026-000001");
    let content = &application.versions[0].content;
    let pdf = app.portal.files.read(&content.storage_key).await.unwrap();
    assert_eq!(content.size_bytes, pdf.len() as u64);
    if let Some(text) = crate::helpers::pdf_text(&pdf) {
        assert!(
            text.contains("KU-2026-000001") && text.contains("Brinkhoff"),
            "{text}"
        );
    }
    assert!(html.contains("zu den Akten am 04.05.2026"));
    assert_eq!(
        app.portal.storage.audit_head().await.unwrap(),
        head + 1,
        "reading is audited"
    );
    let start_of = html
        .find("/verwaltung/akten/1/dokumente/")
        .expect("a document link");
    let href = &html[start_of..start_of + html[start_of..].find('"').unwrap()];
    let download = app.get_with(href, &[("cookie", &anna)]).await;
    assert_eq!(download.status(), 200);
    assert!(download.bytes().await.unwrap().starts_with(b"%PDF"));

    // Need to know: another unit sees nothing, a confidential Akte only the team lead.
    for path in [
        "/verwaltung/akten/1",
        href,
        "/verwaltung/akten/99",
        "/verwaltung/akten/x",
    ] {
        assert_eq!(
            app.get_with(path, &[("cookie", &water)]).await.status(),
            404,
            "{path}"
        );
    }
    assert_eq!(
        app.get_with("/verwaltung/akten/2", &[("cookie", &anna)])
            .await
            .status(),
        404
    );
    assert_eq!(
        app.get_with("/verwaltung/akten/2", &[("cookie", &lead)])
            .await
            .status(),
        200
    );
    assert_eq!(
        app.get("/verwaltung/akten/1").await.status(),
        303,
        "staff only"
    );
    app.finish().await;
}

#[tokio::test]
async fn a_team_lead_closes_an_akte_once_and_its_retention_shows() {
    let clock = std::sync::Arc::new(services::clock::ManualClock::starting_at(
        datetime!(2026-05-04 09:00 UTC),
    ));
    let app = TestApp::builder()
        .clock(clock.clone())
        .spawn()
        .await
        .expect("SQLite");
    case_with_certificate(&app, clock.now().date()).await;
    let anna = staff_session(&app, "a.berger", "caseworker", "53").await;
    let lead = staff_session(&app, "b.schulte", "team_lead", "53").await;
    let water = staff_session(&app, "j.ruhrberg", "team_lead", "69.2").await;
    app.post_form_with("/verwaltung/vorgaenge/1/uebernehmen", &[], &anna)
        .await;
    app.post_form_with(
        "/verwaltung/vorgaenge/1/zda",
        &[("akte", "neu"), ("titel", "Belehrung Brinkhoff")],
        &anna,
    )
    .await;
    let page = |cookie: String| {
        let app = &app;
        async move {
            app.get_with("/verwaltung/akten/1", &[("cookie", &cookie)])
                .await
                .text()
                .await
                .unwrap()
        }
    };
    assert!(
        !page(anna.clone()).await.contains("/schliessen\""),
        "not for caseworkers"
    );
    let refused = app
        .post_form_with("/verwaltung/akten/1/schliessen", &[], &anna)
        .await;
    assert_eq!(refused.status(), 409);
    let html = refused.text().await.unwrap();
    assert!(title(&html).starts_with("Fehler: "));
    assert!(html.contains("Akten schließt die Teamleitung der Einheit."));
    assert_eq!(
        app.post_form_with("/verwaltung/akten/1/schliessen", &[], &water)
            .await
            .status(),
        404,
        "another unit's lead does not even see it"
    );

    assert!(
        page(lead.clone())
            .await
            .contains("action=\"/verwaltung/akten/1/schliessen\"")
    );
    let closed = app
        .post_form_with("/verwaltung/akten/1/schliessen", &[], &lead)
        .await;
    assert_eq!(crate::apply::location(&closed), "/verwaltung/akten/1");
    let html = page(lead.clone()).await;
    assert!(
        html.contains("am 04.05.2026; aufzubewahren bis Ende 2036"),
        "{html}"
    );
    assert!(!html.contains("/schliessen\""), "closed once");
    let again = app
        .post_form_with("/verwaltung/akten/1/schliessen", &[], &lead)
        .await;
    assert_eq!(again.status(), 409);
    assert!(
        again
            .text()
            .await
            .unwrap()
            .contains("Die Akte ist bereits geschlossen.")
    );
    app.finish().await;
}
