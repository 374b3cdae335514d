//! The REST API for Fachverfahren through the whole stack: bearer tokens with scopes and units,
//! the new cases, a case with its files, reported states within the four-eyes rule, documents
//! into the Akte, every answer valid against the OpenAPI document (checked by Python's
//! jsonschema), and signed webhooks that are retried until the receiver takes them.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use domain::integration::webhook_signature;
use serde_json::Value;
use services::Clock;
use services::integration::{ApiClientInput, CreatedApiClient, create_client};
use time::Duration;
use time::macros::datetime;

use crate::apply::IFSG;
use crate::back_office::staff_session;
use crate::helpers::TestApp;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn openapi() -> Value {
    serde_json::from_str(&std::fs::read_to_string(repo().join("docs/api/openapi.json")).unwrap())
        .unwrap()
}

/// The webhooks a receiver took: headers and body of each.
type Deliveries = Arc<Mutex<Vec<(HeaderMap, Vec<u8>)>>>;

/// A Fachverfahren's webhook endpoint on loopback: records what arrives, answers `status`.
struct Receiver {
    url: String,
    status: Arc<AtomicU16>,
    seen: Deliveries,
}

type Seen = (Arc<AtomicU16>, Deliveries);

async fn hook(
    State((status, seen)): State<Seen>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> StatusCode {
    let status = StatusCode::from_u16(status.load(Ordering::SeqCst)).unwrap();
    if status.is_success() {
        seen.lock().unwrap().push((headers, body.to_vec()));
    }
    status
}

async fn receiver(status: u16) -> Receiver {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!(
        "http://{}/hooks/kreisportal",
        listener.local_addr().unwrap()
    );
    let status = Arc::new(AtomicU16::new(status));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let app = Router::new()
        .route("/hooks/kreisportal", post(hook))
        .with_state((Arc::clone(&status), Arc::clone(&seen)));
    tokio::spawn(async move { axum::serve(listener, app).await });
    Receiver { url, status, seen }
}

/// Adds an API client; the Fluent key of the first problem otherwise.
async fn client(
    app: &TestApp,
    name: &str,
    scopes: &[&str],
    units: &[&str],
    webhook: Option<&str>,
) -> Result<CreatedApiClient, &'static str> {
    let tenant = services::tenant::load_tenant(&app.portal, false)
        .await
        .unwrap();
    let created = create_client(
        &app.portal,
        &tenant,
        "system:test",
        &ApiClientInput {
            name: name.into(),
            scopes: scopes.iter().map(|scope| (*scope).to_owned()).collect(),
            units: units.iter().map(|unit| (*unit).to_owned()).collect(),
            webhook: webhook.map(str::to_owned),
        },
    )
    .await
    .unwrap();
    created.map_err(|errors| match &errors.iter().next().unwrap().message {
        domain::form_error::ErrorMessage::Key { key, .. } => *key,
        other => panic!("{other:?}"),
    })
}

/// Answers collected for validation against the OpenAPI document: schema name and body.
#[derive(Default)]
struct Answers(Vec<(&'static str, Value)>);

impl Answers {
    async fn take(&mut self, schema: &'static str, response: reqwest::Response) -> Value {
        assert_eq!(
            response.headers()["content-type"],
            "application/json",
            "{schema}"
        );
        let body: Value = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
        self.0.push((schema, body.clone()));
        body
    }

    /// Every answer against its schema, with Python's jsonschema (Draft 2020-12, as OpenAPI
    /// 3.1 uses); a deliberately broken one must fail, so the check itself is checked.
    fn validate(mut self) {
        let available = Command::new("python3")
            .args(["-c", "import jsonschema"])
            .status()
            .is_ok_and(|status| status.success());
        if !available {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI needs Python's jsonschema"
            );
            eprintln!("SKIPPED: python3 -m pip install jsonschema to validate the API's answers");
            return;
        }
        self.0
            .push(("Error", serde_json::json!({ "error": { "code": "oops" } })));
        let folder = tempfile::tempdir().unwrap();
        let cases = folder.path().join("answers.json");
        std::fs::write(&cases, serde_json::to_vec(&self.0).unwrap()).unwrap();
        let script = "import json, sys, jsonschema\n\
            document = json.load(open(sys.argv[1]))\n\
            for schema, answer in json.load(open(sys.argv[2])):\n    \
                validator = jsonschema.Draft202012Validator({'$ref': '#/components/schemas/' + schema, 'components': document['components']})\n    \
                errors = [e.message for e in validator.iter_errors(answer)]\n    \
                print(json.dumps([schema, errors]))\n";
        let output = Command::new("python3")
            .arg("-c")
            .arg(script)
            .arg(repo().join("docs/api/openapi.json"))
            .arg(&cases)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let verdicts: Vec<(String, Vec<String>)> = String::from_utf8_lossy(&output.stdout)
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect();
        let (broken, valid) = verdicts.split_last().unwrap();
        assert!(!broken.1.is_empty(), "the validation can fail");
        for (schema, errors) in valid {
            assert!(errors.is_empty(), "{schema}: {errors:?}");
        }
        assert_eq!(valid.len(), self.0.len() - 1);
    }
}

fn may_4th() -> Arc<services::clock::ManualClock> {
    Arc::new(services::clock::ManualClock::starting_at(datetime!(
        2026-05-04 09:00 UTC
    )))
}

#[tokio::test]
async fn a_fachverfahren_reads_cases_reports_states_adds_documents_and_hears_signed_webhooks() {
    let clock = may_4th();
    let app = TestApp::builder()
        .clock(clock.clone())
        .spawn()
        .await
        .expect("SQLite");
    the_api_and_its_webhooks(app, clock).await;
}

#[tokio::test]
async fn the_api_and_its_webhooks_on_postgres() {
    let clock = may_4th();
    let Some(app) = TestApp::builder()
        .clock(clock.clone())
        .postgres()
        .spawn()
        .await
    else {
        return;
    };
    the_api_and_its_webhooks(app, clock).await;
}

async fn the_api_and_its_webhooks(app: TestApp, clock: Arc<services::clock::ManualClock>) {
    let hooks = receiver(503).await;
    let health = client(
        &app,
        "Fachverfahren Gesundheit",
        &["cases:read", "cases:write"],
        &["53"],
        Some(&hooks.url),
    )
    .await
    .unwrap();
    let statistics = client(&app, "Statistik", &["cases:read"], &["53"], None)
        .await
        .unwrap();
    let water = client(
        &app,
        "Fachverfahren Wasser",
        &["cases:read", "cases:write"],
        &["69.2"],
        None,
    )
    .await
    .unwrap();
    assert!(health.webhook_secret.is_some());
    assert!(statistics.webhook_secret.is_none());
    for (scopes, units, webhook, problem) in [
        (
            &["cases:delete"][..],
            &["53"][..],
            None,
            "api-client-scope-invalid",
        ),
        (
            &["cases:read"][..],
            &["99"][..],
            None,
            "api-client-unit-invalid",
        ),
        (
            &["cases:read"][..],
            &[][..],
            None,
            "api-client-unit-invalid",
        ),
        (
            &["cases:read"][..],
            &["53"][..],
            Some("http://fachverfahren.example/hook"),
            "api-client-webhook-not-https",
        ),
    ] {
        assert_eq!(
            client(&app, "X", scopes, units, webhook).await.err(),
            Some(problem)
        );
    }
    let token = |created: &CreatedApiClient| format!("Bearer {}", created.token.as_str());
    let health_token = token(&health);
    let get = |path: &str, authorization: &str| {
        let request = app.client.get(format!("{}{path}", app.address));
        let request = if authorization.is_empty() {
            request
        } else {
            request.header("authorization", authorization)
        };
        async move { request.send().await.unwrap() }
    };
    let post = |path: &str, authorization: &str, content_type: &str, body: Vec<u8>| {
        app.client
            .post(format!("{}{path}", app.address))
            .header("authorization", authorization)
            .header("content-type", content_type)
            .body(body)
            .send()
    };
    let mut answers = Answers::default();

    // Every path and method of the document is served and needs a token.
    let document = openapi();
    for (path, operations) in document["paths"].as_object().unwrap() {
        for method in operations.as_object().unwrap().keys() {
            let url = format!(
                "{}/api/v1{}",
                app.address,
                path.replace("{id}", "1").replace("{file}", "x")
            );
            let response = app
                .client
                .request(method.to_uppercase().parse().unwrap(), url)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 401, "{method} {path}");
            assert_eq!(
                response.headers()["www-authenticate"],
                "Bearer realm=\"kreisportal\""
            );
            answers.take("Error", response).await;
        }
    }
    let served = get("/api/v1/openapi.json", "").await;
    assert_eq!(served.status(), 200);
    assert_eq!(
        serde_json::from_slice::<Value>(&served.bytes().await.unwrap()).unwrap(),
        document
    );
    for wrong in [
        "Bearer kp_00000000000000000000000000000000",
        "Bearer nonsense",
        "kp_x",
    ] {
        assert_eq!(get("/api/v1/cases", wrong).await.status(), 401, "{wrong}");
    }

    crate::records::case_with_certificate(&app, clock.now().date()).await;

    let listed = get("/api/v1/cases", &health_token).await;
    assert_eq!(listed.status(), 200);
    let listed = answers.take("CaseList", listed).await;
    assert_eq!(listed["cases"].as_array().unwrap().len(), 1);
    assert_eq!(listed["cases"][0]["state"], "eingegangen");
    assert_eq!(listed["cases"][0]["unit"], "53");
    assert_eq!(listed["next_after"], 1);
    let after = answers
        .take(
            "CaseList",
            get("/api/v1/cases?after=1", &health_token).await,
        )
        .await;
    assert_eq!(after["cases"].as_array().unwrap().len(), 0);
    assert_eq!(after["next_after"], Value::Null);
    for bad in ["?after=x", "?limit=-1", "?seit=1"] {
        let refused = get(&format!("/api/v1/cases{bad}"), &health_token).await;
        assert_eq!(refused.status(), 422, "{bad}");
        answers.take("Error", refused).await;
    }
    let elsewhere = get("/api/v1/cases", &token(&water)).await;
    assert!(
        answers.take("CaseList", elsewhere).await["cases"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let not_theirs = app
        .client
        .get(format!("{}/api/v1/cases/1", app.address))
        .header("authorization", token(&water))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    assert_eq!(not_theirs.status(), 404);
    let error = answers.take("Error", not_theirs).await;
    assert_eq!(error["error"]["code"], "not_found");
    assert_eq!(
        error["error"]["message"],
        "This case or file does not exist for this integration."
    );

    let case = answers
        .take("Case", get("/api/v1/cases/1", &health_token).await)
        .await;
    assert_eq!(case["service"]["id"], IFSG);
    assert_eq!(case["answers"]["family_name"]["value"], "Brinkhoff");
    assert_eq!(case["akte"], Value::Null);
    assert_eq!(case["computed"]["fee"], "25");
    let files = case["files"].as_array().unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0]["source"], "application");
    let download = get(files[0]["href"].as_str().unwrap(), &health_token).await;
    assert_eq!(download.status(), 200);
    assert_eq!(download.headers()["content-type"], "application/pdf");
    assert!(download.bytes().await.unwrap().starts_with(b"%PDF"));
    assert_eq!(
        get("/api/v1/cases/1/files/unknown", &health_token)
            .await
            .status(),
        404
    );

    // States: taken up, never signed off or closed by the integration.
    let state = |body: &str| body.as_bytes().to_vec();
    let denied = post(
        "/api/v1/cases/1/state",
        &token(&statistics),
        "application/json",
        state(r#"{"state":"in_bearbeitung"}"#),
    )
    .await
    .unwrap();
    assert_eq!(denied.status(), 403);
    answers.take("Error", denied).await;
    for (body, status) in [
        (r#"{"state":"abgeschlossen"}"#, 409),
        (r#"{"state":"mitzeichnung"}"#, 409),
        (r#"{"state":"erledigt"}"#, 422),
        (r#"{"stand":"in_bearbeitung"}"#, 422),
        ("kein json", 422),
    ] {
        let refused = post(
            "/api/v1/cases/1/state",
            &health_token,
            "application/json",
            state(body),
        )
        .await
        .unwrap();
        assert_eq!(refused.status(), status, "{body}");
        answers.take("Error", refused).await;
    }
    let moved = post(
        "/api/v1/cases/1/state",
        &health_token,
        "application/json",
        state(r#"{"state":"in_bearbeitung"}"#),
    )
    .await
    .unwrap();
    assert_eq!(moved.status(), 204);
    let again = post(
        "/api/v1/cases/1/state",
        &health_token,
        "application/json",
        state(r#"{"state":"in_bearbeitung"}"#),
    )
    .await
    .unwrap();
    assert_eq!(again.status(), 409);
    answers.take("Error", again).await;
    let case = answers
        .take("Case", get("/api/v1/cases/1", &health_token).await)
        .await;
    assert_eq!(case["state"], "in_bearbeitung");

    // Documents join the Akte once the case is filed.
    let bescheid = files::testing::text_pdf("Bescheid Belehrung");
    let unfiled = post(
        "/api/v1/cases/1/documents?title=Bescheid",
        &health_token,
        "application/pdf",
        bescheid.clone(),
    )
    .await
    .unwrap();
    assert_eq!(unfiled.status(), 409);
    answers.take("Error", unfiled).await;
    let anna = staff_session(&app, "a.berger", "caseworker", "53").await;
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
    for (query, body, why) in [
        ("?title=", bescheid.clone(), "no title"),
        ("?title=Notiz", b"nur Text".to_vec(), "not a PDF or image"),
        ("?title=Leer", Vec::new(), "empty"),
        (
            "?title=Bescheid&seite=1",
            bescheid.clone(),
            "unknown parameter",
        ),
    ] {
        let refused = post(
            &format!("/api/v1/cases/1/documents{query}"),
            &health_token,
            "application/pdf",
            body,
        )
        .await
        .unwrap();
        assert_eq!(refused.status(), 422, "{why}");
        answers.take("Error", refused).await;
    }
    let added = post(
        "/api/v1/cases/1/documents?title=Bescheid&file_name=Bescheid%202026.pdf",
        &health_token,
        "application/pdf",
        bescheid.clone(),
    )
    .await
    .unwrap();
    assert_eq!(added.status(), 201);
    assert_eq!(
        answers.take("DocumentAdded", added).await["number"],
        3,
        "after the application and the certificate"
    );
    let case = answers
        .take("Case", get("/api/v1/cases/1", &health_token).await)
        .await;
    assert_eq!(case["akte"]["aktenzeichen"], "53.40.20-0001/2026");
    let added = case["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|file| file["title"] == "Bescheid")
        .expect("the new document among the case's files");
    assert_eq!(added["source"], "akte");
    assert_eq!(added["file_name"], "Bescheid 2026.pdf");
    let content = get(added["href"].as_str().unwrap(), &health_token).await;
    assert_eq!(content.bytes().await.unwrap().to_vec(), bescheid);
    let akte = app
        .get_with("/verwaltung/akten/1", &[("cookie", &anna)])
        .await
        .text()
        .await
        .unwrap();
    assert!(
        akte.contains("Bescheid"),
        "the caseworker sees it in the Akte"
    );

    // Webhooks: the receiver is down (503) first, then takes them; each is signed.
    app.run_jobs().await;
    assert!(hooks.seen.lock().unwrap().is_empty());
    hooks.status.store(200, Ordering::SeqCst);
    clock.advance(Duration::hours(1));
    app.run_jobs().await;
    let seen = hooks.seen.lock().unwrap().clone();
    assert!(seen.len() >= 3, "created, moved, documents: {}", seen.len());
    let secret = health.webhook_secret.clone().unwrap();
    let mut ids = Vec::new();
    for (headers, body) in &seen {
        let message: Value = serde_json::from_slice(body).unwrap();
        assert_eq!(message["case"]["id"], 1);
        assert!(
            message["case"]["href"]
                .as_str()
                .unwrap()
                .ends_with("/api/v1/cases/1")
        );
        assert_eq!(
            headers["kreisportal-event"],
            message["id"].as_str().unwrap()
        );
        let signature = headers["kreisportal-signature"].to_str().unwrap();
        let timestamp: i64 = signature
            .strip_prefix("t=")
            .and_then(|rest| rest.split(',').next())
            .and_then(|t| t.parse().ok())
            .unwrap();
        assert_eq!(signature, webhook_signature(&secret, timestamp, body));
        assert_ne!(signature, webhook_signature("falsch", timestamp, body));
        assert!(
            !String::from_utf8_lossy(body).contains("Brinkhoff"),
            "no personal data"
        );
        ids.push(message["id"].as_str().unwrap().to_owned());
    }
    assert!(
        seen.iter()
            .any(|(_, body)| String::from_utf8_lossy(body).contains("\"case.created\""))
    );
    assert!(
        seen.iter()
            .any(|(_, body)| String::from_utf8_lossy(body).contains("\"case.updated\""))
    );
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), seen.len(), "each event delivered once");

    // Revoked: the token opens nothing any more.
    app.portal
        .storage
        .revoke_api_client(
            statistics.id,
            &domain::audit::AuditEvent {
                actor: "system:test".into(),
                action: "api-client.revoke".into(),
                object: format!("api-client:{}", statistics.id),
                purpose: "Test".into(),
                outcome: "success".into(),
            },
            clock.now(),
        )
        .await
        .unwrap();
    assert_eq!(
        get("/api/v1/cases", &token(&statistics)).await.status(),
        401
    );
    let trail = app.portal.storage.audit_events(0, 1_000).await.unwrap();
    let by_integration = format!("api:{}", health.id);
    for action in ["case.read", "case.state.in_bearbeitung", "document.add"] {
        assert!(
            trail
                .iter()
                .any(|entry| entry.event.actor == by_integration && entry.event.action == action),
            "{action} audited"
        );
    }
    answers.validate();
    app.finish().await;
}

#[tokio::test]
async fn administrators_add_and_revoke_integrations_on_their_page() {
    let app = TestApp::builder()
        .clock(may_4th())
        .spawn()
        .await
        .expect("SQLite");
    let admin = staff_session(&app, "a.okafor", "administrator", "").await;
    let caseworker = staff_session(&app, "a.berger", "caseworker", "53").await;
    assert_eq!(
        app.get_with("/verwaltung/anbindungen", &[("cookie", &caseworker)])
            .await
            .status(),
        403
    );
    let page = app
        .get_with("/verwaltung/anbindungen", &[("cookie", &admin)])
        .await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("href=\"/api/v1/openapi.json\""));
    assert!(html.contains("value=\"town:05978036\""), "towns too");

    let refused = app
        .post_form_with(
            "/verwaltung/anbindungen",
            &[("name", " "), ("webhook", "http://fachverfahren.example/")],
            &admin,
        )
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(crate::helpers::title(&html).starts_with("Fehler: "));
    for field in ["#name", "#einheiten", "#rechte", "#webhook"] {
        assert!(html.contains(&format!("href=\"{field}\"")), "{field}");
    }
    assert!(
        html.contains("value=\"http://fachverfahren.example/\""),
        "kept as typed"
    );
    assert_eq!(
        app.post_form_with("/verwaltung/anbindungen", &[("wer", "x")], &admin)
            .await
            .status(),
        400
    );

    let created = app
        .post_form_with(
            "/verwaltung/anbindungen",
            &[
                ("name", "Fachverfahren Gesundheit"),
                ("einheiten", "53"),
                ("einheiten", "town:05978036"),
                ("rechte", "cases:read"),
                ("webhook", ""),
            ],
            &admin,
        )
        .await;
    assert_eq!(created.status(), 200);
    let html = created.text().await.unwrap();
    assert!(html.contains("Anbindung Fachverfahren Gesundheit hinzugefügt"));
    assert!(
        !html.contains(">Webhook-Geheimnis</dt>"),
        "no webhook, no secret"
    );
    let start = html.find("kp_").expect("the token is shown");
    let token = &html[start..start + 35];
    let authorization = format!("Bearer {token}");
    let listed = app
        .client
        .get(format!("{}/api/v1/cases", app.address))
        .header("authorization", &authorization)
        .send()
        .await
        .unwrap();
    assert_eq!(listed.status(), 200, "the token opens the API");

    let html = app
        .get_with("/verwaltung/anbindungen", &[("cookie", &admin)])
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Fachverfahren Gesundheit"));
    assert!(!html.contains(token), "the token is shown once");
    let revoked = app
        .post_form_with("/verwaltung/anbindungen/1/widerrufen", &[], &admin)
        .await;
    assert_eq!(crate::apply::location(&revoked), "/verwaltung/anbindungen");
    let html = app
        .get_with("/verwaltung/anbindungen", &[("cookie", &admin)])
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("widerrufen am 04.05.2026"));
    let listed = app
        .client
        .get(format!("{}/api/v1/cases", app.address))
        .header("authorization", &authorization)
        .send()
        .await
        .unwrap();
    assert_eq!(listed.status(), 401);
    assert_eq!(
        app.post_form_with("/verwaltung/anbindungen/99/widerrufen", &[], &admin)
            .await
            .status(),
        404
    );
    assert_eq!(
        app.post_form_with("/verwaltung/anbindungen/1/widerrufen", &[], &caseworker)
            .await
            .status(),
        403
    );
    app.finish().await;
}
