//! The crash test: 200 applicants submit at the same time while the server process is killed
//! with SIGKILL at random moments and started again. Afterwards every reference an applicant
//! was shown exists with its answers, no submission exists that nobody was shown, the audit
//! chain is intact, and each confirmation mail was written exactly once.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use domain::application::Reference;
use rand::Rng;
use storage::Storage;
use tokio::sync::Mutex;

const APPLICANTS: usize = 200;
const KILLS: usize = 6;

/// Requests that got no answer because the server was down: proof the kills hit the traffic.
static UNANSWERED: AtomicUsize = AtomicUsize::new(0);

/// The server binary as a separate process on a fixed port, with its data in `data`.
struct ServerProcess {
    data: PathBuf,
    database_url: String,
    port: u16,
    child: Option<Child>,
}

impl ServerProcess {
    fn start(&mut self) {
        let child = Command::new(env!("CARGO_BIN_EXE_server"))
            .env(
                "KREISPORTAL__SERVER__LISTEN",
                format!("127.0.0.1:{}", self.port),
            )
            .env("KREISPORTAL__SERVER__PUBLIC_URL", self.url(""))
            .env("KREISPORTAL__DATABASE__URL", &self.database_url)
            .env("KREISPORTAL__MAIL__FOLDER", self.data.join("mail"))
            .env("KREISPORTAL__UPLOADS__FOLDER", self.data.join("files"))
            .env("KREISPORTAL__WORKER__POLL_INTERVAL_MS", "100")
            // A job whose worker was killed is taken over after three seconds.
            .env("KREISPORTAL__WORKER__LEASE_SECS", "3")
            .env("KREISPORTAL__MAIL__SMTP__TIMEOUT_SECS", "2")
            .env("KREISPORTAL__LOG__FILTER", "error")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the server binary starts");
        self.child = Some(child);
    }

    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            // SIGKILL: no graceful shutdown, no flushing, like a power cut of the process.
            child.kill().ok();
            child.wait().ok();
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    async fn wait_until_ready(&self, client: &reqwest::Client) {
        let started = Instant::now();
        loop {
            if let Ok(response) = client.get(self.url("/ready")).send().await
                && response.status() == 200
            {
                return;
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "the server did not come back"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port()
}

/// Sends a request until the server answers it (it may be down or restarting): what a
/// browser's user does by pressing the button again.
async fn until_answered(request: impl Fn() -> reqwest::RequestBuilder) -> reqwest::Response {
    let started = Instant::now();
    loop {
        match request().send().await {
            Ok(response) if !response.status().is_server_error() => return response,
            _ => {
                UNANSWERED.fetch_add(1, Ordering::Relaxed);
                assert!(
                    started.elapsed() < Duration::from_secs(120),
                    "never answered"
                );
                let pause = rand::rng().random_range(20..200);
                tokio::time::sleep(Duration::from_millis(pause)).await;
            }
        }
    }
}

fn location(response: &reqwest::Response) -> String {
    assert_eq!(response.status(), 303, "a redirect");
    response.headers()["location"].to_str().unwrap().to_owned()
}

/// One applicant: starts, fills in the three steps, submits and reads the reference off the
/// receipt. Returns the given name (to find the answers) and the reference shown.
async fn applicant(base: String, client: reqwest::Client, number: usize) -> (String, String) {
    let post = |path: String, fields: Vec<(String, String)>| {
        let client = client.clone();
        let base = base.clone();
        move || {
            client
                .post(format!("{base}{path}"))
                .header("sec-fetch-site", "same-origin")
                .form(&fields)
        }
    };
    let start = until_answered(post(
        "/leistungen/belehrung-infektionsschutz/antrag".into(),
        vec![],
    ))
    .await;
    let token = location(&start)
        .trim_start_matches("/antrag/")
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    let name = format!("Testperson{number:03}");
    let today = time::OffsetDateTime::now_utc().date();
    let birth = today - time::Duration::days(365 * 30);
    let earliest = today + time::Duration::days(10);
    let date = |prefix: &str, date: time::Date| {
        vec![
            (format!("{prefix}.day"), date.day().to_string()),
            (
                format!("{prefix}.month"),
                u8::from(date.month()).to_string(),
            ),
            (format!("{prefix}.year"), date.year().to_string()),
        ]
    };
    let owned = |pairs: &[(&str, &str)]| {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect::<Vec<_>>()
    };
    let mut person = owned(&[
        ("given_name", &name),
        ("family_name", "Absturzprobe"),
        ("email", &format!("person{number:03}@example.org")),
        ("phone", ""),
    ]);
    person.extend(date("birth_date", birth));
    let mut appointment = owned(&[
        ("weekdays", "mo"),
        ("time_of_day", "nachmittags"),
        ("language", "de"),
        ("sign_language", "no"),
        ("needs", ""),
    ]);
    appointment.extend(date("earliest", earliest));
    for (step, fields) in [
        ("person", person),
        ("work", owned(&[("sector", "handel"), ("employer", "")])),
        ("appointment", appointment),
    ] {
        let response =
            until_answered(post(format!("/antrag/{token}/schritt/{step}"), fields)).await;
        assert_eq!(response.status(), 303, "{step} saved");
    }
    let submitted = until_answered(post(
        format!("/antrag/{token}/absenden"),
        owned(&[("erklaerung", "ja")]),
    ))
    .await;
    assert_eq!(location(&submitted), format!("/antrag/{token}/eingereicht"));
    let receipt = until_answered(|| client.get(format!("{base}/antrag/{token}/eingereicht")))
        .await
        .text()
        .await
        .unwrap_or_default();
    let marker = "class=\"panel__reference\">";
    let at = receipt.find(marker).expect("the receipt shows a reference") + marker.len();
    let reference = receipt[at..at + receipt[at..].find('<').unwrap()].to_owned();
    (name, reference)
}

fn mails_in(folder: &Path) -> Vec<String> {
    std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .map(|entry| entry.unwrap().path())
                .filter(|path| path.extension().is_some_and(|ext| ext == "eml"))
                .map(|path| std::fs::read_to_string(path).unwrap())
                .collect()
        })
        .unwrap_or_default()
}

/// Runs the applicants against a server that is killed and restarted under them and returns
/// reference → given name as the applicants saw it, with the server still running.
async fn submit_while_killing(
    data: &Path,
    database_url: &str,
) -> (BTreeMap<String, String>, Arc<Mutex<ServerProcess>>) {
    UNANSWERED.store(0, Ordering::Relaxed);
    let server = Arc::new(Mutex::new(ServerProcess {
        data: data.to_owned(),
        database_url: database_url.to_owned(),
        port: free_port(),
        child: None,
    }));
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap();
    let base = server.lock().await.url("");
    server.lock().await.start();
    server.lock().await.wait_until_ready(&client).await;

    let applicants: Vec<_> = (0..APPLICANTS)
        .map(|number| tokio::spawn(applicant(base.clone(), client.clone(), number)))
        .collect();
    // The killer: SIGKILL at random moments while the applicants are busy, then a restart.
    let killer = {
        let server = Arc::clone(&server);
        let client = client.clone();
        tokio::spawn(async move {
            for _ in 0..KILLS {
                let wait = rand::rng().random_range(150..900);
                tokio::time::sleep(Duration::from_millis(wait)).await;
                let mut server = server.lock().await;
                server.kill();
                server.start();
                server.wait_until_ready(&client).await;
            }
        })
    };
    let mut shown = BTreeMap::new();
    for applicant in applicants {
        let (name, reference) = applicant.await.expect("the applicant finished");
        shown.insert(reference, name);
    }
    killer.await.unwrap();
    let unanswered = UNANSWERED.load(Ordering::Relaxed);
    eprintln!("{KILLS} kills, {unanswered} requests sent again");
    assert!(unanswered > 0, "the kills interrupted the applicants");
    assert_eq!(
        shown.len(),
        APPLICANTS,
        "every applicant was shown a reference of their own"
    );

    (shown, server)
}

/// Lets the worker catch up, then stops the server. Jobs a killed worker had claimed come back
/// after their lease; their mail may already be out, so the mails alone do not say the outbox is
/// empty.
async fn let_the_worker_finish(
    storage: &dyn Storage,
    mail_folder: &Path,
    server: &Mutex<ServerProcess>,
) {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(90) {
        let counts = storage.outbox_counts().await.unwrap();
        if counts.pending == 0 && mails_in(mail_folder).len() >= APPLICANTS {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    server.lock().await.kill();
}

/// Every reference shown exists with its answers and nothing else was submitted; the audit
/// chain holds; every job is done; each submission was confirmed exactly once.
async fn check_nothing_was_lost(
    storage: &dyn Storage,
    mail_folder: &Path,
    shown: &BTreeMap<String, String>,
) {
    for (reference, name) in shown {
        let reference = Reference::parse(reference).expect("a reference");
        let submission = storage
            .submission(&reference)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("{reference} was shown but does not exist"));
        let answers = submission.answers.to_string();
        assert!(
            answers.contains(name) && answers.contains("handel"),
            "{reference}: {answers}"
        );
    }
    let head = storage.audit_head().await.unwrap();
    let events = storage
        .audit_events(0, u32::try_from(head).unwrap() + 10)
        .await
        .unwrap();
    domain::audit::verify(&events, head).expect("the audit chain is intact");
    let recorded: Vec<&str> = events
        .iter()
        .filter(|entry| entry.event.action == "submission.create")
        .map(|entry| entry.event.object.trim_start_matches("submission:"))
        .collect();
    let recorded_set: BTreeSet<&str> = recorded.iter().copied().collect();
    assert_eq!(
        recorded.len(),
        recorded_set.len(),
        "each submission recorded once"
    );
    let shown_set: BTreeSet<&str> = shown.keys().map(String::as_str).collect();
    assert_eq!(recorded_set, shown_set, "no submission nobody was shown");
    let counts = storage.outbox_counts().await.unwrap();
    assert_eq!((counts.pending, counts.failed), (0, 0), "every job done");

    let mails = mails_in(mail_folder);
    assert_eq!(mails.len(), APPLICANTS, "one confirmation per submission");
    for reference in shown.keys() {
        let with_it = mails
            .iter()
            .filter(|mail| mail.contains(reference.as_str()))
            .count();
        assert_eq!(with_it, 1, "{reference} confirmed exactly once");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killing_the_server_during_200_submissions_loses_nothing_and_mails_each_once() {
    let data = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/kreisportal.db", data.path().display());
    let (shown, server) = submit_while_killing(data.path(), &url).await;
    let storage = storage_sqlite::SqliteStorage::connect(&url, 2)
        .await
        .unwrap();
    let_the_worker_finish(&storage, &data.path().join("mail"), &server).await;
    check_nothing_was_lost(&storage, &data.path().join("mail"), &shown).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_on_postgres() {
    let Some(database) = storage_postgres::testing::TestDatabase::create().await else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let (shown, server) = submit_while_killing(data.path(), database.url()).await;
    let storage = storage_postgres::PostgresStorage::connect(database.url(), 2)
        .await
        .unwrap();
    let_the_worker_finish(&storage, &data.path().join("mail"), &server).await;
    check_nothing_was_lost(&storage, &data.path().join("mail"), &shown).await;
    drop(storage);
    database.drop_database().await;
}
