//! The person's data (DSGVO Art. 15/20) as a page and as JSON, and deleting the account
//! (Art. 17): what goes, what the authority keeps.

use identity::testing::TestProvider;
use time::OffsetDateTime;

use crate::apply::{IFSG, fill_ifsg, location, start};
use crate::helpers::{TestApp, login_redirect_uri};
use crate::uploads::{GEOTHERMAL, files_in, pdf, post_company};

fn provider() -> Option<TestProvider> {
    TestProvider::start(&[&login_redirect_uri()])
}

/// Jonas with one submitted application (IfSG) and one open draft with a file.
async fn jonas_with_applications(app: &TestApp, provider: &TestProvider) -> (String, String) {
    let cookie = app
        .log_in(provider, "jonas", "elster", "substantiell")
        .await;
    app.act_as(Some(&cookie));
    let submitted = start(app, IFSG).await;
    fill_ifsg(app, &submitted, OffsetDateTime::now_utc().date()).await;
    let sent = app
        .post_form(
            &format!("/antrag/{submitted}/absenden"),
            &[("erklaerung", "ja")],
        )
        .await;
    assert_eq!(location(&sent), format!("/antrag/{submitted}/eingereicht"));
    let open = start(app, GEOTHERMAL).await;
    let uploaded = post_company(
        app,
        &open,
        &[],
        &[("Lageplan Hellweg.pdf", &pdf("Lageplan"))],
        "weiter",
    )
    .await;
    assert_eq!(uploaded.status(), 303);
    (cookie, open)
}

#[tokio::test]
async fn the_person_sees_and_downloads_everything_stored_about_them() {
    let Some(provider) = provider() else { return };
    let app = TestApp::builder().login(&provider).spawn().await.unwrap();
    let (_, _) = jonas_with_applications(&app, &provider).await;

    let page = app.page("/konto/daten").await;
    for shown in [
        "Meine gespeicherten Daten",
        "Jonas Weber",
        "jonas.weber@example.org",
        "Massener Straße 21, 59423, Unna",
        "Belehrung nach § 43 Infektionsschutzgesetz",
        "Erdwärmesonde",
        "Backstube am Markt",
        "Lageplan Hellweg.pdf",
        "Browser, angemeldet am",
    ] {
        assert!(page.contains(shown), "the page shows {shown}");
    }

    let download = app.get("/konto/daten.json").await;
    assert_eq!(download.status(), 200);
    assert!(
        download.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let json: serde_json::Value = serde_json::from_str(&download.text().await.unwrap()).unwrap();
    assert_eq!(json["format"], "kreisportal-personal-data/1");
    assert_eq!(json["account"]["family_name"], "Weber");
    assert_eq!(json["account"]["subject"], "jonas");
    let applications = json["applications"].as_array().unwrap();
    assert_eq!(applications.len(), 2);
    let submitted = applications
        .iter()
        .find(|a| a["service"] == IFSG)
        .expect("the IfSG application");
    assert!(
        submitted["submission"]["reference"]
            .as_str()
            .unwrap()
            .starts_with("KU-")
    );
    assert_eq!(
        submitted["submission"]["answers"]["employer"]["value"],
        "Backstube am Markt"
    );
    let text = json.to_string();
    assert!(!text.contains("access_code"), "no secrets in the export");
    assert!(!text.contains("drafts/"), "no internal storage keys");

    app.act_as(None);
    let anonymous = app.get("/konto/daten.json").await;
    assert!(location(&anonymous).starts_with("/anmelden?weiter=/konto/daten"));
    app.run_jobs().await;
    app.finish().await;
}

#[tokio::test]
async fn deleting_the_account_needs_a_confirmation_and_keeps_only_submissions() {
    let Some(provider) = provider() else { return };
    let app = TestApp::builder().login(&provider).spawn().await.unwrap();
    let (cookie, open) = jonas_with_applications(&app, &provider).await;
    assert_eq!(files_in(&app.files_folder), 1);

    let page = app.page("/konto/loeschen").await;
    assert!(page.contains("Ihr offener Entwurf mit seinen Dateien"));
    assert!(page.contains("Eingereichte Anträge (1) gehören zu den Akten"));
    let unconfirmed = app.post_form("/konto/loeschen", &[]).await;
    assert_eq!(unconfirmed.status(), 422);
    let html = unconfirmed.text().await.unwrap();
    assert!(html.contains("<title>Fehler: Nutzerkonto löschen"));
    assert!(html.contains("href=\"#bestaetigung\""));
    assert!(app.get("/konto").await.status() == 200, "nothing deleted");

    let deleted = app
        .post_form("/konto/loeschen", &[("bestaetigung", "ja")])
        .await;
    assert_eq!(location(&deleted), "/konto-geloescht");
    assert!(
        deleted.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    let after = app.get_with("/konto", &[("cookie", &cookie)]).await;
    assert!(
        location(&after).starts_with("/anmelden"),
        "the session ended with the account"
    );
    app.act_as(None);
    assert_eq!(
        app.get(&format!("/antrag/{open}/schritt/company"))
            .await
            .status(),
        404,
        "the open draft is gone"
    );
    app.run_jobs().await;
    assert_eq!(files_in(&app.files_folder), 0, "its file too");
    let storage = &app.portal.storage;
    let head = storage.audit_head().await.unwrap();
    let events = storage
        .audit_events(0, u32::try_from(head).unwrap() + 1)
        .await
        .unwrap();
    assert!(
        events
            .iter()
            .any(|entry| entry.event.action == "account.delete"),
        "the log says an account was deleted"
    );
    assert!(
        !format!("{events:?}").contains("Jonas"),
        "and nothing about the person"
    );

    // Logging in again makes a new, empty account; the submission stays with the authority.
    let again = app
        .log_in(&provider, "jonas", "elster", "substantiell")
        .await;
    app.act_as(Some(&again));
    let account = app.page("/konto").await;
    assert!(account.contains("noch keinen Antrag begonnen"));
    app.finish().await;
}
