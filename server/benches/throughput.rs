//! How fast the portal answers, against yardsticks from the same machine:
//!
//! 1. form-step pages per second against the same server's static stylesheet (what the
//!    rendering and the draft lookup cost on top of serving bytes);
//! 2. durable submissions per second (one transaction: answers, reference number, outbox job,
//!    audit entry, all with `synchronous=FULL`) against plain single-row inserts into the same
//!    kind of SQLite file with the same durability.
//!
//! `cargo bench -p server --bench throughput` (release build). Figures go into the issue notes;
//! nothing here fails on a number.

// A benchmark reports on standard output; that is its whole point.
#![allow(clippy::print_stdout)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use domain::Locale;
use domain::application::DraftToken;
use domain::form::FormValues;
use server::config::{Config, DatabaseUrl};
use server::startup::Application;
use services::Portal;
use storage::{DraftUpdate, NewDraft};
use tokio::sync::oneshot;

const CLIENTS: usize = 32;
const MEASURE: Duration = Duration::from_secs(5);
const SUBMISSIONS: usize = 2000;
const WRITERS: usize = 16;

/// Requests per second and latency percentiles of `CLIENTS` clients fetching `path`.
async fn hammer(client: &reqwest::Client, url: String) -> (f64, Duration, Duration) {
    let deadline = Instant::now() + MEASURE;
    let tasks: Vec<_> = (0..CLIENTS)
        .map(|_| {
            let client = client.clone();
            let url = url.clone();
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                while Instant::now() < deadline {
                    let started = Instant::now();
                    let response = client.get(&url).send().await.expect("answered");
                    assert_eq!(response.status(), 200, "{url}");
                    response.bytes().await.expect("body");
                    latencies.push(started.elapsed());
                }
                latencies
            })
        })
        .collect();
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.expect("client"));
    }
    latencies.sort();
    let rate = latencies.len() as f64 / MEASURE.as_secs_f64();
    (
        rate,
        latencies[latencies.len() / 2],
        latencies[latencies.len() * 99 / 100],
    )
}

/// A complete set of answers to the IfSG instruction.
fn ifsg_answers(number: usize) -> FormValues {
    let today = time::OffsetDateTime::now_utc().date();
    let birth = today - time::Duration::days(365 * 30);
    let earliest = today + time::Duration::days(10);
    let date = |prefix: &str, date: time::Date| {
        [
            (format!("{prefix}.day"), date.day().to_string()),
            (
                format!("{prefix}.month"),
                u8::from(date.month()).to_string(),
            ),
            (format!("{prefix}.year"), date.year().to_string()),
        ]
    };
    let mut pairs: Vec<(String, String)> = [
        ("given_name", format!("Messperson{number}")),
        ("family_name", "Lastprobe".to_owned()),
        ("email", format!("messung{number}@example.org")),
        ("sector", "handel".to_owned()),
        ("weekdays", "mi".to_owned()),
        ("time_of_day", "vormittags".to_owned()),
        ("language", "de".to_owned()),
        ("sign_language", "no".to_owned()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    pairs.extend(date("birth_date", birth));
    pairs.extend(date("earliest", earliest));
    FormValues::from_pairs(pairs)
}

/// Drafts ready to submit, written straight into storage (the steps are not what is measured).
async fn prepared_drafts(portal: &Portal, count: usize) -> Vec<(DraftToken, usize)> {
    let now = portal.clock.now();
    let mut drafts = Vec::new();
    for number in 0..count {
        let token = DraftToken::from_random_bytes(&services::random_bytes());
        portal
            .storage
            .create_draft(NewDraft {
                token: &token,
                tenant_slug: "kreis-unna",
                service_id: "belehrung-infektionsschutz",
                service_version: 1,
                locale: Locale::De,
                account: None,
                organisation: None,
                created_at: now,
                expires_at: now + time::Duration::days(30),
            })
            .await
            .expect("draft");
        portal
            .storage
            .save_draft(DraftUpdate {
                token: &token,
                values: &ifsg_answers(number),
                locale: Locale::De,
                updated_at: now,
                expires_at: now + time::Duration::days(30),
            })
            .await
            .expect("answers");
        drafts.push((token, number));
    }
    drafts
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(run());
}

async fn run() {
    let data = tempfile::tempdir().expect("temporary folder");
    let mut config = Config::default();
    config.server.listen = "127.0.0.1:0".parse().expect("address");
    config.database.url =
        DatabaseUrl::new(format!("sqlite://{}/kreisportal.db", data.path().display()));
    config.mail.folder = data.path().join("mail");
    config.uploads.folder = data.path().join("files");
    // The confirmations are sent after the commit; what is measured is the commit.
    config.worker.enabled = false;
    config.log.filter = "error".into();
    let application = Application::build(config)
        .await
        .expect("the application builds");
    let base = format!("http://{}", application.local_addr());
    let portal: Arc<Portal> = application.portal();
    let (stop, stopped) = oneshot::channel::<()>();
    let server = tokio::spawn(application.run_until_stopped(async move {
        stopped.await.ok();
    }));
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(CLIENTS)
        .build()
        .expect("client");

    // 1. A form step against the static stylesheet.
    let home = client
        .get(format!("{base}/"))
        .send()
        .await
        .expect("home")
        .text()
        .await
        .expect("html");
    let css = home
        .split('"')
        .find(|part| part.starts_with("/assets/kreisportal.") && part.ends_with(".css"))
        .expect("the stylesheet link")
        .to_owned();
    let (token, _) = prepared_drafts(&portal, 1).await.remove(0);
    let step = format!("{base}/antrag/{token}/schritt/appointment");
    let (static_rate, static_p50, static_p99) = hammer(&client, format!("{base}{css}")).await;
    let (step_rate, step_p50, step_p99) = hammer(&client, step).await;
    println!("form step page  {step_rate:>8.0} req/s  p50 {step_p50:>9.2?}  p99 {step_p99:>9.2?}");
    println!(
        "static file     {static_rate:>8.0} req/s  p50 {static_p50:>9.2?}  p99 {static_p99:>9.2?}"
    );
    println!("step / static   {:>8.1} %", 100.0 * step_rate / static_rate);

    // 2. Durable submissions against plain durable inserts.
    let drafts = prepared_drafts(&portal, SUBMISSIONS).await;
    let sample = drafts[0].0.clone();
    let queue = Arc::new(tokio::sync::Mutex::new(drafts));
    let started = Instant::now();
    let writers: Vec<_> = (0..WRITERS)
        .map(|_| {
            let client = client.clone();
            let base = base.clone();
            let queue = Arc::clone(&queue);
            tokio::spawn(async move {
                loop {
                    let Some((token, _)) = queue.lock().await.pop() else {
                        break;
                    };
                    let response = client
                        .post(format!("{base}/antrag/{token}/absenden"))
                        .header("sec-fetch-site", "same-origin")
                        .form(&[("erklaerung", "ja")])
                        .send()
                        .await
                        .expect("answered");
                    assert_eq!(response.status(), 303, "submitted");
                }
            })
        })
        .collect();
    for writer in writers {
        writer.await.expect("writer");
    }
    let submit_rate = SUBMISSIONS as f64 / started.elapsed().as_secs_f64();
    let submission = portal
        .storage
        .submission_for_draft(&sample)
        .await
        .expect("storage")
        .expect("submitted");
    let payload_size = submission.answers.to_string().len();

    let baseline_url = format!("sqlite://{}/baseline.db", data.path().display());
    let baseline = storage_sqlite::SqliteStorage::connect(&baseline_url, 8)
        .await
        .expect("baseline");
    let elapsed = storage_sqlite::baseline::durable_inserts(
        &baseline,
        WRITERS,
        SUBMISSIONS,
        &"x".repeat(payload_size),
    )
    .await
    .expect("baseline inserts");
    let insert_rate = SUBMISSIONS as f64 / elapsed.as_secs_f64();
    println!(
        "durable submissions over HTTP  {submit_rate:>8.0} /s  ({WRITERS} at once, {SUBMISSIONS} in all)"
    );
    println!(
        "plain durable inserts           {insert_rate:>8.0} /s  (same durability, {payload_size} bytes each)"
    );
    println!(
        "submissions / inserts           {:>8.1} %",
        100.0 * submit_rate / insert_rate
    );

    stop.send(()).ok();
    server.await.expect("server task").expect("server stopped");
}
