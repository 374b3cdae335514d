//! Logging in through a real OpenID provider (node oidc-provider), sessions and their ends,
//! trust levels at the start and the submit of an application, and whose drafts are whose.

use identity::testing::TestProvider;
use services::clock::ManualClock;
use std::sync::Arc;

use crate::apply::{IFSG, location, start};
use crate::helpers::{TestApp, login_redirect_uri, session_cookie_of};

const HUNTING: &str = "jagdschein-verlaengern";

async fn app_with_login(provider: &TestProvider) -> TestApp {
    TestApp::builder()
        .login(provider)
        .spawn()
        .await
        .expect("SQLite")
}

fn provider() -> Option<TestProvider> {
    TestProvider::start(&[&login_redirect_uri()])
}

#[tokio::test]
async fn a_citizen_logs_in_sees_the_account_and_logs_out() {
    let Some(provider) = provider() else { return };
    let app = app_with_login(&provider).await;
    let anonymous = app.page("/").await;
    assert!(
        anonymous.contains("href=\"/anmelden?weiter=/\""),
        "the header offers the login"
    );

    let cookie = app
        .log_in(&provider, "jonas", "elster", "substantiell")
        .await;
    let account = app.get_with("/konto", &[("cookie", &cookie)]).await;
    assert_eq!(account.status(), 200);
    let html = account.text().await.unwrap();
    assert!(html.contains("Angemeldet als Jonas Weber"));
    assert!(html.contains("Ihr Anmeldeniveau: substanziell"));
    assert!(
        html.contains("action=\"/abmelden\""),
        "the header offers the logout"
    );
    assert!(html.contains("(dieses Gerät)"));

    let out = app.post_form_with("/abmelden", &[], &cookie).await;
    assert_eq!(location(&out), "/abgemeldet");
    let cleared = out.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cleared.contains("Max-Age=0"), "{cleared}");
    let after = app.get_with("/konto", &[("cookie", &cookie)]).await;
    assert!(
        location(&after).starts_with("/anmelden"),
        "the old cookie opens nothing"
    );
    app.finish().await;
}

#[tokio::test]
async fn services_need_their_trust_level_at_the_start_with_a_step_up() {
    let Some(provider) = provider() else { return };
    let app = app_with_login(&provider).await;
    let anonymous = app
        .post_form(&format!("/leistungen/{HUNTING}/antrag"), &[])
        .await;
    assert_eq!(anonymous.status(), 403);
    let html = anonymous.text().await.unwrap();
    assert!(html.contains("mit dem Anmeldeniveau substanziell"));
    assert!(html.contains(&format!(
        "href=\"/anmelden?weiter=/leistungen/{HUNTING}&amp;niveau=substantiell\""
    )));

    let basic = app.log_in(&provider, "erika", "passwort", "basis").await;
    let too_low = app
        .post_form_with(&format!("/leistungen/{HUNTING}/antrag"), &[], &basic)
        .await;
    assert_eq!(too_low.status(), 403);
    let html = too_low.text().await.unwrap();
    assert!(
        html.contains("Sie sind mit dem Niveau Basis"),
        "a step-up is offered"
    );
    assert!(
        html.contains("niveau=substantiell"),
        "the login asks for the level the service needs"
    );

    let strong = app
        .log_in(&provider, "jonas", "elster", "substantiell")
        .await;
    let started = app
        .post_form_with(&format!("/leistungen/{HUNTING}/antrag"), &[], &strong)
        .await;
    assert!(location(&started).ends_with("/schritt/person"));
    app.finish().await;
}

#[tokio::test]
async fn a_draft_started_in_an_account_opens_only_for_it_and_is_listed_there() {
    let Some(provider) = provider() else { return };
    let app = app_with_login(&provider).await;
    let jonas = app
        .log_in(&provider, "jonas", "elster", "substantiell")
        .await;
    let started = app
        .post_form_with(&format!("/leistungen/{IFSG}/antrag"), &[], &jonas)
        .await;
    let step = location(&started);

    let own = app.get_with(&step, &[("cookie", &jonas)]).await;
    assert_eq!(own.status(), 200);
    let logged_out = app.get(&step).await;
    assert_eq!(logged_out.status(), 403, "the token alone does not open it");
    assert!(
        logged_out
            .text()
            .await
            .unwrap()
            .contains("gehört zu einem Nutzerkonto")
    );
    let erika = app.log_in(&provider, "erika", "passwort", "basis").await;
    let stranger = app.get_with(&step, &[("cookie", &erika)]).await;
    assert_eq!(
        stranger.status(),
        404,
        "another account does not learn it exists"
    );

    let account = app
        .get_with("/konto", &[("cookie", &jonas)])
        .await
        .text()
        .await
        .unwrap();
    assert!(account.contains("Belehrung nach § 43 Infektionsschutzgesetz"));
    assert!(account.contains("Weiter bearbeiten"));
    let theirs = app
        .get_with("/konto", &[("cookie", &erika)])
        .await
        .text()
        .await
        .unwrap();
    assert!(theirs.contains("noch keinen Antrag begonnen"));

    // The trust level is checked again at the submit: logged in again with a weaker method,
    // the same person may open the draft but not submit a service that needs more.
    let hunting = app
        .post_form_with(&format!("/leistungen/{HUNTING}/antrag"), &[], &jonas)
        .await;
    let token = location(&hunting)
        .trim_start_matches("/antrag/")
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    let weaker = app.log_in(&provider, "jonas", "passwort", "basis").await;
    let submit = app
        .post_form_with(
            &format!("/antrag/{token}/absenden"),
            &[("erklaerung", "ja")],
            &weaker,
        )
        .await;
    assert_eq!(submit.status(), 403);
    assert!(
        submit
            .text()
            .await
            .unwrap()
            .contains(&format!("weiter=/antrag/{token}/pruefen"))
    );
    app.finish().await;
}

#[tokio::test]
async fn a_login_gets_a_new_session_id_and_an_answer_counts_once() {
    let Some(provider) = provider() else { return };
    let app = app_with_login(&provider).await;
    let start = app.get("/anmelden/servicekonto?weiter=/konto").await;
    let url = start.headers()["location"].to_str().unwrap().to_owned();
    let back = identity::testing::log_in(&provider, &url, "selin", "eid")
        .await
        .unwrap();
    let callback = back
        .strip_prefix(crate::helpers::PUBLIC_URL)
        .unwrap()
        .to_owned();

    // A cookie the browser brought (planted by an attacker) is not taken over.
    let planted = "__Host-kp_sitzung=0123456789abcdef0123456789abcdef";
    let answer = app.get_with(&callback, &[("cookie", planted)]).await;
    assert_eq!(location(&answer), "/konto");
    let cookie = session_cookie_of(&answer).unwrap();
    assert_ne!(cookie, planted);
    assert!(
        app.get_with("/konto", &[("cookie", planted)])
            .await
            .status()
            .is_redirection()
    );

    let replayed = app.get(&callback).await;
    assert_eq!(replayed.status(), 400, "the same answer twice");
    assert!(
        replayed
            .text()
            .await
            .unwrap()
            .contains("Anmeldung nicht abgeschlossen")
    );
    let forged = app
        .get("/anmelden/rueckkehr?code=abc&state=never-issued")
        .await;
    assert_eq!(forged.status(), 400);
    let cancelled = app
        .get("/anmelden/rueckkehr?error=access_denied&state=x")
        .await;
    assert_eq!(cancelled.status(), 400);

    let outside = app
        .get("/anmelden/servicekonto?weiter=https://evil.example/")
        .await;
    assert_eq!(outside.status(), 303);
    let url = outside.headers()["location"].to_str().unwrap().to_owned();
    let back = identity::testing::log_in(&provider, &url, "selin", "eid")
        .await
        .unwrap();
    let home = app
        .get(back.strip_prefix(crate::helpers::PUBLIC_URL).unwrap())
        .await;
    assert_eq!(
        location(&home),
        "/konto",
        "never a redirect to another site"
    );
    app.finish().await;
}

#[tokio::test]
async fn sessions_end_when_idle_and_everywhere_on_request() {
    let Some(provider) = provider() else { return };
    let clock = Arc::new(ManualClock::starting_at(time::OffsetDateTime::now_utc()));
    let app = TestApp::builder()
        .login(&provider)
        .clock(clock.clone())
        .spawn()
        .await
        .expect("SQLite");
    let phone = app.log_in(&provider, "selin", "eid", "hoch").await;
    let laptop = app.log_in(&provider, "selin", "eid", "hoch").await;
    let page = app
        .get_with("/konto", &[("cookie", &laptop)])
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        page.matches("angemeldet am").count(),
        2,
        "both devices are listed"
    );

    clock.advance(time::Duration::minutes(6));
    let idle = app.get_with("/konto", &[("cookie", &phone)]).await;
    assert!(
        location(&idle).starts_with("/anmelden"),
        "hoch: five idle minutes end it"
    );
    assert!(
        idle.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );

    let again = app.log_in(&provider, "selin", "eid", "hoch").await;
    let everywhere = app
        .post_form_with("/konto/sitzungen-beenden", &[], &again)
        .await;
    assert_eq!(location(&everywhere), "/abgemeldet?ueberall=1");
    for cookie in [&again, &laptop] {
        let after = app.get_with("/konto", &[("cookie", cookie)]).await;
        assert!(location(&after).starts_with("/anmelden"));
    }
    app.finish().await;
}

#[tokio::test]
async fn without_a_provider_or_local_accounts_there_is_no_login_and_no_trust_level_service() {
    let app = TestApp::builder()
        .configure(|config| config.login.local_accounts = false)
        .spawn()
        .await
        .expect("SQLite");
    let home = app.page("/").await;
    assert!(!home.contains("/anmelden"), "no login link");
    let refused = app
        .post_form(&format!("/leistungen/{HUNTING}/antrag"), &[])
        .await;
    assert_eq!(refused.status(), 403);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("zurzeit nicht eingerichtet")
    );
    let ifsg = start(&app, IFSG).await;
    assert!(
        !ifsg.is_empty(),
        "services without a level stay open to everyone"
    );
    assert_eq!(app.get("/anmelden").await.status(), 404);
    app.finish().await;
}

#[tokio::test]
async fn the_account_fills_in_the_form_and_locked_values_cannot_be_changed() {
    let Some(provider) = provider() else { return };
    let app = app_with_login(&provider).await;
    let jonas = app
        .log_in(&provider, "jonas", "elster", "substantiell")
        .await;
    let started = app
        .post_form_with(&format!("/leistungen/{HUNTING}/antrag"), &[], &jonas)
        .await;
    let step = location(&started);
    let page = app
        .get_with(&step, &[("cookie", &jonas)])
        .await
        .text()
        .await
        .unwrap();
    for filled in [
        "value=\"Jonas\"",
        "value=\"Weber\"",
        "value=\"27\"",
        "value=\"1998\"",
        "value=\"Massener Straße 21\"",
        "value=\"jonas.weber@example.org\"",
    ] {
        assert!(page.contains(filled), "{filled} is filled in");
    }
    assert!(page.contains("Aus Ihrem Nutzerkonto übernommen und dort bestätigt"));
    assert!(page.contains("Aus Ihrem Nutzerkonto übernommen. Sie können die Angabe ändern."));
    assert_eq!(
        page.matches("readonly").count(),
        5,
        "given name, family name and the three parts of the birth date"
    );

    // A forged post cannot change the confirmed name; the editable address changes.
    let saved = app
        .post_form_with(
            &step,
            &[
                ("given_name", "Mallory"),
                ("family_name", "Weber"),
                ("birth_date.day", "1"),
                ("birth_date.month", "1"),
                ("birth_date.year", "1970"),
                ("birth_place", "Kamen"),
                ("address.street", "Nordring 3"),
                ("address.postcode", "59423"),
                ("address.city", "Unna"),
                ("email", "jonas.weber@example.org"),
            ],
            &jonas,
        )
        .await;
    assert!(location(&saved).ends_with("/schritt/licence"));
    let again = app
        .get_with(&step, &[("cookie", &jonas)])
        .await
        .text()
        .await
        .unwrap();
    assert!(again.contains("value=\"Jonas\"") && !again.contains("Mallory"));
    assert!(again.contains("value=\"1998\"") && !again.contains("value=\"1970\""));
    assert!(again.contains("value=\"Nordring 3\""));
    assert_eq!(
        again.matches("Sie können die Angabe ändern").count(),
        1,
        "the changed address is no longer marked, the e-mail still is"
    );

    // Without an account nothing is filled in.
    let anonymous = app
        .post_form(&format!("/leistungen/{IFSG}/antrag"), &[])
        .await;
    let empty = app.page(&location(&anonymous)).await;
    assert!(!empty.contains("Nutzerkonto übernommen"));
    assert!(!empty.contains("readonly"));
    app.finish().await;
}

#[tokio::test]
async fn the_timeout_warning_knows_the_session_and_staying_logged_in_extends_it() {
    let Some(provider) = provider() else { return };
    let clock = Arc::new(ManualClock::starting_at(time::OffsetDateTime::now_utc()));
    let app = TestApp::builder()
        .login(&provider)
        .clock(clock.clone())
        .spawn()
        .await
        .expect("SQLite");
    let anonymous = app.page("/").await;
    assert!(!anonymous.contains("sitzung-warnung"), "only for a login");

    let selin = app.log_in(&provider, "selin", "eid", "hoch").await;
    let page = app
        .get_with("/leistungen", &[("cookie", &selin)])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("role=\"alertdialog\""));
    let seconds = |name: &str| -> i64 {
        let marker = format!("{name}=\"");
        let start = page.find(&marker).expect(name) + marker.len();
        page[start..start + page[start..].find('"').unwrap()]
            .parse()
            .unwrap()
    };
    // Stored times have microseconds: a whole second may be lost in rounding down.
    assert!(
        (299..=300).contains(&seconds("data-idle-seconds")),
        "hoch: five idle minutes"
    );
    assert!(
        (1799..=1800).contains(&seconds("data-seconds-left")),
        "and 30 in all"
    );
    assert!(page.contains("Ihre Anmeldung läuft bald ab"));
    assert!(page.contains("name=\"weiter\" value=\"/leistungen\""));

    for _ in 0..3 {
        clock.advance(time::Duration::minutes(4));
        let stayed = app
            .client
            .post(app.url("/sitzung/verlaengern"))
            .header("cookie", &selin)
            .header("accept", "application/json")
            .header("sec-fetch-site", "same-origin")
            .form(&[("weiter", "/leistungen")])
            .send()
            .await
            .unwrap();
        assert_eq!(stayed.status(), 204, "still logged in after 4 more minutes");
    }
    let without_script = app
        .post_form_with("/sitzung/verlaengern", &[("weiter", "/leistungen")], &selin)
        .await;
    assert_eq!(location(&without_script), "/leistungen", "back to the page");

    clock.advance(time::Duration::minutes(19));
    let over = app
        .client
        .post(app.url("/sitzung/verlaengern"))
        .header("cookie", &selin)
        .header("accept", "application/json")
        .header("sec-fetch-site", "same-origin")
        .form(&[("weiter", "/leistungen")])
        .send()
        .await
        .unwrap();
    assert_eq!(over.status(), 401, "the absolute end is not extended");
    app.finish().await;
}
