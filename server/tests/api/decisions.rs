//! A decision from the caseworker's text to the citizen: written with the step that prepares
//! it, signed off by a second person, rendered from the tenant's template as a DIN 5008 letter,
//! frozen by its hash and filed in the Akte, delivered into the Postfach of a citizen who agreed
//! to digital delivery (on paper otherwise), and once retrieved announced with its appeal
//! deadline on the case page.

use std::sync::Arc;

use domain::case::CaseId;
use domain::delivery::{Channel, PaperReason};
use identity::testing::TestProvider;
use services::Clock;
use services::clock::ManualClock;
use sha2::{Digest, Sha256};
use time::Duration;
use time::macros::datetime;

use crate::apply::{IFSG, fill_ifsg, fill_ifsg_as, location, start};
use crate::back_office::staff_session;
use crate::cases::submit;
use crate::deadlines::daily_round;
use crate::helpers::{TestApp, login_redirect_uri, pdf_text, title};

const CASE: &str = "/verwaltung/vorgaenge/1";

/// Takes case 1 up and files it as `caseworker`, then writes `fields` as its decision.
async fn decide(app: &TestApp, caseworker: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    app.post_form_with(&format!("{CASE}/uebernehmen"), &[], caseworker)
        .await;
    let filed = app
        .post_form_with(
            &format!("{CASE}/zda"),
            &[("akte", "neu"), ("titel", "Belehrung")],
            caseworker,
        )
        .await;
    assert_eq!(location(&filed), format!("{CASE}#akte-abschnitt"));
    app.post_form_with(&format!("{CASE}/entscheidung"), fields, caseworker)
        .await
}

/// The proof of delivery filed in case 1's Akte (once) reads `expected`.
async fn proof_says(app: &TestApp, expected: &[&str]) {
    let storage = &app.portal.storage;
    let akte = storage.akte_of_case(CaseId(1)).await.unwrap().unwrap();
    let proofs: Vec<_> = storage
        .documents(akte.id)
        .await
        .unwrap()
        .into_iter()
        .filter(|document| document.kind == "zustellnachweis")
        .collect();
    assert_eq!(proofs.len(), 1, "one proof");
    let bytes = app
        .portal
        .files
        .read(&proofs[0].versions[0].content.storage_key)
        .await
        .unwrap();
    if let Some(text) = pdf_text(&bytes) {
        for expected in expected {
            assert!(text.contains(expected), "{expected} in:\n{text}");
        }
    }
}

async fn step(app: &TestApp, cookie: &str, step: &str) {
    let response = app
        .post_form_with(&format!("{CASE}/schritt"), &[("schritt", step)], cookie)
        .await;
    assert_eq!(location(&response), CASE, "{step}");
}

async fn case_page(app: &TestApp, cookie: &str) -> String {
    app.get_with(CASE, &[("cookie", cookie)])
        .await
        .text()
        .await
        .unwrap()
}

/// Erika agrees to digital delivery and applies in Turkish; Anna files the case and writes the
/// decision (after a refused empty form and a refused plain step); Ben signs it off; the jobs
/// run. Mail goes through the SMTP server on `smtp` when given. What the test needs
/// afterwards: the app, its provider and clock, and the draft token.
pub(crate) async fn decided_for_a_consenting_citizen(
    smtp: Option<u16>,
) -> Option<(TestApp, TestProvider, Arc<ManualClock>, String)> {
    let provider = TestProvider::start(&[&login_redirect_uri()])?;
    // Monday, 2 November 2026.
    let clock = Arc::new(ManualClock::starting_at(datetime!(2026-11-02 09:00 UTC)));
    let mut builder = TestApp::builder().login(&provider).clock(clock.clone());
    if let Some(port) = smtp {
        builder = builder.smtp(port);
    }
    let app = builder.spawn().await.unwrap();
    let erika = app.log_in(&provider, "erika", "passwort", "basis").await;
    let consent = app
        .post_form_with(
            "/konto/postfach/einwilligung",
            &[("einwilligung", "ja")],
            &erika,
        )
        .await;
    assert_eq!(consent.status(), 303);
    // She applies in Turkish: the letter binds in German and explains itself in Turkish.
    let in_turkish = format!("{erika}; kp_lang=tr");
    let started = app
        .post_form_with(&format!("/leistungen/{IFSG}/antrag"), &[], &in_turkish)
        .await;
    let token = location(&started)
        .trim_start_matches("/antrag/")
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    fill_ifsg_as(&app, &token, clock.now().date(), Some(&in_turkish)).await;
    let submitted = app
        .post_form_with(
            &format!("/antrag/{token}/absenden"),
            &[("erklaerung", "ja")],
            &in_turkish,
        )
        .await;
    assert_eq!(location(&submitted), format!("/antrag/{token}/eingereicht"));
    app.run_jobs().await;

    let anna = staff_session(&app, "a.berger", "caseworker", "53").await;
    let ben = staff_session(&app, "b.schulte", "team_lead", "53").await;
    let missing = decide(&app, &anna, &[("begruendung", "  ")]).await;
    assert_eq!(missing.status(), 422);
    let html = missing.text().await.unwrap();
    assert!(title(&html).starts_with("Fehler: "));
    for expected in [
        "href=\"#ergebnis\"",
        "href=\"#begruendung\"",
        "Wählen Sie, ob der Antrag bewilligt oder abgelehnt wird.",
        "Schreiben Sie die Begründung.",
    ] {
        assert!(html.contains(expected), "{expected}");
    }
    let plain_step = app
        .post_form_with(
            &format!("{CASE}/schritt"),
            &[("schritt", "entscheidung-vorbereiten")],
            &anna,
        )
        .await;
    assert_eq!(plain_step.status(), 409, "a decision needs its text");
    let reasoning = "Die Belehrung nach § 43 IfSG hat am 2. November 2026 stattgefunden.\n\n\
                     Die Bescheinigung wird mit diesem Bescheid erteilt.";
    let written = app
        .post_form_with(
            &format!("{CASE}/entscheidung"),
            &[("ergebnis", "stattgabe"), ("begruendung", reasoning)],
            &anna,
        )
        .await;
    assert_eq!(location(&written), format!("{CASE}#entscheidung"));
    let page = case_page(&app, &anna).await;
    assert!(page.contains("Stattgabe (Antrag bewilligt)"));
    assert!(page.contains("Der Bescheid geht nach der Mitzeichnung hinaus."));
    step(&app, &anna, "mitzeichnung-anfordern").await;
    step(&app, &ben, "mitzeichnen").await;
    app.run_jobs().await;

    Some((app, provider, clock, token))
}

#[tokio::test]
async fn a_signed_off_decision_is_filed_sent_to_the_postfach_and_announced_on_retrieval() {
    let Some((app, provider, clock, token)) = decided_for_a_consenting_citizen(None).await else {
        return;
    };
    let anna = staff_session(&app, "a.berger1", "caseworker", "53").await;
    let storage = &app.portal.storage;
    let decision = storage.decision(CaseId(1)).await.unwrap().unwrap();
    let release = decision.release.expect("released after the sign-off");
    assert_eq!(release.channel, Channel::Postfach);
    let akte = storage.akte_of_case(CaseId(1)).await.unwrap().unwrap();
    let letter = storage
        .documents(akte.id)
        .await
        .unwrap()
        .into_iter()
        .find(|document| document.kind == "bescheid")
        .expect("the letter in the Akte");
    assert_eq!(letter.number, release.document_number);
    assert!(
        letter.title.starts_with("Bescheid KU-2026-"),
        "{}",
        letter.title
    );
    let version = &letter.versions[0];
    assert!(version.filed_at.is_some(), "zu den Akten at once");
    let bytes = app
        .portal
        .files
        .read(&version.content.storage_key)
        .await
        .unwrap();
    let hash: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(
        hash, release.sha256,
        "frozen: the file is the one signed off"
    );
    if let Some(text) = pdf_text(&bytes) {
        let draft = storage
            .draft(&domain::application::DraftToken::parse(&token).unwrap())
            .await
            .unwrap()
            .unwrap();
        let name = format!(
            "{} {}",
            draft.values.get("given_name"),
            draft.values.get("family_name")
        );
        for expected in [
            "Kreis Unna – Der Landrat".to_owned(),
            format!("Guten Tag {name},"),
            akte.aktenzeichen.clone(),
            "Ihr Antrag wird bewilligt.".to_owned(),
            "Die Bescheinigung wird mit diesem Bescheid erteilt.".to_owned(),
            "Rechtsbehelfsbelehrung".to_owned(),
            "Sparkasse UnnaKamen".to_owned(),
            "Bu mektup hakkında".to_owned(),
            "Kabul edildi".to_owned(),
        ] {
            assert!(text.contains(&expected), "{expected} in:\n{text}");
        }
    }

    let message = release.message.expect("in the Postfach");
    let notices: Vec<String> = app
        .mails()
        .into_iter()
        .filter(|mail| mail.contains(&format!("/konto/postfach/{message}")))
        .collect();
    assert_eq!(notices.len(), 1, "one notice");
    assert!(
        !notices[0].contains("bewilligt"),
        "no content in the notice"
    );
    let page = case_page(&app, &anna).await;
    for expected in [
        "Digital in das Postfach des Kontos",
        "Benachrichtigt am",
        &release.sha256,
        &format!("/verwaltung/akten/{}/dokumente/{}/1", akte.id, letter.id),
    ] {
        assert!(page.contains(expected), "{expected}");
    }
    assert!(!page.contains("Bekanntgegeben am"), "not retrieved yet");

    // She opens it the next day: announced the day after, appeal until a month later.
    clock.advance(Duration::days(1));
    let erika = app.log_in(&provider, "erika", "passwort", "basis").await;
    let opened = app
        .get_with(&format!("/konto/postfach/{message}"), &[("cookie", &erika)])
        .await;
    assert_eq!(opened.status(), 200);
    app.run_jobs().await;
    proof_says(
        &app,
        &[
            "Abgerufen am",
            "03.11.2026",
            "Bekanntgegeben am",
            "04.11.2026",
            "Klagefrist endet am",
            "04.12.2026",
        ],
    )
    .await;
    let anna = staff_session(&app, "a.berger2", "caseworker", "53").await;
    let page = case_page(&app, &anna).await;
    for expected in [
        "Abgerufen am",
        "03.11.2026",
        "Bekanntgegeben am",
        "04.11.2026",
        "Klagefrist endet am",
        "04.12.2026",
    ] {
        assert!(page.contains(expected), "{expected}");
    }

    // The figures: on the dashboard, and as open data for anyone.
    let dashboard = app
        .get_with("/verwaltung/kennzahlen", &[("cookie", &anna)])
        .await
        .text()
        .await
        .unwrap();
    for expected in [
        "Bescheide: digital und auf Papier",
        "100 %",
        "2026-11 digital zugestellt",
        "1,07\u{a0}€",
    ] {
        assert!(dashboard.contains(expected), "{expected}");
    }
    let csv = app.get("/offene-daten/bescheide.csv").await;
    assert_eq!(csv.status(), 200);
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    assert_eq!(
        csv.text().await.unwrap(),
        "monat,digital,papier,blatt_gespart,euro_gespart\n2026-11,1,0,2,1.07\n"
    );
    let json: serde_json::Value = serde_json::from_str(
        &app.get("/offene-daten/bescheide.json")
            .await
            .text()
            .await
            .unwrap(),
    )
    .unwrap();
    assert_eq!(json["months"][0]["digital"], 1);
    assert_eq!(json["total"]["euro_cents"], 107);
    assert_eq!(json["unit_costs"]["sheets_per_tree"], 8000);
    let text = json.to_string();
    for private in ["Lindqvist", "Brinkhoff", "KU-2026"] {
        assert!(!text.contains(private), "no personal data: {private}");
    }
    app.finish().await;
}

#[tokio::test]
async fn a_decision_not_retrieved_within_ten_days_goes_on_paper_and_the_case_says_so() {
    let Some((app, _provider, clock, _)) = decided_for_a_consenting_citizen(None).await else {
        return;
    };
    // Notified on Monday 2 November; the offer ends after ten days.
    clock.advance(Duration::days(10));
    daily_round(&app).await;
    let message = app
        .portal
        .storage
        .decision(CaseId(1))
        .await
        .unwrap()
        .unwrap();
    let message = message.release.unwrap().message.unwrap();
    assert_eq!(
        app.portal
            .storage
            .message(message)
            .await
            .unwrap()
            .unwrap()
            .paper_at,
        None,
        "ten days are not over on the tenth"
    );
    clock.advance(Duration::days(1));
    daily_round(&app).await;
    let paper_at = app
        .portal
        .storage
        .message(message)
        .await
        .unwrap()
        .unwrap()
        .paper_at;
    assert_eq!(
        paper_at.map(|at| at.date()),
        Some(time::macros::date!(2026 - 11 - 13))
    );
    proof_says(
        &app,
        &[
            "Auf Papier seit",
            "13.11.2026",
            "Benachrichtigt am",
            "02.11.2026",
        ],
    )
    .await;
    let anna = staff_session(&app, "a.berger3", "caseworker", "53").await;
    let page = case_page(&app, &anna).await;
    assert!(page.contains("Auf Papier seit"), "{page}");
    assert!(page.contains("13.11.2026"));
    assert!(
        !page.contains("Bekanntgegeben am"),
        "a paper letter is announced by post"
    );
    assert_eq!(
        app.get("/offene-daten/bescheide.csv")
            .await
            .text()
            .await
            .unwrap(),
        "monat,digital,papier,blatt_gespart,euro_gespart\n2026-11,0,1,0,0.00\n",
        "a letter gone on paper saved nothing"
    );
    app.finish().await;
}

#[tokio::test]
async fn without_an_account_the_decision_goes_on_paper_and_says_why() {
    let app = TestApp::spawn().await;
    let token = start(&app, IFSG).await;
    fill_ifsg(&app, &token, time::OffsetDateTime::now_utc().date()).await;
    submit(&app, &token).await;
    app.run_jobs().await;
    let anna = staff_session(&app, "a.berger", "caseworker", "53").await;
    let ben = staff_session(&app, "b.schulte", "team_lead", "53").await;
    let written = decide(
        &app,
        &anna,
        &[
            ("ergebnis", "ablehnung"),
            ("begruendung", "Die Belehrung fand nicht statt."),
        ],
    )
    .await;
    assert_eq!(location(&written), format!("{CASE}#entscheidung"));
    // The one who asks for the sign-off cannot give it.
    step(&app, &anna, "mitzeichnung-anfordern").await;
    let own = app
        .post_form_with(
            &format!("{CASE}/schritt"),
            &[("schritt", "mitzeichnen")],
            &anna,
        )
        .await;
    assert_eq!(own.status(), 409);
    app.run_jobs().await;
    assert_eq!(
        app.portal
            .storage
            .decision(CaseId(1))
            .await
            .unwrap()
            .unwrap()
            .release,
        None,
        "nothing goes out before the sign-off"
    );
    step(&app, &ben, "mitzeichnen").await;
    app.run_jobs().await;
    let release = app
        .portal
        .storage
        .decision(CaseId(1))
        .await
        .unwrap()
        .unwrap()
        .release
        .unwrap();
    assert_eq!(release.channel, Channel::Paper(PaperReason::NoPostfach));
    assert_eq!(release.message, None);
    let page = case_page(&app, &anna).await;
    assert!(page.contains("Ablehnung (Antrag abgelehnt)"));
    assert!(
        page.contains("Auf Papier: Der Antrag kam nicht aus einem Konto mit Postfach."),
        "{page}"
    );
    app.finish().await;
}
