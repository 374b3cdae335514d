//! The back office's local staff login (password and authenticator code, argon2id, replayed
//! codes refused, rate-limited) and the administration of staff: adding someone, their first
//! login, roles per unit, who may administrate, deactivation ending sessions.

use domain::staff::TotpSecret;
use services::staff::{CreatedStaff, NewStaffInput};
use time::OffsetDateTime;

use crate::apply::location;
use crate::helpers::{PUBLIC_URL, TestApp, login_redirect_uri};

const SECRET_MARKER: &str =
    "Geheimnis für die Authenticator-App</dt><dd class=\"summary-list__value\"><code>";
const PASSWORD_MARKER: &str = "Erstes Passwort</dt><dd class=\"summary-list__value\"><code>";

/// The first administrator, as `server add-staff` sets them up.
async fn first_administrator(app: &TestApp) -> CreatedStaff {
    let tenant = services::tenant::load_tenant(&app.portal, false)
        .await
        .unwrap();
    services::staff::create(
        &app.portal,
        &tenant,
        None,
        &NewStaffInput {
            username: "a.okafor".into(),
            display_name: "Amara Okafor".into(),
            email: "a.okafor@kreis-unna.example".into(),
            role: "administrator".into(),
            unit: String::new(),
        },
    )
    .await
    .unwrap()
}

pub(crate) fn staff_cookie_of(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find(|value| value.starts_with("__Host-kp_verwaltung=") && !value.contains("Max-Age=0"))
        .map(|value| value.split(';').next().unwrap_or_default().to_owned())
}

pub(crate) async fn log_in(
    app: &TestApp,
    username: &str,
    password: &str,
    code: &str,
) -> reqwest::Response {
    app.post_form(
        "/verwaltung/anmelden",
        &[
            ("username", username),
            ("password", password),
            ("code", code),
        ],
    )
    .await
}

pub(crate) fn code_now(secret: &TotpSecret) -> String {
    secret.code_at(OffsetDateTime::now_utc())
}

/// Adds a staff member with one role and logs them in; returns their staff cookie.
pub(crate) async fn staff_session(app: &TestApp, username: &str, role: &str, unit: &str) -> String {
    let tenant = services::tenant::load_tenant(&app.portal, false)
        .await
        .unwrap();
    let created = services::staff::create(
        &app.portal,
        &tenant,
        None,
        &NewStaffInput {
            username: username.into(),
            display_name: format!("Testperson {username}"),
            email: format!("{username}@kreis-unna.example"),
            role: role.into(),
            unit: unit.into(),
        },
    )
    .await
    .unwrap();
    // The code of the portal's clock, which a test may have set.
    let code = created.totp.code_at(app.portal.clock.now());
    staff_cookie_of(&log_in(app, username, &created.initial_password, &code).await)
        .expect("logged in")
}

fn between<'a>(page: &'a str, marker: &str) -> &'a str {
    let start = page.find(marker).expect(marker) + marker.len();
    &page[start..start + page[start..].find('<').unwrap()]
}

#[tokio::test]
async fn staff_log_in_with_password_and_code_and_a_code_counts_once() {
    let app = TestApp::spawn().await;
    let admin = first_administrator(&app).await;
    assert!(
        app.get("/verwaltung").await.headers()["location"] == "/verwaltung/anmelden",
        "nobody is sent to the login"
    );
    let form = app.page("/verwaltung/anmelden").await;
    assert!(form.contains("autocomplete=\"one-time-code\""));

    let code = code_now(&admin.totp);
    for (username, password, code) in [
        ("a.okafor", "wrong password", code.as_str()),
        ("a.okafor", admin.initial_password.as_str(), "000000"),
        ("nobody", admin.initial_password.as_str(), code.as_str()),
    ] {
        let refused = log_in(&app, username, password, code).await;
        assert_eq!(refused.status(), 422, "{username}/{code}");
        let html = refused.text().await.unwrap();
        assert!(html.contains("<title>Fehler: Anmeldung für Mitarbeitende"));
        assert!(html.contains("Benutzername, Passwort oder Code stimmen nicht"));
        assert!(
            !html.contains("wrong password"),
            "the password is not echoed"
        );
    }

    let accepted = log_in(&app, "A.Okafor", &admin.initial_password, &code).await;
    assert_eq!(location(&accepted), "/verwaltung");
    let set_cookie = accepted.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        set_cookie.contains("Secure; HttpOnly; SameSite=Strict"),
        "{set_cookie}"
    );
    let cookie = staff_cookie_of(&accepted).expect("a staff session");
    let home = app.get_with("/verwaltung", &[("cookie", &cookie)]).await;
    let html = home.text().await.unwrap();
    assert!(html.contains("Guten Tag, Amara Okafor"));
    assert!(html.contains("<li>Administration</li>"));
    assert!(html.contains("href=\"/verwaltung/mitarbeitende\""));

    let replayed = log_in(&app, "a.okafor", &admin.initial_password, &code).await;
    assert_eq!(replayed.status(), 422, "the same code cannot log in twice");

    let out = app
        .post_form_with("/verwaltung/abmelden", &[], &cookie)
        .await;
    assert_eq!(location(&out), "/verwaltung/anmelden");
    let after = app.get_with("/verwaltung", &[("cookie", &cookie)]).await;
    assert_eq!(location(&after), "/verwaltung/anmelden");

    let storage = &app.portal.storage;
    let head = storage.audit_head().await.unwrap();
    let events = storage
        .audit_events(0, u32::try_from(head).unwrap() + 1)
        .await
        .unwrap();
    let logins: Vec<&str> = events
        .iter()
        .filter(|entry| entry.event.action == "staff.login")
        .map(|entry| entry.event.outcome.as_str())
        .collect();
    assert_eq!(
        logins,
        ["refused", "refused", "success", "refused"],
        "unknown names are not recorded"
    );
    app.finish().await;
}

#[tokio::test]
async fn an_administrator_adds_a_caseworker_who_may_not_administrate_and_can_be_deactivated() {
    let app = TestApp::spawn().await;
    let admin = first_administrator(&app).await;
    let admin_cookie = staff_cookie_of(
        &log_in(
            &app,
            "a.okafor",
            &admin.initial_password,
            &code_now(&admin.totp),
        )
        .await,
    )
    .unwrap();

    let refused = app
        .post_form_with(
            "/verwaltung/mitarbeitende",
            &[
                ("username", "1x"),
                ("display_name", "Jan Ruhrberg"),
                ("email", "kein-mail"),
                ("role", "caseworker"),
                ("unit", ""),
            ],
            &admin_cookie,
        )
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    for field in ["#username", "#email", "#unit"] {
        assert!(
            html.contains(&format!("href=\"{field}\"")),
            "{field} is named"
        );
    }
    assert!(
        html.contains("value=\"Jan Ruhrberg\""),
        "what was typed stays"
    );

    let added = app
        .post_form_with(
            "/verwaltung/mitarbeitende",
            &[
                ("username", "j.ruhrberg"),
                ("display_name", "Jan Ruhrberg"),
                ("email", "j.ruhrberg@kreis-unna.example"),
                ("role", "caseworker"),
                ("unit", "69.2"),
            ],
            &admin_cookie,
        )
        .await;
    assert_eq!(added.status(), 200);
    let handed_over = added.text().await.unwrap();
    let password = between(&handed_over, PASSWORD_MARKER).to_owned();
    let secret = TotpSecret::parse(between(&handed_over, SECRET_MARKER)).expect("a secret");
    assert!(handed_over.contains("otpauth://totp/"));

    let caseworker =
        staff_cookie_of(&log_in(&app, "j.ruhrberg", &password, &code_now(&secret)).await)
            .expect("the new caseworker logs in with what was handed over");
    let home = app
        .get_with("/verwaltung", &[("cookie", &caseworker)])
        .await
        .text()
        .await
        .unwrap();
    assert!(home.contains("Sachbearbeitung (Untere Wasserbehörde)"));
    assert!(!home.contains("/verwaltung/mitarbeitende"));
    let forbidden = app
        .get_with("/verwaltung/mitarbeitende", &[("cookie", &caseworker)])
        .await;
    assert_eq!(forbidden.status(), 403, "only administrators manage staff");

    let list = app
        .get_with("/verwaltung/mitarbeitende", &[("cookie", &admin_cookie)])
        .await
        .text()
        .await
        .unwrap();
    let marker = "href=\"/verwaltung/mitarbeitende/";
    let ids: Vec<&str> = list
        .match_indices(marker)
        .map(|(at, _)| {
            let rest = &list[at + marker.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    assert_eq!(ids.len(), 2);
    let member = list
        .match_indices(marker)
        .find(|(at, _)| list[*at..].find("Jan Ruhrberg") < list[*at..].find("</a>"))
        .map(|(at, _)| {
            let rest = &list[at + marker.len()..];
            rest[..rest.find('"').unwrap()].to_owned()
        })
        .expect("Jan's page");

    let granted = app
        .post_form_with(
            &format!("/verwaltung/mitarbeitende/{member}/rollen"),
            &[("role", "team_lead"), ("unit", "53")],
            &admin_cookie,
        )
        .await;
    assert_eq!(
        location(&granted),
        format!("/verwaltung/mitarbeitende/{member}")
    );
    let page = app
        .get_with(
            &format!("/verwaltung/mitarbeitende/{member}"),
            &[("cookie", &admin_cookie)],
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Teamleitung (Gesundheitsamt)"));

    let deactivated = app
        .post_form_with(
            &format!("/verwaltung/mitarbeitende/{member}/aktiv"),
            &[("aktiv", "nein")],
            &admin_cookie,
        )
        .await;
    assert_eq!(
        location(&deactivated),
        format!("/verwaltung/mitarbeitende/{member}")
    );
    let ended = app
        .get_with("/verwaltung", &[("cookie", &caseworker)])
        .await;
    assert_eq!(
        location(&ended),
        "/verwaltung/anmelden",
        "the session ended at once"
    );
    let own = app
        .post_form_with(
            &format!("/verwaltung/mitarbeitende/{}/aktiv", admin.id),
            &[("aktiv", "nein")],
            &admin_cookie,
        )
        .await;
    assert_eq!(
        own.status(),
        422,
        "an administrator cannot lock themselves out"
    );
    app.finish().await;
}

/// A request and the status nobody, a caseworker and an administrator must get.
type MatrixRow = (
    &'static str,
    String,
    Vec<(&'static str, &'static str)>,
    u16,
    u16,
    u16,
);

/// The back office's access matrix: nobody is sent to the staff login, a caseworker reaches
/// only the start page, an administrator everything; a citizen's session counts for nothing.
#[tokio::test]
async fn back_office_addresses_need_the_right_role() {
    let app = TestApp::spawn().await;
    let admin = first_administrator(&app).await;
    let admin_cookie = staff_cookie_of(
        &log_in(
            &app,
            "a.okafor",
            &admin.initial_password,
            &code_now(&admin.totp),
        )
        .await,
    )
    .unwrap();
    let tenant = services::tenant::load_tenant(&app.portal, false)
        .await
        .unwrap();
    let caseworker = services::staff::create(
        &app.portal,
        &tenant,
        None,
        &NewStaffInput {
            username: "j.ruhrberg".into(),
            display_name: "Jan Ruhrberg".into(),
            email: "j.ruhrberg@kreis-unna.example".into(),
            role: "caseworker".into(),
            unit: "69.2".into(),
        },
    )
    .await
    .unwrap();
    let caseworker_cookie = staff_cookie_of(
        &log_in(
            &app,
            "j.ruhrberg",
            &caseworker.initial_password,
            &code_now(&caseworker.totp),
        )
        .await,
    )
    .unwrap();
    let member = format!("/verwaltung/mitarbeitende/{}", caseworker.id);
    let rows: Vec<MatrixRow> = vec![
        ("GET", "/verwaltung".into(), vec![], 303, 200, 200),
        (
            "GET",
            "/verwaltung/mitarbeitende".into(),
            vec![],
            303,
            403,
            200,
        ),
        ("GET", member.clone(), vec![], 303, 403, 200),
        ("GET", "/verwaltung/einheiten".into(), vec![], 303, 403, 200),
        (
            "GET",
            "/verwaltung/einheiten/69.2".into(),
            vec![],
            303,
            403,
            200,
        ),
        (
            "POST",
            "/verwaltung/einheiten".into(),
            vec![
                ("code", "70.1"),
                ("name", "Abfallwirtschaft"),
                ("section", ""),
                ("email", "abfall@kreis-unna.example"),
            ],
            303,
            403,
            303,
        ),
        (
            "POST",
            "/verwaltung/einheiten/69.2".into(),
            vec![
                ("name", "Untere Wasserbehörde"),
                ("section", ""),
                ("email", "uwb@kreis-unna.example"),
            ],
            303,
            403,
            303,
        ),
        (
            "POST",
            "/verwaltung/mitarbeitende".into(),
            vec![
                ("username", "x.neu"),
                ("display_name", "X Neu"),
                ("email", "x.neu@kreis-unna.example"),
                ("role", "auditor"),
                ("unit", ""),
            ],
            303,
            403,
            200,
        ),
        (
            "POST",
            format!("{member}/rollen"),
            vec![("role", "auditor"), ("unit", "")],
            303,
            403,
            303,
        ),
        (
            "POST",
            format!("{member}/aktiv"),
            vec![("aktiv", "nein")],
            303,
            403,
            303,
        ),
    ];
    let mut wrong = Vec::new();
    for (method, path, form, nobody, as_caseworker, as_admin) in &rows {
        for (who, cookie, expected) in [
            ("nobody", None, nobody),
            (
                "caseworker",
                Some(caseworker_cookie.as_str()),
                as_caseworker,
            ),
            ("administrator", Some(admin_cookie.as_str()), as_admin),
        ] {
            let mut request = match *method {
                "GET" => app.client.get(app.url(path)),
                _ => app
                    .client
                    .post(app.url(path))
                    .header("sec-fetch-site", "same-origin")
                    .header("origin", &app.address)
                    .form(form),
            };
            if let Some(cookie) = cookie {
                request = request.header("cookie", cookie);
            }
            let status = request.send().await.unwrap().status().as_u16();
            if status != *expected {
                wrong.push(format!(
                    "{method} {path} as {who}: {status}, expected {expected}"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    let jan = app
        .portal
        .storage
        .staff_member(caseworker.id)
        .await
        .unwrap()
        .unwrap();
    assert!(
        !jan.active,
        "only the administrator's post changed anything"
    );
    assert!(
        jan.grants
            .iter()
            .any(|g| g.role == domain::staff::StaffRole::Auditor),
        "granted by the administrator, not by himself"
    );
    app.finish().await;
}

/// Staff log in through the authority's own OpenID provider (here the real test provider); the
/// provider's e-mail address names the staff member, and a person the portal does not know as
/// staff gets no access.
#[tokio::test]
async fn staff_log_in_through_the_authoritys_provider_by_their_e_mail_address() {
    let redirect = format!("{PUBLIC_URL}/verwaltung/anmelden/rueckkehr");
    let Some(provider) =
        identity::testing::TestProvider::start(&[&redirect, &login_redirect_uri()])
    else {
        return;
    };
    let issuer = provider.issuer();
    let app = TestApp::builder()
        .login(&provider)
        .configure(move |config| {
            config.server.public_url = PUBLIC_URL.into();
            config.staff_login.issuer = Some(issuer);
            config.staff_login.client_id = identity::testing::CLIENT_ID.into();
            config.staff_login.client_secret = Some(server::config::Secret::new(
                identity::testing::CLIENT_SECRET,
            ));
        })
        .spawn()
        .await
        .unwrap();
    let tenant = services::tenant::load_tenant(&app.portal, false)
        .await
        .unwrap();
    services::staff::create(
        &app.portal,
        &tenant,
        None,
        &NewStaffInput {
            username: "j.weber".into(),
            display_name: "Jonas Weber".into(),
            email: "Jonas.Weber@example.org".into(),
            role: "caseworker".into(),
            unit: "32.3".into(),
        },
    )
    .await
    .unwrap();
    let form = app.page("/verwaltung/anmelden").await;
    assert!(form.contains("href=\"/verwaltung/anmelden/dienst\""));

    let through_provider = |user: &'static str| {
        let app = &app;
        let provider = &provider;
        async move {
            let start = app.get("/verwaltung/anmelden/dienst").await;
            let url = location(&start);
            let back = identity::testing::log_in(provider, &url, user, "passwort")
                .await
                .expect("the provider logs in");
            back.strip_prefix(PUBLIC_URL)
                .expect("back to the portal")
                .to_owned()
        }
    };

    let callback = through_provider("jonas").await;
    let answer = app.get(&callback).await;
    assert_eq!(location(&answer), "/verwaltung");
    let cookie = staff_cookie_of(&answer).expect("a staff session");
    let home = app
        .get_with("/verwaltung", &[("cookie", &cookie)])
        .await
        .text()
        .await
        .unwrap();
    assert!(home.contains("Guten Tag, Jonas Weber"));
    assert!(home.contains("Sachbearbeitung (Untere Jagdbehörde)"));
    assert_eq!(
        app.get(&callback).await.status(),
        400,
        "the same answer cannot log in twice"
    );

    let stranger = app.get(&through_provider("erika").await).await;
    assert_eq!(stranger.status(), 403);
    assert!(
        stranger
            .text()
            .await
            .unwrap()
            .contains("gibt es hier keinen Zugang")
    );

    // A staff login's answer is no citizen login.
    let staff_answer = through_provider("jonas").await;
    let as_citizen = staff_answer.replace("/verwaltung/anmelden/rueckkehr", "/anmelden/rueckkehr");
    let refused = app.get(&as_citizen).await;
    assert_ne!(refused.status(), 303);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("Anmeldung nicht abgeschlossen")
    );
    app.finish().await;
}

/// No session id survives a login: a forged one is not adopted, and the one the browser had
/// ends (session fixation).
#[tokio::test]
async fn a_staff_login_always_starts_a_new_session_and_ends_the_old_one() {
    let app = TestApp::spawn().await;
    let admin = first_administrator(&app).await;
    let forged = "__Host-kp_verwaltung=00112233445566778899aabbccddeeff";
    let first = app
        .client
        .post(app.url("/verwaltung/anmelden"))
        .header("sec-fetch-site", "same-origin")
        .header("origin", &app.address)
        .header("cookie", forged)
        .form(&[
            ("username", "a.okafor"),
            ("password", admin.initial_password.as_str()),
            ("code", code_now(&admin.totp).as_str()),
        ])
        .send()
        .await
        .unwrap();
    let first_cookie = staff_cookie_of(&first).expect("a new session");
    assert_ne!(first_cookie, forged, "the forged id is not adopted");

    // The next code step, so the same code is not a replay.
    let next_code = admin
        .totp
        .code_at(OffsetDateTime::now_utc() + time::Duration::seconds(30));
    let second = app
        .client
        .post(app.url("/verwaltung/anmelden"))
        .header("sec-fetch-site", "same-origin")
        .header("origin", &app.address)
        .header("cookie", &first_cookie)
        .form(&[
            ("username", "a.okafor"),
            ("password", admin.initial_password.as_str()),
            ("code", next_code.as_str()),
        ])
        .send()
        .await
        .unwrap();
    let second_cookie = staff_cookie_of(&second).expect("another new session");
    assert_ne!(second_cookie, first_cookie);
    let old = app
        .get_with("/verwaltung", &[("cookie", &first_cookie)])
        .await;
    assert_eq!(
        location(&old),
        "/verwaltung/anmelden",
        "the old session ended"
    );
    let new = app
        .get_with("/verwaltung", &[("cookie", &second_cookie)])
        .await;
    assert_eq!(new.status(), 200);
    app.finish().await;
}

/// Administrators add and change units; a new unit can be given to staff at once, the German
/// name's translations stay while it stays, and every change is in the audit trail.
#[tokio::test]
async fn an_administrator_adds_and_changes_units_and_their_roles_follow() {
    let app = TestApp::spawn().await;
    let admin_cookie = staff_session(&app, "a.okafor", "administrator", "").await;
    let list = app
        .get_with("/verwaltung/einheiten", &[("cookie", &admin_cookie)])
        .await
        .text()
        .await
        .unwrap();
    assert!(list.contains("href=\"/verwaltung/einheiten/69.2\""));
    let head = app.portal.storage.audit_head().await.unwrap();

    let refused = app
        .post_form_with(
            "/verwaltung/einheiten",
            &[("code", "6a"), ("name", ""), ("email", "kein-mail")],
            &admin_cookie,
        )
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("<title>Fehler: Organisationseinheiten"));
    for field in ["#code", "#name", "#email"] {
        assert!(html.contains(&format!("href=\"{field}\"")), "{field}");
    }
    let taken = app
        .post_form_with(
            "/verwaltung/einheiten",
            &[
                ("code", "69.2"),
                ("name", "Doppelt"),
                ("email", "doppelt@kreis-unna.example"),
            ],
            &admin_cookie,
        )
        .await;
    assert!(taken.text().await.unwrap().contains("gibt es schon"));

    let added = app
        .post_form_with(
            "/verwaltung/einheiten",
            &[
                ("code", "70.1"),
                ("name", "Abfallwirtschaft"),
                ("section", "Umwelt"),
                ("email", "abfall@kreis-unna.example"),
            ],
            &admin_cookie,
        )
        .await;
    assert_eq!(location(&added), "/verwaltung/einheiten/70.1?gespeichert=1");
    let unit_page = app
        .get_with(
            "/verwaltung/einheiten/70.1?gespeichert=1&lang=en",
            &[("cookie", &admin_cookie)],
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(unit_page.contains("The unit has been saved."));
    assert!(
        unit_page.contains("<h1>Abfallwirtschaft</h1>"),
        "German for all"
    );

    // The new unit can be given to a staff member at once.
    let granted = app
        .post_form_with(
            "/verwaltung/mitarbeitende",
            &[
                ("username", "l.brandt"),
                ("display_name", "Lea Brandt"),
                ("email", "l.brandt@kreis-unna.example"),
                ("role", "caseworker"),
                ("unit", "70.1"),
            ],
            &admin_cookie,
        )
        .await;
    assert_eq!(granted.status(), 200, "unit 70.1 is known");

    // Changing only the address keeps the name's translations; changing the name drops them.
    let tenant = services::tenant::load_tenant(&app.portal, false)
        .await
        .unwrap();
    let english_before = tenant
        .units
        .iter()
        .find(|u| u.code == "69.2")
        .unwrap()
        .name
        .get(domain::Locale::En)
        .to_owned();
    let german = tenant
        .units
        .iter()
        .find(|u| u.code == "69.2")
        .unwrap()
        .name
        .get(domain::Locale::De)
        .to_owned();
    let changed = app
        .post_form_with(
            "/verwaltung/einheiten/69.2",
            &[
                ("name", german.as_str()),
                ("email", "wasser@kreis-unna.example"),
            ],
            &admin_cookie,
        )
        .await;
    assert_eq!(
        location(&changed),
        "/verwaltung/einheiten/69.2?gespeichert=1"
    );
    let tenant = services::tenant::load_tenant(&app.portal, false)
        .await
        .unwrap();
    let water = tenant.units.iter().find(|u| u.code == "69.2").unwrap();
    assert_eq!(water.email.as_str(), "wasser@kreis-unna.example");
    assert_eq!(water.name.get(domain::Locale::En), english_before);
    let renamed = app
        .post_form_with(
            "/verwaltung/einheiten/69.2",
            &[
                ("name", "Wasser und Boden"),
                ("email", "wasser@kreis-unna.example"),
            ],
            &admin_cookie,
        )
        .await;
    assert_eq!(renamed.status(), 303);
    let tenant = services::tenant::load_tenant(&app.portal, false)
        .await
        .unwrap();
    let water = tenant.units.iter().find(|u| u.code == "69.2").unwrap();
    assert_eq!(water.name.get(domain::Locale::En), "Wasser und Boden");
    let list = app
        .get_with("/verwaltung/einheiten", &[("cookie", &admin_cookie)])
        .await
        .text()
        .await
        .unwrap();
    assert!(
        list.contains("Wasser und Boden"),
        "the page shows the change at once"
    );
    assert_eq!(
        app.get_with("/verwaltung/einheiten/99.9", &[("cookie", &admin_cookie)])
            .await
            .status(),
        404
    );
    assert_eq!(
        app.portal.storage.audit_head().await.unwrap(),
        head + 4,
        "a unit added, one changed twice, a staff member added"
    );
    app.finish().await;
}
