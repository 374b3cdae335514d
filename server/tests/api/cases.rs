//! Intake and the Posteingang: every submission becomes one case in the inbox of the unit
//! responsible for its service; only staff with a case role there see it (not even a search
//! finds it elsewhere); opening it is audited; taking it up is seen by the applicant.

use services::Clock;
use time::macros::datetime;

use crate::apply::{IFSG, fill_ifsg, location, start};
use crate::back_office::staff_session;
use crate::helpers::TestApp;
use crate::uploads::pdf;

/// Submits the filled draft with the declaration.
pub(crate) async fn submit(app: &TestApp, token: &str) {
    let submitted = app
        .post_form(
            &format!("/antrag/{token}/absenden"),
            &[("erklaerung", "ja")],
        )
        .await;
    assert_eq!(location(&submitted), format!("/antrag/{token}/eingereicht"));
}

/// A document in the draft, as the upload step would keep it (the IfSG form asks for none).
pub(crate) async fn attach_a_certificate(app: &TestApp, token: &str) {
    let received = app.files_folder.join("bescheinigung.pdf");
    std::fs::create_dir_all(&app.files_folder).unwrap();
    std::fs::write(&received, pdf("Bescheinigung")).unwrap();
    let key = format!("drafts/{token}/bescheinigung");
    app.portal.files.keep(&key, &received).await.unwrap();
    app.portal
        .storage
        .add_upload(&storage::Upload {
            id: format!("bescheinigung-{token}"),
            draft_token: domain::application::DraftToken::parse(token).unwrap(),
            field: "certificate".into(),
            file_name: "Bescheinigung Ärztin.pdf".into(),
            media_type: "application/pdf".into(),
            size_bytes: 2_048,
            sha256: "00".repeat(32),
            storage_key: key,
            scan_state: domain::application::ScanState::Clean,
            created_at: app.portal.clock.now(),
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn a_submission_lands_in_its_units_inbox_and_only_there() {
    let clock = std::sync::Arc::new(services::clock::ManualClock::starting_at(
        datetime!(2026-03-10 11:00 UTC),
    ));
    let app = TestApp::builder()
        .clock(clock.clone())
        .spawn()
        .await
        .expect("SQLite");
    let token = start(&app, IFSG).await;
    fill_ifsg(&app, &token, clock.now().date()).await;
    attach_a_certificate(&app, &token).await;
    submit(&app, &token).await;
    let outcomes = app.run_jobs().await;
    assert!(format!("{outcomes:?}").contains("intake"), "{outcomes:?}");
    assert_eq!(app.run_jobs().await.len(), 0, "the intake ran once");

    let health = staff_session(&app, "m.yilmaz", "caseworker", "53").await;
    let water = staff_session(&app, "j.ruhrberg", "caseworker", "69.2").await;
    let admin = staff_session(&app, "a.okafor", "administrator", "").await;

    let inbox = app
        .get_with("/verwaltung/posteingang", &[("cookie", &health)])
        .await;
    assert_eq!(inbox.status(), 200);
    let html = inbox.text().await.unwrap();
    assert!(html.contains("KU-2026-000001"), "in unit 53's inbox");
    assert!(html.contains("Ein Vorgang, davon 0 überfällig"));
    assert!(html.contains("Belehrung"), "with the service's title");
    assert!(
        html.contains("25.03.2026"),
        "due after the service's 15 days"
    );
    let link = "/verwaltung/vorgaenge/1";
    assert!(html.contains(&format!("href=\"{link}\"")));

    // Another unit sees nothing, not even by searching for the reference.
    let elsewhere = app
        .get_with(
            "/verwaltung/posteingang?referenz=KU-2026",
            &[("cookie", &water)],
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(!elsewhere.contains("KU-2026-000001"));
    assert!(elsewhere.contains("0 Vorgänge"));
    for cookie in [&water, &admin] {
        assert_eq!(
            app.get_with(link, &[("cookie", cookie)]).await.status(),
            404,
            "as if it did not exist"
        );
    }
    assert_eq!(
        app.get_with("/verwaltung/posteingang", &[("cookie", &admin)])
            .await
            .status(),
        403,
        "administrators have no inbox of their own"
    );
    assert_eq!(
        app.post_form_with(&format!("{link}/uebernehmen"), &[], &water)
            .await
            .status(),
        404
    );
    assert_eq!(app.get(link).await.status(), 303, "staff only");

    let head = app.portal.storage.audit_head().await.unwrap();
    let case = app
        .get_with(link, &[("cookie", &health)])
        .await
        .text()
        .await
        .unwrap();
    assert!(case.contains("Vorgang KU-2026-000001"));
    assert!(case.contains("Brinkhoff"), "the answers as submitted");
    assert!(case.contains("Bäckerei"), "in German");
    assert!(case.contains("noch niemand"));
    assert_eq!(
        app.portal.storage.audit_head().await.unwrap(),
        head + 1,
        "reading the file is audited"
    );

    let document = format!("{link}/datei/bescheinigung-{token}");
    assert!(case.contains(&format!("href=\"{document}\"")));
    assert!(case.contains("Bescheinigung Ärztin.pdf"));
    let download = app.get_with(&document, &[("cookie", &health)]).await;
    assert_eq!(download.status(), 200);
    assert!(
        download.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert!(download.bytes().await.unwrap().starts_with(b"%PDF"));
    assert_eq!(
        app.get_with(&document, &[("cookie", &water)])
            .await
            .status(),
        404
    );
    assert_eq!(
        app.get_with(&format!("{link}/datei/other"), &[("cookie", &health)])
            .await
            .status(),
        404
    );

    let taken = app
        .post_form_with(&format!("{link}/uebernehmen"), &[], &health)
        .await;
    assert_eq!(location(&taken), link);
    let case = app
        .get_with(link, &[("cookie", &health)])
        .await
        .text()
        .await
        .unwrap();
    assert!(case.contains("Testperson m.yilmaz"));
    assert!(case.contains("In Bearbeitung"));
    assert!(!case.contains("/uebernehmen"), "taken already");
    let mine = app
        .get_with(
            "/verwaltung/posteingang?meine=1&stand=in_bearbeitung",
            &[("cookie", &health)],
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(mine.contains("KU-2026-000001"));

    // After the deadline the inbox says the case is overdue, in words.
    clock.advance(time::Duration::days(16));
    let colleague = staff_session(&app, "b.schulte", "team_lead", "53").await;
    let later = app
        .get_with("/verwaltung/posteingang", &[("cookie", &colleague)])
        .await
        .text()
        .await
        .unwrap();
    assert!(later.contains("davon 1 überfällig"));
    assert!(later.contains("(überfällig)"));
    app.finish().await;
}

/// Submits an IfSG instruction and runs the intake; its case is number 1.
async fn one_case(app: &TestApp, today: time::Date) {
    let token = start(app, IFSG).await;
    fill_ifsg(app, &token, today).await;
    submit(app, &token).await;
    app.run_jobs().await;
}

#[tokio::test]
async fn a_decision_is_signed_off_by_a_second_person_and_refusals_say_why() {
    let app = TestApp::spawn().await;
    one_case(&app, time::OffsetDateTime::now_utc().date()).await;
    let anna = staff_session(&app, "a.berger", "caseworker", "53").await;
    let ben = staff_session(&app, "b.schulte", "team_lead", "53").await;
    let case = "/verwaltung/vorgaenge/1";
    let step = |cookie: &str, step: &str| {
        let cookie = cookie.to_owned();
        let step = step.to_owned();
        let app = &app;
        async move {
            app.post_form_with(&format!("{case}/schritt"), &[("schritt", &step)], &cookie)
                .await
        }
    };
    let prepare = |cookie: &str| {
        let cookie = cookie.to_owned();
        let app = &app;
        async move {
            app.post_form_with(
                &format!("{case}/entscheidung"),
                &[
                    ("ergebnis", "stattgabe"),
                    ("begruendung", "Die Belehrung fand statt."),
                ],
                &cookie,
            )
            .await
        }
    };

    let not_yet = prepare(&anna).await;
    assert_eq!(not_yet.status(), 409, "not taken up yet");
    let html = not_yet.text().await.unwrap();
    assert!(html.contains("<title>Fehler: Vorgang KU-"));
    assert!(html.contains("passt nicht zum Stand des Vorgangs"));
    assert!(html.contains("href=\"#schritte\""));

    app.post_form_with(&format!("{case}/uebernehmen"), &[], &anna)
        .await;
    let unfiled = prepare(&anna).await;
    assert_eq!(unfiled.status(), 409, "the Bescheid needs the Akte");
    assert!(
        unfiled
            .text()
            .await
            .unwrap()
            .contains("Nehmen Sie den Vorgang zuerst zu den Akten")
    );
    let filed = app
        .post_form_with(
            &format!("{case}/zda"),
            &[("akte", "neu"), ("titel", "Belehrung")],
            &anna,
        )
        .await;
    assert_eq!(location(&filed), format!("{case}#akte-abschnitt"));
    let by_other = prepare(&ben).await;
    assert_eq!(by_other.status(), 409, "only the assignee prepares");
    assert!(
        by_other
            .text()
            .await
            .unwrap()
            .contains("nur die Person gehen, die den Vorgang bearbeitet")
    );
    assert_eq!(
        location(&prepare(&anna).await),
        format!("{case}#entscheidung")
    );
    assert_eq!(location(&step(&anna, "mitzeichnung-anfordern").await), case);
    let page = app
        .get_with(case, &[("cookie", &anna)])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Mitzeichnung"));
    assert!(
        !page.contains("value=\"mitzeichnen\""),
        "no button for the preparer"
    );

    let own = step(&anna, "mitzeichnen").await;
    assert_eq!(own.status(), 409);
    assert!(
        own.text()
            .await
            .unwrap()
            .contains("Mitzeichnen muss eine zweite Person")
    );
    let page = app
        .get_with(case, &[("cookie", &ben)])
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("value=\"mitzeichnen\""),
        "the second person's button"
    );
    assert_eq!(location(&step(&ben, "mitzeichnen").await), case);
    let closed = app
        .get_with(case, &[("cookie", &ben)])
        .await
        .text()
        .await
        .unwrap();
    assert!(closed.contains("Abgeschlossen"));
    assert!(
        !closed.contains("/uebernehmen"),
        "a closed case is not taken up"
    );
    let again = step(&ben, "mitzeichnen").await;
    assert_eq!(again.status(), 409, "closed is closed");
    assert_eq!(
        app.post_form_with(&format!("{case}/schritt"), &[("schritt", "loeschen")], &ben)
            .await
            .status(),
        404,
        "an unknown step"
    );

    let storage = &app.portal.storage;
    let head = storage.audit_head().await.unwrap();
    let actions: Vec<String> = storage
        .audit_events(0, u32::try_from(head).unwrap())
        .await
        .unwrap()
        .into_iter()
        .map(|entry| entry.event.action)
        .collect();
    for action in [
        "case.assign",
        "case.entscheidung-vorbereiten",
        "case.mitzeichnung-anfordern",
        "case.mitzeichnen",
    ] {
        assert!(
            actions.iter().any(|a| a == action),
            "{action} in {actions:?}"
        );
    }
    // The signed-off decision goes out (on paper: the applicant has no account).
    app.run_jobs().await;
    app.finish().await;
}

/// The staff id the hand-over form offers for `name`.
fn option_value(page: &str, name: &str) -> String {
    let end = page
        .find(&format!(">{name}</option>"))
        .expect("the colleague is offered");
    let start = page[..end].rfind("value=\"").expect("its value") + "value=\"".len();
    page[start..page[start..].find('"').unwrap() + start].to_owned()
}

#[tokio::test]
async fn notes_and_history_are_kept_and_a_case_is_handed_to_a_colleague_of_its_unit() {
    let app = TestApp::spawn().await;
    one_case(&app, time::OffsetDateTime::now_utc().date()).await;
    let anna = staff_session(&app, "a.berger", "caseworker", "53").await;
    let ben = staff_session(&app, "b.schulte", "caseworker", "53").await;
    let water = staff_session(&app, "j.ruhrberg", "caseworker", "69.2").await;
    let case = "/verwaltung/vorgaenge/1";
    let page = |cookie: &str| {
        let cookie = cookie.to_owned();
        let app = &app;
        async move {
            app.get_with(case, &[("cookie", &cookie)])
                .await
                .text()
                .await
                .unwrap()
        }
    };
    app.post_form_with(&format!("{case}/uebernehmen"), &[], &anna)
        .await;

    let empty = app
        .post_form_with(&format!("{case}/vermerk"), &[("vermerk", " ")], &anna)
        .await;
    assert_eq!(empty.status(), 422);
    let html = empty.text().await.unwrap();
    assert!(html.contains("href=\"#vermerk\""));
    assert!(html.contains("Schreiben Sie den Vermerk"));
    let noted = app
        .post_form_with(
            &format!("{case}/vermerk"),
            &[("vermerk", "Rückruf vereinbart <Montag>.")],
            &anna,
        )
        .await;
    assert_eq!(location(&noted), format!("{case}#vermerke"));
    assert_eq!(
        app.post_form_with(&format!("{case}/vermerk"), &[("vermerk", "x")], &water)
            .await
            .status(),
        404,
        "not for another unit"
    );
    let html = page(&anna).await;
    assert!(html.contains("Vermerk von Testperson a.berger"));
    assert!(html.contains("Rückruf vereinbart &lt;Montag&gt;."));
    assert!(html.contains("übernommen oder weitergegeben (Testperson a.berger)"));
    assert!(html.contains("Vermerk geschrieben (Testperson a.berger)"));

    // Handing over: only to colleagues of the unit, only by the one working on it (or a lead).
    assert!(
        !html.contains(">Testperson j.ruhrberg</option>"),
        "not offered"
    );
    let ben_id = option_value(&html, "Testperson b.schulte");
    let water_member = app
        .portal
        .storage
        .staff_by_username(
            "kreis-unna",
            &domain::staff::Username::parse("j.ruhrberg").unwrap(),
        )
        .await
        .unwrap()
        .unwrap();
    let elsewhere = app
        .post_form_with(
            &format!("{case}/zuweisen"),
            &[("an", &water_member.id.0.to_string())],
            &anna,
        )
        .await;
    assert_eq!(elsewhere.status(), 409);
    assert!(
        elsewhere
            .text()
            .await
            .unwrap()
            .contains("aktive Beschäftigte seiner Einheit")
    );
    let handed = app
        .post_form_with(&format!("{case}/zuweisen"), &[("an", &ben_id)], &anna)
        .await;
    assert_eq!(location(&handed), case);
    let html = page(&ben).await;
    assert!(html.contains("Testperson b.schulte"));
    let anna_id = option_value(&html, "Testperson a.berger");
    let back = app
        .post_form_with(&format!("{case}/zuweisen"), &[("an", &anna_id)], &anna)
        .await;
    assert_eq!(back.status(), 409, "no longer hers to hand over");
    assert!(
        back.text()
            .await
            .unwrap()
            .contains("Einen Vorgang weitergeben können nur")
    );
    assert!(
        !page(&anna).await.contains("/zuweisen\""),
        "no form for her now"
    );
    app.finish().await;
}

#[tokio::test]
async fn a_pdfs_first_page_is_previewed_for_the_unit_only_and_sandboxed() {
    let app = TestApp::spawn().await;
    let token = start(&app, IFSG).await;
    fill_ifsg(&app, &token, app.portal.clock.now().date()).await;
    crate::search::attach_a_certificate_with_text(&app, &token).await;
    attach_a_certificate(&app, &token).await;
    submit(&app, &token).await;
    app.run_jobs().await;
    let anna = staff_session(&app, "a.berger", "caseworker", "53").await;
    let water = staff_session(&app, "j.ruhrberg", "caseworker", "69.2").await;

    let page = app
        .get_with("/verwaltung/vorgaenge/1", &[("cookie", &anna)])
        .await
        .text()
        .await
        .unwrap();
    let preview = format!("/verwaltung/vorgaenge/1/datei/nachweis-{token}/vorschau");
    assert!(page.contains(&format!("src=\"{preview}\"")), "{page}");
    assert!(page.contains("alt=\"Vorschau von Nachweis.pdf\""));
    let picture = app.get_with(&preview, &[("cookie", &anna)]).await;
    assert_eq!(picture.status(), 200);
    assert_eq!(picture.headers()["content-type"], "image/png");
    assert_eq!(picture.headers()["content-disposition"], "inline");
    assert!(
        picture.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("sandbox")
    );
    assert!(picture.bytes().await.unwrap().starts_with(b"\x89PNG"));

    assert_eq!(
        app.get_with(&preview, &[("cookie", &water)]).await.status(),
        404
    );
    // The other certificate is no real PDF: it has a download, and no picture to show.
    let broken = format!("/verwaltung/vorgaenge/1/datei/bescheinigung-{token}/vorschau");
    assert_eq!(
        app.get_with(&broken, &[("cookie", &anna)]).await.status(),
        404
    );
    app.finish().await;
}
