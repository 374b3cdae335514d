//! The application assistant over HTTP: steps saved on the server, errors, repeating groups,
//! check your answers, the one binding submit, the receipt and its mail, status, save and
//! resume, expiry, and posts no page could have sent.

use std::sync::Arc;

use services::clock::ManualClock;
use time::macros::datetime;
use time::{Date, Duration};

use crate::helpers::{TestApp, pdf_text, title};

pub const IFSG: &str = "belehrung-infektionsschutz";

/// Where a 303 points.
pub fn location(response: &reqwest::Response) -> String {
    assert_eq!(response.status(), 303, "expected a redirect");
    response.headers()["location"]
        .to_str()
        .expect("ASCII location")
        .to_owned()
}

/// Starts a draft of `service`; returns its token.
pub async fn start(app: &TestApp, service: &str) -> String {
    let response = app
        .post_form(&format!("/leistungen/{service}/antrag"), &[])
        .await;
    let location = location(&response);
    let rest = location.strip_prefix("/antrag/").expect("a draft address");
    rest[..rest.find('/').expect("a step")].to_owned()
}

pub async fn post_step(
    app: &TestApp,
    token: &str,
    step: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    post_step_as(app, token, step, fields, None).await
}

/// A step posted with a cookie (a logged-in applicant, or a language chosen).
pub async fn post_step_as(
    app: &TestApp,
    token: &str,
    step: &str,
    fields: &[(&str, &str)],
    cookie: Option<&str>,
) -> reqwest::Response {
    let path = format!("/antrag/{token}/schritt/{step}");
    match cookie {
        Some(cookie) => app.post_form_with(&path, fields, cookie).await,
        None => app.post_form(&path, fields).await,
    }
}

fn date_fields(prefix: &str, date: Date) -> [(String, String); 3] {
    [
        (format!("{prefix}.day"), date.day().to_string()),
        (
            format!("{prefix}.month"),
            u8::from(date.month()).to_string(),
        ),
        (format!("{prefix}.year"), date.year().to_string()),
    ]
}

fn borrowed(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect()
}

/// Fills every step of the IfSG instruction, as of `today`.
pub async fn fill_ifsg(app: &TestApp, token: &str, today: Date) {
    fill_ifsg_as(app, token, today, None).await;
}

pub async fn fill_ifsg_as(app: &TestApp, token: &str, today: Date, cookie: Option<&str>) {
    let mut person = vec![
        ("given_name".to_owned(), "Selin".to_owned()),
        ("family_name".to_owned(), "Brinkhoff".to_owned()),
        ("email".to_owned(), "selin.brinkhoff@example.org".to_owned()),
        ("phone".to_owned(), String::new()),
    ];
    person.extend(date_fields("birth_date", today - Duration::days(365 * 30)));
    let response = post_step_as(app, token, "person", &borrowed(&person), cookie).await;
    assert_eq!(location(&response), format!("/antrag/{token}/schritt/work"));
    let response = post_step_as(
        app,
        token,
        "work",
        &[("sector", "baeckerei"), ("employer", "Backstube am Markt")],
        cookie,
    )
    .await;
    assert_eq!(
        location(&response),
        format!("/antrag/{token}/schritt/appointment")
    );
    let mut appointment = vec![
        ("weekdays".to_owned(), "di".to_owned()),
        ("weekdays".to_owned(), "do".to_owned()),
        ("time_of_day".to_owned(), "vormittags".to_owned()),
        ("language".to_owned(), "tr".to_owned()),
        ("sign_language".to_owned(), "no".to_owned()),
        ("needs".to_owned(), String::new()),
    ];
    appointment.extend(date_fields("earliest", today + Duration::days(10)));
    let response = post_step_as(app, token, "appointment", &borrowed(&appointment), cookie).await;
    assert_eq!(location(&response), format!("/antrag/{token}/pruefen"));
}

/// The text between `<strong class="panel__reference">` and `</strong>` on the receipt.
fn reference_on(receipt: &str) -> String {
    let marker = "class=\"panel__reference\">";
    let start = receipt.find(marker).expect("a reference") + marker.len();
    receipt[start..start + receipt[start..].find('<').expect("end")].to_owned()
}

/// The access code in "Ihr Abrufcode lautet XXXX-XXXX-XXXX."
fn access_code_on(receipt: &str) -> String {
    let marker = "Ihr Abrufcode lautet ";
    let start = receipt.find(marker).expect("an access code") + marker.len();
    receipt[start..start + 14].to_owned()
}

fn clock_at_noon_on_a_weekday() -> Arc<ManualClock> {
    Arc::new(ManualClock::starting_at(datetime!(2026-03-10 11:00 UTC)))
}

#[tokio::test]
async fn a_citizen_fills_in_checks_submits_once_and_gets_one_confirmation() {
    let clock = clock_at_noon_on_a_weekday();
    let app = TestApp::builder()
        .clock(clock.clone())
        .spawn()
        .await
        .expect("SQLite");
    let today = datetime!(2026-03-10 11:00 UTC).date();
    let token = start(&app, IFSG).await;

    let first = app.page(&format!("/antrag/{token}/schritt/person")).await;
    assert_eq!(
        title(&first),
        "Ihre Angaben – Belehrung nach § 43 Infektionsschutzgesetz (Lebensmittel) – Kreisportal Kreis Unna"
    );
    assert!(first.contains("Schritt 1 von 3"));
    fill_ifsg(&app, &token, today).await;

    let check = app.page(&format!("/antrag/{token}/pruefen")).await;
    for answer in [
        "Selin",
        "Brinkhoff",
        "selin.brinkhoff@example.org",
        "Bäckerei oder Konditorei",
        "Backstube am Markt",
        "Dienstag",
        "Donnerstag",
        "Türkisch",
        "20.03.2026",
        "25,00 €",
    ] {
        assert!(check.contains(answer), "the check page shows {answer}");
    }
    assert!(check.contains(&format!(
        "href=\"/antrag/{token}/schritt/work?zurueck=pruefen#sector\""
    )));

    let without_declaration = app
        .post_form(&format!("/antrag/{token}/absenden"), &[])
        .await;
    assert_eq!(without_declaration.status(), 422);
    let html = without_declaration.text().await.unwrap();
    assert!(html.contains("Bestätigen Sie die Erklärung, um den Antrag abzusenden"));
    assert!(
        app.portal
            .storage
            .submission_for_draft(&domain::application::DraftToken::parse(&token).unwrap())
            .await
            .unwrap()
            .is_none()
    );

    let submitted = app
        .post_form(
            &format!("/antrag/{token}/absenden"),
            &[("erklaerung", "ja")],
        )
        .await;
    assert_eq!(location(&submitted), format!("/antrag/{token}/eingereicht"));
    let again = app
        .post_form(
            &format!("/antrag/{token}/absenden"),
            &[("erklaerung", "ja")],
        )
        .await;
    assert_eq!(
        location(&again),
        format!("/antrag/{token}/eingereicht"),
        "a repeat lands on the same receipt"
    );

    let receipt = app.page(&format!("/antrag/{token}/eingereicht")).await;
    let reference = reference_on(&receipt);
    assert_eq!(reference, "KU-2026-000001");
    assert!(receipt.contains("am 10.03.2026 erhalten"));
    assert!(receipt.contains("Eine Bestätigung haben wir Ihnen per E-Mail geschickt."));

    let outcomes = app.run_jobs().await;
    assert_eq!(
        outcomes.len(),
        4,
        "intake, the new case's search entry and event, and confirmation: {outcomes:?}"
    );
    let mails = app.mails();
    assert_eq!(
        mails.len(),
        1,
        "one confirmation, however often submit was pressed"
    );
    assert!(mails[0].contains("To: selin.brinkhoff@example.org"));
    assert!(mails[0].contains(&reference));

    // After the submit the draft cannot change any more.
    let late = post_step(&app, &token, "work", &[("sector", "handel")]).await;
    assert_eq!(location(&late), format!("/antrag/{token}/eingereicht"));
    let step = app.get(&format!("/antrag/{token}/schritt/work")).await;
    assert_eq!(location(&step), format!("/antrag/{token}/eingereicht"));
    app.finish().await;
}

#[tokio::test]
async fn the_status_needs_the_reference_and_the_access_code() {
    let app = TestApp::builder()
        .clock(clock_at_noon_on_a_weekday())
        .spawn()
        .await
        .expect("SQLite");
    let token = start(&app, IFSG).await;
    fill_ifsg(&app, &token, datetime!(2026-03-10 11:00 UTC).date()).await;
    app.post_form(
        &format!("/antrag/{token}/absenden"),
        &[("erklaerung", "ja")],
    )
    .await;
    app.run_jobs().await;
    let receipt = app.page(&format!("/antrag/{token}/eingereicht")).await;
    let reference = reference_on(&receipt);
    let code = access_code_on(&receipt);

    let found = app
        .page(&format!("/status?referenz={reference}&code={code}"))
        .await;
    assert!(found.contains(&format!("Antrag {reference}")));
    assert!(found.contains("eingegangen am 10.03.2026"));
    let lower_case = app
        .page(&format!(
            "/status?referenz={}&code={}",
            reference.to_lowercase(),
            code.to_lowercase().replace('-', "")
        ))
        .await;
    assert!(
        lower_case.contains(&format!("Antrag {reference}")),
        "codes are read forgivingly"
    );

    let wrong_code = app
        .get(&format!("/status?referenz={reference}&code=AAAA-BBBB-CCCC"))
        .await;
    assert_eq!(wrong_code.status(), 404);
    assert!(
        wrong_code
            .text()
            .await
            .unwrap()
            .contains("keinen Antrag gefunden")
    );
    let malformed = app.get("/status?referenz=123&code=x").await;
    assert_eq!(malformed.status(), 422);
    let html = malformed.text().await.unwrap();
    assert!(html.contains("Geben Sie die Referenznummer so ein"));
    assert!(html.contains("Geben Sie den Abrufcode mit seinen zwölf Zeichen ein"));
    app.finish().await;
}

#[tokio::test]
async fn errors_are_shown_with_what_was_typed_and_nothing_is_lost() {
    let app = TestApp::spawn().await;
    let token = start(&app, IFSG).await;
    let response = post_step(
        &app,
        &token,
        "person",
        &[
            ("given_name", "Selin"),
            ("family_name", ""),
            ("birth_date.day", "31"),
            ("birth_date.month", "2"),
            ("birth_date.year", "1990"),
            ("email", "selin(at)example.org"),
            ("phone", ""),
        ],
    )
    .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(title(&html).starts_with("Fehler: "), "{}", title(&html));
    assert!(html.contains("Es gibt ein Problem"));
    assert!(html.contains("<a href=\"#family_name\">Geben Sie „Nachname“ an</a>"));
    assert!(html.contains("„Geburtsdatum“ muss ein echtes Datum sein"));
    assert!(html.contains("href=\"#birth_date.day\""));
    assert!(
        html.contains("Geben Sie bei „E-Mail-Adresse“ eine E-Mail-Adresse im richtigen Format ein")
    );
    assert!(
        html.contains("value=\"selin(at)example.org\""),
        "the wrong value is shown to correct"
    );

    // It was saved all the same: the page shows it after leaving and coming back.
    let again = app.page(&format!("/antrag/{token}/schritt/person")).await;
    assert!(again.contains("value=\"Selin\""));
    assert!(again.contains("value=\"selin(at)example.org\""));
    assert!(
        !again.contains("Es gibt ein Problem"),
        "errors show only after a post"
    );

    // A later step cannot be skipped to while this one has errors? It can be opened (the
    // visitor may go back and forth); the check page lists what is missing.
    let check = app.page(&format!("/antrag/{token}/pruefen")).await;
    assert!(check.contains(&format!(
        "href=\"/antrag/{token}/schritt/person?zurueck=pruefen"
    )));
    let refused = app
        .post_form(
            &format!("/antrag/{token}/absenden"),
            &[("erklaerung", "ja")],
        )
        .await;
    assert_eq!(
        location(&refused),
        format!("/antrag/{token}/pruefen"),
        "incomplete forms are not submitted"
    );
    app.finish().await;
}

#[tokio::test]
async fn groups_grow_and_shrink_without_javascript() {
    let app = TestApp::spawn().await;
    let token = start(&app, "hund-anmelden-unna").await;
    let dog = |index: u32, name: &'static str| {
        vec![
            (format!("dog_list.{index}.dog_name"), name.to_owned()),
            (format!("dog_list.{index}.breed"), "Mischling".to_owned()),
        ]
    };
    let mut fields = dog(0, "Bello");
    fields.push(("dog_list.items".into(), "1".into()));
    fields.push(("_aktion".into(), "hinzufuegen:dog_list".into()));
    let added = post_step(&app, &token, "dogs", &borrowed(&fields)).await;
    assert_eq!(
        location(&added),
        format!("/antrag/{token}/schritt/dogs#dog_list.1")
    );
    let page = app.page(&format!("/antrag/{token}/schritt/dogs")).await;
    assert!(page.contains("name=\"dog_list.1.dog_name\""));
    assert!(page.contains("value=\"Bello\""));

    let mut fields = dog(0, "Bello");
    fields.extend(dog(1, "Luna"));
    fields.push(("dog_list.items".into(), "2".into()));
    fields.push(("_aktion".into(), "entfernen:dog_list:0".into()));
    let removed = post_step(&app, &token, "dogs", &borrowed(&fields)).await;
    assert_eq!(
        location(&removed),
        format!("/antrag/{token}/schritt/dogs#dog_list")
    );
    let page = app.page(&format!("/antrag/{token}/schritt/dogs")).await;
    assert!(page.contains("value=\"Luna\""), "the second dog moved up");
    assert!(!page.contains("value=\"Bello\""));
    assert!(!page.contains("name=\"dog_list.1.dog_name\""));

    // The last one cannot be removed (at least one dog), and nothing breaks when asked to.
    let mut fields = dog(0, "Luna");
    fields.push(("dog_list.items".into(), "1".into()));
    fields.push(("_aktion".into(), "entfernen:dog_list:0".into()));
    let kept = post_step(&app, &token, "dogs", &borrowed(&fields)).await;
    assert_eq!(kept.status(), 303);
    assert!(
        app.page(&format!("/antrag/{token}/schritt/dogs"))
            .await
            .contains("value=\"Luna\"")
    );
    app.finish().await;
}

#[tokio::test]
async fn posts_no_page_could_have_sent_are_refused_without_a_trace() {
    let app = TestApp::spawn().await;
    let token = start(&app, IFSG).await;
    for (fields, why) in [
        (vec![("is_admin", "1")], "an input the step does not have"),
        (vec![("sector", "handel")], "an input of another step"),
        (vec![("_aktion", "loeschen")], "an unknown action"),
        (
            vec![("_aktion", "entfernen:given_name:x")],
            "a malformed action",
        ),
        (
            vec![("_aktion", "hinzufuegen:given_name")],
            "adding to a field that is no group",
        ),
    ] {
        let response = post_step(&app, &token, "person", &fields).await;
        assert_eq!(response.status(), 400, "{why}");
        assert!(
            response.text().await.unwrap().contains("<h1"),
            "{why}: a page, not a bare error"
        );
    }
    let long = "x".repeat(10_001);
    let response = post_step(&app, &token, "person", &[("given_name", &long)]).await;
    assert_eq!(response.status(), 400, "a value no person types");

    let unknown_step = post_step(&app, &token, "geheim", &[]).await;
    assert_eq!(location(&unknown_step), format!("/antrag/{token}"));
    for path in [
        "/antrag/KP7QM2XR9HTW4BZEJN6C/schritt/person".to_owned(),
        "/antrag/kurz/schritt/person".to_owned(),
        "/antrag/KP7QM2XR9HTW4BZEJN6C/pruefen".to_owned(),
        "/antrag/KP7QM2XR9HTW4BZEJN6C/eingereicht".to_owned(),
    ] {
        let response = app.get(&path).await;
        assert_eq!(response.status(), 404, "{path}");
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("Antrag nicht gefunden"),
            "{path}"
        );
    }
    let page = app.page(&format!("/antrag/{token}/schritt/person")).await;
    assert!(
        !page.contains("value=\"1\""),
        "nothing of the refused posts was saved"
    );
    app.finish().await;
}

#[tokio::test]
async fn a_saved_draft_is_resumed_by_code_or_mailed_link_and_reminded_before_expiry() {
    let clock = clock_at_noon_on_a_weekday();
    let app = TestApp::builder()
        .clock(clock.clone())
        .spawn()
        .await
        .expect("SQLite");
    let token = start(&app, IFSG).await;
    let saved = post_step(
        &app,
        &token,
        "person",
        &[("given_name", "Jonas"), ("_aktion", "speichern")],
    )
    .await;
    assert_eq!(location(&saved), format!("/antrag/{token}/gespeichert"));
    let page = app.page(&format!("/antrag/{token}/gespeichert")).await;
    assert!(
        page.contains("Sie können bis zum 09.04.2026 weitermachen."),
        "{}",
        &page[page.find("<h1").unwrap()..]
    );
    assert!(page.contains(&format!("/antrag/{token}")));

    // Resume by the code, typed in lower case with spaces.
    let typed = token
        .to_lowercase()
        .chars()
        .collect::<Vec<_>>()
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ");
    let resumed = app
        .post_form("/antrag/fortsetzen", &[("code", &typed)])
        .await;
    assert_eq!(location(&resumed), format!("/antrag/{token}"));
    let opened = app.get(&format!("/antrag/{token}")).await;
    assert_eq!(
        location(&opened),
        format!("/antrag/{token}/schritt/person"),
        "the first step with something to do"
    );
    let unknown = app
        .post_form(
            "/antrag/fortsetzen",
            &[("code", "KP7Q-M2XR-9HTW-4BZE-JN6C")],
        )
        .await;
    assert_eq!(unknown.status(), 422);
    assert!(
        unknown
            .text()
            .await
            .unwrap()
            .contains("Zu diesem Code gibt es keinen gespeicherten Antrag")
    );

    // The link by mail; the address is remembered for the reminder.
    let bad = app
        .post_form(
            &format!("/antrag/{token}/link-senden"),
            &[("email", "jonas@")],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let sent = app
        .post_form(
            &format!("/antrag/{token}/link-senden"),
            &[("email", "jonas.weber@example.org")],
        )
        .await;
    assert_eq!(
        location(&sent),
        format!("/antrag/{token}/gespeichert?gesendet=1")
    );
    app.run_jobs().await;
    let mails = app.mails();
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains(&format!("/antrag/{token}")));

    // Three days before the deletion, a reminder; after it, the draft is gone.
    clock.advance(Duration::days(27) + Duration::hours(1));
    app.run_jobs().await;
    let mails = app.mails();
    assert_eq!(mails.len(), 2, "the reminder");
    assert!(mails.iter().any(|mail| mail.contains("09.04.2026")));
    clock.advance(Duration::days(4));
    services::jobs::Worker::new(app.portal.clone())
        .schedule_maintenance()
        .await
        .unwrap();
    app.run_jobs().await;
    assert!(
        app.portal
            .storage
            .draft(&domain::application::DraftToken::parse(&token).unwrap())
            .await
            .unwrap()
            .is_none(),
        "swept"
    );
    let gone = app.get(&format!("/antrag/{token}/schritt/person")).await;
    assert_eq!(gone.status(), 404);
    app.finish().await;
}

#[tokio::test]
async fn the_receipt_pdf_records_the_answers_in_german_and_in_the_applicants_language() {
    let app = TestApp::builder()
        .clock(clock_at_noon_on_a_weekday())
        .spawn()
        .await
        .expect("SQLite");
    let token = start(&app, IFSG).await;
    let before = app
        .get(&format!("/antrag/{token}/eingereicht/bestaetigung.pdf"))
        .await;
    assert_eq!(
        location(&before),
        format!("/antrag/{token}/pruefen"),
        "no receipt before the submit"
    );
    fill_ifsg(&app, &token, datetime!(2026-03-10 11:00 UTC).date()).await;
    app.post_form(
        &format!("/antrag/{token}/absenden?lang=tr"),
        &[("erklaerung", "ja")],
    )
    .await;
    app.run_jobs().await;
    let receipt = app
        .page(&format!("/antrag/{token}/eingereicht?lang=tr"))
        .await;
    let href = format!("/antrag/{token}/eingereicht/bestaetigung.pdf");
    assert!(receipt.contains(&format!("href=\"{href}\"")));

    let response = app.get(&href).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/pdf");
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("Eingangsbestaetigung-KU-2026-000001.pdf")
    );
    let bytes = response.bytes().await.unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let Some(text) = pdf_text(&bytes) else {
        app.finish().await;
        return;
    };
    for expected in [
        // The German record.
        "Eingangsbestätigung",
        "KU-2026-000001",
        "Selin",
        "Bäckerei oder Konditorei",
        "Dienstag",
        "25,00 €",
        "Gesundheitsamt",
        // The Turkish translation after it.
        "Alındı belgesi",
        "Bu çeviri sizin içindir",
    ] {
        assert!(text.contains(expected), "{expected} in:\n{text}");
    }
    let wrong = app
        .get("/antrag/KP7QM2XR9HTW4BZEJN6C/eingereicht/bestaetigung.pdf")
        .await;
    assert_eq!(wrong.status(), 404);
    app.finish().await;
}

#[tokio::test]
async fn the_draft_lifetime_is_configured_and_told() {
    let app = TestApp::builder()
        .clock(clock_at_noon_on_a_weekday())
        .configure(|config| config.drafts.lifetime_days = 7)
        .spawn()
        .await
        .expect("SQLite");
    let token = start(&app, IFSG).await;
    post_step(&app, &token, "person", &[("_aktion", "speichern")]).await;
    let saved = app.page(&format!("/antrag/{token}/gespeichert")).await;
    assert!(saved.contains("Sie können bis zum 17.03.2026 weitermachen."));
    let missing = app.get("/antrag/KP7QM2XR9HTW4BZEJN6C/pruefen").await;
    assert!(
        missing
            .text()
            .await
            .unwrap()
            .contains("Entwürfe werden 7 Tage nach der letzten Änderung gelöscht.")
    );
    let english = app
        .get("/antrag/KP7QM2XR9HTW4BZEJN6C/pruefen?lang=en")
        .await;
    assert!(
        english
            .text()
            .await
            .unwrap()
            .contains("Drafts are deleted 7 days after the last change.")
    );
    let unknown = app
        .post_form(
            "/antrag/fortsetzen?lang=ru",
            &[("code", "KP7Q-M2XR-9HTW-4BZE-JN6C")],
        )
        .await;
    assert!(
        unknown
            .text()
            .await
            .unwrap()
            .contains("удаляются через 7 дней"),
        "plural forms from the number"
    );
    app.finish().await;
}

#[tokio::test]
async fn a_draft_survives_a_restart_of_the_server() {
    let mut app = TestApp::spawn().await;
    let token = start(&app, IFSG).await;
    post_step(
        &app,
        &token,
        "person",
        &[("given_name", "Marta"), ("_aktion", "speichern")],
    )
    .await;
    app.restart().await;
    let page = app.page(&format!("/antrag/{token}/schritt/person")).await;
    assert!(page.contains("value=\"Marta\""));
    app.finish().await;
}

#[tokio::test]
async fn a_step_is_checked_without_saving_for_the_pages_script() {
    let app = TestApp::spawn().await;
    let token = start(&app, IFSG).await;
    let check = |fields: Vec<(&'static str, &'static str)>, lang: &'static str| {
        let app = &app;
        let token = token.clone();
        async move {
            app.post_form(
                &format!("/antrag/{token}/schritt/person/pruefen?lang={lang}"),
                &fields,
            )
            .await
        }
    };
    let response = check(vec![("given_name", "Selin"), ("email", "selin@")], "de").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    let answer: serde_json::Value = serde_json::from_str(&response.text().await.unwrap()).unwrap();
    let errors = answer["errors"].as_object().unwrap();
    assert!(!errors.contains_key("given_name"));
    assert_eq!(errors["family_name"], "Geben Sie „Nachname“ an");
    assert!(
        errors["email"].as_str().unwrap().starts_with(
            "Geben Sie bei „E-Mail-Adresse“ eine E-Mail-Adresse im richtigen Format ein"
        )
    );
    let english: serde_json::Value =
        serde_json::from_str(&check(vec![], "en").await.text().await.unwrap()).unwrap();
    assert_eq!(english["errors"]["family_name"], "Enter “Last name”");

    let page = app.page(&format!("/antrag/{token}/schritt/person")).await;
    assert!(!page.contains("value=\"Selin\""), "checking saves nothing");
    assert_eq!(check(vec![("is_admin", "1")], "de").await.status(), 400);
    app.finish().await;
}
