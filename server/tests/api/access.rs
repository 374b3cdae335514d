//! The access-control matrix: every address that shows or changes an application or an
//! account, asked by the owner, by nobody (not logged in) and by another citizen. Only the
//! owner gets through; nobody is asked to log in; another citizen learns nothing, not even that
//! the thing exists. Denied requests send no mail.

use identity::testing::TestProvider;
use std::sync::Arc;

use services::clock::ManualClock;
use time::{Duration, OffsetDateTime};

use crate::apply::{IFSG, fill_ifsg, location, start};
use crate::helpers::{TestApp, login_redirect_uri};
use crate::uploads::{GEOTHERMAL, pdf, post_company};

/// Who asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Actor {
    Owner,
    Anonymous,
    OtherCitizen,
}

const ACTORS: [Actor; 3] = [Actor::Anonymous, Actor::OtherCitizen, Actor::Owner];

/// One row: a request, and the status each actor must get.
struct Row {
    method: &'static str,
    path: String,
    form: Vec<(&'static str, String)>,
    owner: u16,
    anonymous: u16,
    other: u16,
}

impl Row {
    fn expected(&self, actor: Actor) -> u16 {
        match actor {
            Actor::Owner => self.owner,
            Actor::Anonymous => self.anonymous,
            Actor::OtherCitizen => self.other,
        }
    }
}

/// A draft route: the owner gets `owner`; nobody is asked to log in (403); another citizen
/// gets 404.
fn draft_route(
    method: &'static str,
    path: String,
    form: &[(&'static str, &str)],
    owner: u16,
) -> Row {
    Row {
        method,
        path,
        form: form.iter().map(|(k, v)| (*k, (*v).to_owned())).collect(),
        owner,
        anonymous: 403,
        other: 404,
    }
}

/// An account route: nobody is sent to the login (303); everybody else sees their own.
fn account_route(method: &'static str, path: &str) -> Row {
    Row {
        method,
        path: path.to_owned(),
        form: Vec::new(),
        owner: 200,
        anonymous: 303,
        other: 200,
    }
}

async fn ask(app: &TestApp, row: &Row, cookie: Option<&str>) -> reqwest::Response {
    let url = app.url(&row.path);
    let mut request = match row.method {
        "GET" => app.client.get(url),
        _ => app
            .client
            .post(url)
            .header("sec-fetch-site", "same-origin")
            .header("origin", &app.address)
            .form(&row.form),
    };
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request.send().await.expect("a response")
}

#[tokio::test]
async fn only_the_owner_reaches_their_drafts_submissions_files_and_account() {
    let Some(provider) = TestProvider::start(&[&login_redirect_uri()]) else {
        return;
    };
    let clock = Arc::new(ManualClock::starting_at(OffsetDateTime::now_utc()));
    let app = TestApp::builder()
        .login(&provider)
        .clock(clock.clone())
        .spawn()
        .await
        .unwrap();
    let jonas = app
        .log_in(&provider, "jonas", "elster", "substantiell")
        .await;
    let erika = app.log_in(&provider, "erika", "passwort", "basis").await;

    app.act_as(Some(&jonas));
    let open = start(&app, IFSG).await;
    let submitted = start(&app, IFSG).await;
    fill_ifsg(&app, &submitted, OffsetDateTime::now_utc().date()).await;
    let sent = app
        .post_form(
            &format!("/antrag/{submitted}/absenden"),
            &[("erklaerung", "ja")],
        )
        .await;
    assert_eq!(location(&sent), format!("/antrag/{submitted}/eingereicht"));
    let with_file = start(&app, GEOTHERMAL).await;
    post_company(
        &app,
        &with_file,
        &[],
        &[("Lageplan.pdf", &pdf("Lageplan"))],
        "weiter",
    )
    .await;
    let company = app
        .page(&format!("/antrag/{with_file}/schritt/company"))
        .await;
    let marker = "/datei/";
    let start_of_id = company.find(marker).expect("a file link") + marker.len();
    let upload = &company[start_of_id..start_of_id + company[start_of_id..].find('"').unwrap()];
    app.act_as(None);

    let person = [
        ("given_name", "Mallory"),
        ("family_name", "Weber"),
        ("birth_date.day", "1"),
        ("birth_date.month", "2"),
        ("birth_date.year", "1990"),
        ("email", "mallory@example.org"),
        ("phone", ""),
    ];
    let rows = vec![
        draft_route("GET", format!("/antrag/{open}"), &[], 303),
        draft_route("GET", format!("/antrag/{open}/schritt/person"), &[], 200),
        draft_route(
            "POST",
            format!("/antrag/{open}/schritt/person/pruefen"),
            &person,
            200,
        ),
        draft_route("GET", format!("/antrag/{open}/pruefen"), &[], 200),
        draft_route("GET", format!("/antrag/{open}/gespeichert"), &[], 200),
        draft_route(
            "POST",
            format!("/antrag/{open}/link-senden"),
            &[("email", "mallory@example.org")],
            303,
        ),
        draft_route("POST", format!("/antrag/{open}/absenden"), &[], 303),
        draft_route(
            "GET",
            format!("/antrag/{with_file}/datei/{upload}"),
            &[],
            200,
        ),
        draft_route("GET", format!("/antrag/{submitted}/eingereicht"), &[], 200),
        draft_route(
            "GET",
            format!("/antrag/{submitted}/eingereicht/bestaetigung.pdf"),
            &[],
            200,
        ),
        // Changing a step last: the owner's post is the only one that may change anything.
        draft_route(
            "POST",
            format!("/antrag/{open}/schritt/person"),
            &person,
            303,
        ),
        Row {
            method: "POST",
            path: "/antrag/fortsetzen".into(),
            form: vec![("code", open.clone())],
            owner: 303,
            anonymous: 403,
            other: 422,
        },
        account_route("GET", "/konto"),
        account_route("GET", "/konto/daten"),
        account_route("GET", "/konto/daten.json"),
        account_route("GET", "/konto/loeschen"),
    ];

    let mut wrong = Vec::new();
    for row in &rows {
        for actor in ACTORS {
            let cookie = match actor {
                Actor::Owner => Some(jonas.as_str()),
                Actor::Anonymous => None,
                Actor::OtherCitizen => Some(erika.as_str()),
            };
            let response = ask(&app, row, cookie).await;
            let status = response.status().as_u16();
            if status != row.expected(actor) {
                wrong.push(format!(
                    "{} {} as {actor:?}: {status}, expected {}",
                    row.method,
                    row.path,
                    row.expected(actor)
                ));
                continue;
            }
            let body = response.text().await.unwrap_or_default();
            if actor != Actor::Owner && (body.contains("Jonas") || body.contains("Selin")) {
                wrong.push(format!(
                    "{} {} as {actor:?} shows the owner's data",
                    row.method, row.path
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));

    // The owner's own post was saved.
    app.act_as(Some(&jonas));
    let step = app.page(&format!("/antrag/{open}/schritt/person")).await;
    assert!(
        step.contains("value=\"Mallory\""),
        "the owner's post was saved"
    );
    app.act_as(None);
    let mails_before_jobs = app.mails().len();
    app.run_jobs().await;
    assert_eq!(
        app.mails().len() - mails_before_jobs,
        2,
        "the owner's resume link and the confirmation of the submission, nothing for the others"
    );
    // The resume link also planned a reminder before the draft's deletion.
    clock.advance(Duration::days(28));
    app.run_jobs().await;
    app.finish().await;
}
