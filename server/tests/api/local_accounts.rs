//! Local citizen accounts: registering, confirming the address by the mailed link, logging in
//! with the password, setting a new one, the limits on guessing and mailing, and that no answer
//! tells whether an address has an account.

use std::sync::Arc;

use services::Clock;
use services::clock::ManualClock;
use time::{Duration, OffsetDateTime};

use crate::apply::location;
use crate::helpers::{TestApp, session_cookie_of};

const EMAIL: &str = "Erika.Sommer@example.org";
const PASSWORD: &str = "Lindenblüten im Juni";

/// The link under `path` (e.g. `/konto/bestaetigen/`) of the one mail that has such a link,
/// as a path of the portal. (Mail files are named by message id, so their order says nothing.)
fn mailed_link(app: &TestApp, path: &str) -> String {
    let mails: Vec<String> = app
        .mails()
        .into_iter()
        .map(|mail| mail.replace("=\r\n", "").replace("=\n", ""))
        .filter(|mail| mail.contains(path))
        .collect();
    assert_eq!(mails.len(), 1, "one mail with {path}: {:?}", app.mails());
    let mail = &mails[0];
    let start = mail.find(path).expect("the link");
    mail[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect()
}

async fn register(app: &TestApp, email: &str, password: &str) -> reqwest::Response {
    app.post_form("/registrieren", &[("email", email), ("password", password)])
        .await
}

async fn log_in(app: &TestApp, email: &str, password: &str) -> reqwest::Response {
    app.post_form(
        "/anmelden/passwort",
        &[
            ("email", email),
            ("password", password),
            ("weiter", "/konto"),
        ],
    )
    .await
}

/// Registers and confirms EMAIL; returns the session cookie of the confirmation.
async fn registered(app: &TestApp) -> String {
    assert_eq!(
        location(&register(app, EMAIL, PASSWORD).await),
        "/registrieren/gesendet"
    );
    app.run_jobs().await;
    let link = mailed_link(app, "/konto/bestaetigen/");
    let confirmed = app.post_form(&link, &[]).await;
    assert_eq!(location(&confirmed), "/konto");
    session_cookie_of(&confirmed).expect("logged in")
}

#[tokio::test]
async fn a_citizen_registers_confirms_the_address_and_logs_in_with_the_password() {
    let app = TestApp::spawn().await;
    let login_page = app.page("/anmelden?weiter=/konto").await;
    assert!(login_page.contains("action=\"/anmelden/passwort\""));
    assert!(login_page.contains("href=\"/registrieren\""));
    assert!(
        !login_page.contains("/anmelden/servicekonto"),
        "no provider is configured here"
    );

    let refused = register(&app, "kein-at", "kurz").await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("<title>Fehler: Konto anlegen"));
    assert!(html.contains("Format name@beispiel.de"));
    assert!(html.contains("mindestens 10 Zeichen"));
    assert!(html.contains("value=\"kein-at\""), "the address is kept");

    assert_eq!(
        location(&register(&app, EMAIL, PASSWORD).await),
        "/registrieren/gesendet"
    );
    app.run_jobs().await;
    let mails = app.mails();
    assert_eq!(mails.len(), 1, "the refused registration sent nothing");
    let mail = &mails[0];
    assert!(mail.contains("To: erika.sommer@example.org"), "{mail}");
    assert!(mail.contains("48 Stunden"), "{mail}");
    let link = mailed_link(&app, "/konto/bestaetigen/");

    // Before the address is confirmed, the right password still does not log in.
    let early = log_in(&app, EMAIL, PASSWORD).await;
    assert_eq!(early.status(), 422);
    assert!(early.text().await.unwrap().contains("noch nicht bestätigt"));

    // Opening the link (as a mail scanner would) changes nothing; the button confirms.
    let page = app.page(&link).await;
    assert!(page.contains("erika.sommer@example.org"));
    assert!(page.contains(&format!("action=\"{link}\"")));
    assert_eq!(log_in(&app, EMAIL, PASSWORD).await.status(), 422);
    let planted = "__Host-kp_sitzung=0123456789abcdef0123456789abcdef";
    let confirmed = app.post_form_with(&link, &[], planted).await;
    assert_eq!(location(&confirmed), "/konto");
    let cookie = session_cookie_of(&confirmed).unwrap();
    assert_ne!(cookie, planted, "a new session id");
    let account = app.get_with("/konto", &[("cookie", &cookie)]).await;
    let html = account.text().await.unwrap();
    assert!(html.contains("Angemeldet als erika.sommer@example.org"));
    assert!(html.contains("Ihr Anmeldeniveau: Basis"));
    let export: serde_json::Value = serde_json::from_str(
        &app.get_with("/konto/daten.json", &[("cookie", &cookie)])
            .await
            .text()
            .await
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        export["password_login"]["email"],
        "erika.sommer@example.org"
    );
    assert!(export["password_login"]["confirmed_at"].is_string());
    assert!(
        !export.to_string().contains("$argon2id"),
        "no hash in the export"
    );
    assert_eq!(app.post_form(&link, &[]).await.status(), 410, "used once");
    assert_eq!(app.get(&link).await.status(), 410);

    // Logging in: the address in any case, the password exactly.
    let logged_in = log_in(&app, "ERIKA.SOMMER@example.org", PASSWORD).await;
    assert_eq!(location(&logged_in), "/konto");
    assert!(session_cookie_of(&logged_in).is_some());
    let outside = app
        .post_form(
            "/anmelden/passwort",
            &[
                ("email", EMAIL),
                ("password", PASSWORD),
                ("weiter", "https://evil.example/"),
            ],
        )
        .await;
    assert_eq!(location(&outside), "/konto", "never to another site");

    // A wrong password and an unknown address get the same answer.
    let wrong = log_in(&app, EMAIL, "Lindenblüten im Juli").await;
    let unknown = log_in(&app, "niemand@example.org", PASSWORD).await;
    for answer in [wrong, unknown] {
        assert_eq!(answer.status(), 422);
        let html = answer.text().await.unwrap();
        assert!(html.contains("E-Mail-Adresse oder Passwort stimmen nicht"));
        assert!(
            !html.contains("Lindenblüten"),
            "the password is never echoed"
        );
    }
    let empty = app.post_form("/anmelden/passwort", &[]).await;
    assert_eq!(
        empty.status(),
        422,
        "a post without fields is an error, not a crash"
    );
    assert!(
        empty
            .text()
            .await
            .unwrap()
            .contains("Geben Sie ein Passwort an")
    );
    app.finish().await;
}

#[tokio::test]
async fn registering_a_known_address_tells_only_its_mailbox_and_changes_no_password() {
    let app = TestApp::spawn().await;
    registered(&app).await;
    let again = register(&app, EMAIL, "ein ganz anderes Passwort").await;
    assert_eq!(
        location(&again),
        "/registrieren/gesendet",
        "the same answer as for a new address"
    );
    app.run_jobs().await;
    let mails = app.mails();
    assert!(
        mails
            .iter()
            .any(|mail| mail.contains("Sie haben schon ein Konto")),
        "{mails:?}"
    );
    assert_eq!(
        log_in(&app, EMAIL, "ein ganz anderes Passwort")
            .await
            .status(),
        422
    );
    assert_eq!(log_in(&app, EMAIL, PASSWORD).await.status(), 303);

    // Its link sets a new password, as a reset link does.
    let link = mailed_link(&app, "/passwort-neu/");
    assert!(app.page(&link).await.contains("Neues Passwort festlegen"));
    app.finish().await;
}

#[tokio::test]
async fn a_forgotten_password_is_replaced_by_the_mailed_link_and_every_session_ends() {
    let app = TestApp::spawn().await;
    let session = registered(&app).await;
    let unknown = app
        .post_form("/passwort-vergessen", &[("email", "niemand@example.org")])
        .await;
    let known = app
        .post_form("/passwort-vergessen", &[("email", EMAIL)])
        .await;
    assert_eq!(location(&unknown), location(&known), "no hint which exists");
    app.run_jobs().await;
    let mails = app.mails();
    assert_eq!(
        mails
            .iter()
            .filter(|m| m.contains("/passwort-neu/"))
            .count(),
        1,
        "a mail only for the known address"
    );
    let link = mailed_link(&app, "/passwort-neu/");
    let page = app.page(&link).await;
    assert!(page.contains("autocomplete=\"new-password\""));
    assert!(
        page.contains("value=\"erika.sommer@example.org\""),
        "for password managers"
    );

    let weak = app
        .post_form(&link, &[("password", "erika.sommer@example.org")])
        .await;
    assert_eq!(weak.status(), 422);
    assert!(weak.text().await.unwrap().contains("zu leicht zu erraten"));
    let set = app
        .post_form(&link, &[("password", "Holunder und Minze")])
        .await;
    assert_eq!(location(&set), "/anmelden?hinweis=passwort-geaendert");
    assert!(
        app.page("/anmelden?hinweis=passwort-geaendert")
            .await
            .contains("auf allen Geräten abgemeldet")
    );
    let old_session = app.get_with("/konto", &[("cookie", &session)]).await;
    assert!(
        location(&old_session).starts_with("/anmelden"),
        "the session before the reset ended"
    );
    assert_eq!(log_in(&app, EMAIL, PASSWORD).await.status(), 422);
    assert_eq!(
        log_in(&app, EMAIL, "Holunder und Minze").await.status(),
        303
    );
    let again = app
        .post_form(&link, &[("password", "noch ein anderes Passwort")])
        .await;
    assert_eq!(again.status(), 410, "a link sets a password once");
    assert!(
        again
            .text()
            .await
            .unwrap()
            .contains("Dieser Link gilt nicht mehr")
    );
    assert_eq!(app.get("/passwort-neu/not-a-token").await.status(), 410);
    app.finish().await;
}

#[tokio::test]
async fn links_expire_and_unconfirmed_registrations_are_swept() {
    let clock = Arc::new(ManualClock::starting_at(OffsetDateTime::now_utc()));
    let app = TestApp::builder()
        .clock(clock.clone())
        .spawn()
        .await
        .expect("SQLite");
    register(&app, EMAIL, PASSWORD).await;
    app.run_jobs().await;
    let link = mailed_link(&app, "/konto/bestaetigen/");
    clock.advance(Duration::hours(49));
    assert_eq!(app.post_form(&link, &[]).await.status(), 410);

    // A week later the registration is gone, and the address can be registered afresh.
    let email = domain::account::local::LoginEmail::parse(EMAIL).unwrap();
    let stored = |app: &TestApp| {
        let storage = Arc::clone(&app.portal.storage);
        let email = email.clone();
        async move { storage.local_login("kreis-unna", &email).await.unwrap() }
    };
    assert!(stored(&app).await.is_some());
    clock.advance(Duration::days(7));
    app.portal
        .storage
        .enqueue_jobs(&[services::jobs::Job::SweepDrafts { hour: 1 }.to_new_job(clock.now())])
        .await
        .unwrap();
    app.run_jobs().await;
    assert!(stored(&app).await.is_none());
    assert_eq!(
        location(&register(&app, EMAIL, PASSWORD).await),
        "/registrieren/gesendet"
    );
    app.run_jobs().await;
    app.finish().await;
}

#[tokio::test]
async fn guessing_is_limited_per_client_and_per_address() {
    let app = TestApp::builder()
        .configure(|config| {
            config.limits.logins_per_window = 3;
            config.limits.mail_links_per_window = 2;
            config.server.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
        })
        .spawn()
        .await
        .expect("SQLite");
    // From three different clients, on one address: the address's own count stops the fourth.
    for client in ["198.51.100.1", "198.51.100.2", "198.51.100.3"] {
        let answer = app
            .client
            .post(app.url("/anmelden/passwort"))
            .header("sec-fetch-site", "same-origin")
            .header("x-forwarded-for", client)
            .form(&[("email", EMAIL), ("password", "geraten geraten")])
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 422);
    }
    let fourth = app
        .client
        .post(app.url("/anmelden/passwort"))
        .header("sec-fetch-site", "same-origin")
        .header("x-forwarded-for", "198.51.100.4")
        .form(&[("email", EMAIL), ("password", "geraten geraten")])
        .send()
        .await
        .unwrap();
    assert_eq!(fourth.status(), 429);
    assert!(fourth.headers().contains_key("retry-after"));

    // Mail to typed addresses: two per window from one client.
    for address in ["a@example.org", "b@example.org"] {
        let answer = app
            .post_form("/passwort-vergessen", &[("email", address)])
            .await;
        assert_eq!(answer.status(), 303);
    }
    let third = app
        .post_form("/passwort-vergessen", &[("email", "c@example.org")])
        .await;
    assert_eq!(third.status(), 429);
    assert_eq!(
        register(&app, "d@example.org", PASSWORD).await.status(),
        429
    );
    app.finish().await;
}

#[tokio::test]
async fn switched_off_local_accounts_leave_only_the_provider() {
    let app = TestApp::builder()
        .configure(|config| config.login.local_accounts = false)
        .spawn()
        .await
        .expect("SQLite");
    for path in ["/registrieren", "/passwort-vergessen"] {
        assert_eq!(app.get(path).await.status(), 404, "{path}");
    }
    assert_eq!(register(&app, EMAIL, PASSWORD).await.status(), 404);
    assert_eq!(log_in(&app, EMAIL, PASSWORD).await.status(), 404);
    app.finish().await;
}
