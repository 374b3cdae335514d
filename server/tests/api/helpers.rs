//! `TestApp`: a running portal with its own database, mail folder and HTTP client.

use std::path::PathBuf;
use std::sync::Arc;

use server::config::{Config, DatabaseUrl, MailTransport, SmtpSecurityConfig};
use server::startup::Application;
use services::Portal;
use services::clock::{Clock, SystemClock};
use services::jobs::{JobOutcome, Worker};
use storage_postgres::testing::TestDatabase;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub portal: Arc<Portal>,
    pub mail_folder: PathBuf,
    pub files_folder: PathBuf,
    config: Config,
    clock: Arc<dyn Clock>,
    _data: tempfile::TempDir,
    postgres: Option<TestDatabase>,
    stop: Option<oneshot::Sender<()>>,
    server: Option<JoinHandle<anyhow::Result<()>>>,
    finished: bool,
    /// The session cookie `get`, `post_form` and `post_multipart` send, once set by `act_as`.
    visitor_cookie: std::sync::Mutex<Option<String>>,
}

/// A change to the configuration, made before the start.
type Adjustment = Box<dyn FnOnce(&mut Config)>;

/// How to set up a test application.
pub struct TestAppBuilder {
    postgres: bool,
    worker: bool,
    public_url: Option<String>,
    smtp_port: Option<u16>,
    clock: Option<Arc<dyn Clock>>,
    clamd: Option<String>,
    adjust: Vec<Adjustment>,
}

impl TestApp {
    pub fn builder() -> TestAppBuilder {
        TestAppBuilder {
            postgres: false,
            worker: false,
            public_url: None,
            smtp_port: None,
            clock: None,
            clamd: None,
            adjust: Vec::new(),
        }
    }

    /// The usual case: SQLite, jobs run only when the test says so.
    pub async fn spawn() -> TestApp {
        TestApp::builder()
            .spawn()
            .await
            .expect("SQLite always works")
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// From now on, requests without their own cookie come from this logged-in visitor
    /// (`None`: anonymous again).
    pub fn act_as(&self, cookie: Option<&str>) {
        *self.visitor_cookie.lock().unwrap() = cookie.map(str::to_owned);
    }

    fn as_visitor(&self, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match self.visitor_cookie.lock().unwrap().as_deref() {
            Some(cookie) => request.header("cookie", cookie),
            None => request,
        }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.as_visitor(self.client.get(self.url(path)))
            .send()
            .await
            .expect("GET")
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
        let mut request = self.client.get(self.url(path));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.send().await.expect("GET")
    }

    /// Posts a multipart form (a step with files) as a browser on this site would.
    pub async fn post_multipart(&self, path: &str, parts: &[Part<'_>]) -> reqwest::Response {
        let boundary = "----kreisportal-test-boundary-7d93";
        let mut body = Vec::new();
        for part in parts {
            body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            match part {
                Part::Field(name, value) => {
                    body.extend_from_slice(
                        format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n")
                            .as_bytes(),
                    );
                    body.extend_from_slice(value.as_bytes());
                }
                Part::File(name, file_name, content) => {
                    body.extend_from_slice(
                        format!(
                            "Content-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\n\
                             Content-Type: application/octet-stream\r\n\r\n"
                        )
                        .as_bytes(),
                    );
                    body.extend_from_slice(content);
                }
            }
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        self.as_visitor(self.client.post(self.url(path)))
            .header("sec-fetch-site", "same-origin")
            .header("origin", &self.address)
            .header(
                "content-type",
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(body)
            .send()
            .await
            .expect("POST")
    }

    /// Logs in at the provider as `user` with `method` (passwort, elster, eid), coming back to
    /// `return_to`; returns the session cookie (`__Host-kp_sitzung=…`) to send along.
    pub async fn log_in(
        &self,
        provider: &identity::testing::TestProvider,
        user: &str,
        method: &str,
        level: &str,
    ) -> String {
        let start = self
            .get(&format!(
                "/anmelden/servicekonto?weiter=/konto&niveau={level}"
            ))
            .await;
        assert_eq!(start.status(), 303, "off to the provider");
        let url = start.headers()["location"].to_str().unwrap().to_owned();
        let back = identity::testing::log_in(provider, &url, user, method)
            .await
            .expect("the provider logs in");
        let callback = back.strip_prefix(PUBLIC_URL).expect("back to the portal");
        let answer = self.get(callback).await;
        assert_eq!(answer.status(), 303, "back from the provider");
        session_cookie_of(&answer).expect("a session cookie")
    }

    /// Posts a form with a cookie, as a browser on this site would.
    pub async fn post_form_with(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        cookie: &str,
    ) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .header("sec-fetch-site", "same-origin")
            .header("origin", &self.address)
            .header("cookie", cookie)
            .form(fields)
            .send()
            .await
            .expect("POST")
    }

    /// Posts a form as a browser on this site would (same-origin).
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.as_visitor(self.client.post(self.url(path)))
            .header("sec-fetch-site", "same-origin")
            .header("origin", &self.address)
            .form(fields)
            .send()
            .await
            .expect("POST")
    }

    pub async fn page(&self, path: &str) -> String {
        let response = self.get(path).await;
        assert_eq!(response.status(), 200, "GET {path}");
        response.text().await.expect("body")
    }

    /// Runs every due outbox job, as the worker would.
    pub async fn run_jobs(&self) -> Vec<JobOutcome> {
        Worker::new(Arc::clone(&self.portal))
            .run_until_idle()
            .await
            .expect("outbox reachable")
    }

    /// The mails written so far (folder transport), as raw RFC 5322 text.
    pub fn mails(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(&self.mail_folder) else {
            return Vec::new();
        };
        let mut paths: Vec<PathBuf> = entries
            .map(|entry| entry.expect("entry").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "eml"))
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|path| std::fs::read_to_string(path).expect("mail"))
            .collect()
    }

    /// Stops the server and starts it again on the same database and folders (what survives a
    /// restart).
    pub async fn restart(&mut self) {
        self.stop_server().await;
        let (address, portal, stop, server) =
            serve(self.config.clone(), Arc::clone(&self.clock)).await;
        self.address = address;
        self.portal = portal;
        self.stop = Some(stop);
        self.server = Some(server);
    }

    async fn stop_server(&mut self) {
        if let Some(stop) = self.stop.take() {
            stop.send(()).ok();
        }
        if let Some(server) = self.server.take() {
            server
                .await
                .expect("server task")
                .expect("server stopped cleanly");
        }
    }

    /// Ends the test: fails if jobs were left unprocessed, stops the server, drops the database.
    /// An in-process worker may still be finishing a job it has sent the mail of (or the daily
    /// round it scheduled), so the outbox gets two seconds to become empty. The search-index
    /// and case-event jobs the database raised with the test's last changes are run here and
    /// must succeed.
    pub async fn finish(self) {
        let storage = &self.portal.storage;
        let mut pending = u64::MAX;
        for _ in 0..100 {
            let all = storage
                .outbox_counts()
                .await
                .expect("outbox counts")
                .pending;
            let mut raised_by_the_database = 0;
            for kind in ["search-index", "case-event"] {
                raised_by_the_database += storage
                    .pending_jobs_of_kind(kind)
                    .await
                    .expect("outbox counts");
            }
            pending = all - raised_by_the_database;
            if pending == 0 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        assert_eq!(pending, 0, "the test left outbox jobs unprocessed");
        let indexed = self.run_jobs().await;
        assert!(
            indexed.iter().all(|outcome| matches!(
                outcome,
                JobOutcome::Done { kind } if kind == "search-index" || kind == "case-event"
            )),
            "the last search-index and case-event jobs: {indexed:?}"
        );
        self.finish_without_database().await;
    }

    /// Drops the PostgreSQL database under the running server (tests of failure handling).
    pub async fn take_database_away(&mut self) {
        if let Some(database) = self.postgres.take() {
            database.drop_database().await;
        }
    }

    /// Ends a test whose database is gone: stops the server without looking at the outbox.
    pub async fn finish_without_database(mut self) {
        self.finished = true;
        self.stop_server().await;
        if let Some(database) = self.postgres.take() {
            database.drop_database().await;
        }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if !self.finished && !std::thread::panicking() {
            panic!("call TestApp::finish() at the end of the test");
        }
    }
}

impl TestAppBuilder {
    /// Use a fresh PostgreSQL database instead of SQLite.
    pub fn postgres(mut self) -> Self {
        self.postgres = true;
        self
    }

    /// Run the worker inside the server, as in production.
    pub fn with_worker(mut self) -> Self {
        self.worker = true;
        self
    }

    pub fn public_url(mut self, url: &str) -> Self {
        self.public_url = Some(url.into());
        self
    }

    /// Use this clock (tests that move time forward).
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = Some(clock);
        self
    }

    /// Changes the configuration before the start.
    pub fn configure(mut self, adjust: impl FnOnce(&mut Config) + 'static) -> Self {
        self.adjust.push(Box::new(adjust));
        self
    }

    /// Log in through this OpenID provider (its redirect URI must be [`PUBLIC_URL`]'s).
    pub fn login(mut self, provider: &identity::testing::TestProvider) -> Self {
        let issuer = provider.issuer();
        self.adjust.push(Box::new(move |config: &mut Config| {
            config.server.public_url = PUBLIC_URL.into();
            config.login.issuer = Some(issuer);
            config.login.client_id = identity::testing::CLIENT_ID.into();
            config.login.client_secret = Some(server::config::Secret::new(
                identity::testing::CLIENT_SECRET,
            ));
        }));
        self
    }

    /// Scan uploads with this clamd (`tcp:127.0.0.1:port`).
    pub fn clamd(mut self, address: &str) -> Self {
        self.clamd = Some(address.into());
        self
    }

    /// Send mail over SMTP to this port on loopback.
    pub fn smtp(mut self, port: u16) -> Self {
        self.smtp_port = Some(port);
        self
    }

    /// Starts the application; `None` when PostgreSQL was asked for and is not available
    /// outside CI.
    pub async fn spawn(self) -> Option<TestApp> {
        let data = tempfile::tempdir().expect("temporary folder");
        let postgres = if self.postgres {
            Some(TestDatabase::create().await?)
        } else {
            None
        };

        let mut config = Config::default();
        config.server.listen = "127.0.0.1:0".parse().expect("address");
        config.database.url = match &postgres {
            Some(database) => DatabaseUrl::new(database.url()),
            None => DatabaseUrl::new(format!("sqlite://{}/kreisportal.db", data.path().display())),
        };
        config.mail.folder = data.path().join("mail");
        config.uploads.folder = data.path().join("files");
        config.search.folder = data.path().join("search");
        config.uploads.clamd = self.clamd;
        config.uploads.scan_timeout_secs = 5;
        config.worker.enabled = self.worker;
        config.worker.poll_interval_ms = 50;
        if let Some(port) = self.smtp_port {
            config.mail.transport = MailTransport::Smtp;
            config.mail.smtp.host = "127.0.0.1".into();
            config.mail.smtp.port = port;
            config.mail.smtp.security = SmtpSecurityConfig::None;
        }
        if let Some(url) = self.public_url {
            config.server.public_url = url;
        }
        for adjust in self.adjust {
            adjust(&mut config);
        }
        let mail_folder = config.mail.folder.clone();
        let files_folder = config.uploads.folder.clone();
        let clock = self.clock.unwrap_or_else(|| Arc::new(SystemClock));
        let (address, portal, stop, server) = serve(config.clone(), Arc::clone(&clock)).await;
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("HTTP client");
        Some(TestApp {
            address,
            client,
            portal,
            mail_folder,
            files_folder,
            config,
            clock,
            _data: data,
            postgres,
            stop: Some(stop),
            server: Some(server),
            finished: false,
            visitor_cookie: std::sync::Mutex::new(None),
        })
    }
}

type Served = (
    String,
    Arc<Portal>,
    oneshot::Sender<()>,
    JoinHandle<anyhow::Result<()>>,
);

/// Builds the application and serves it in the background until told to stop.
async fn serve(config: Config, clock: Arc<dyn Clock>) -> Served {
    let application = Application::build_with_clock(config, clock)
        .await
        .expect("the application builds");
    let address = format!("http://{}", application.local_addr());
    let portal = application.portal();
    let (stop, stopped) = oneshot::channel::<()>();
    let server = tokio::spawn(application.run_until_stopped(async move {
        stopped.await.ok();
    }));
    (address, portal, stop, server)
}

/// The address the portal believes it has in login tests: what the OpenID provider redirects
/// back to (the test then calls its own address instead).
pub const PUBLIC_URL: &str = "http://127.0.0.1:8181";

/// The callback address the test provider must accept.
pub fn login_redirect_uri() -> String {
    format!("{PUBLIC_URL}/anmelden/rueckkehr")
}

/// One part of a multipart post: a field (name, value) or a file (name, file name, content).
pub enum Part<'a> {
    Field(&'a str, &'a str),
    File(&'a str, &'a str, &'a [u8]),
}

/// The value of `<html lang="…" dir="…">` in a page.
pub fn html_lang_dir(html: &str) -> (String, String) {
    let start = html.find("<html").expect("an <html> element");
    let tag = &html[start..start + html[start..].find('>').expect("tag end")];
    let attribute = |name: &str| {
        let marker = format!("{name}=\"");
        let from = tag
            .find(&marker)
            .map(|i| i + marker.len())
            .unwrap_or_else(|| panic!("no {name} in {tag}"));
        tag[from..from + tag[from..].find('"').expect("quote")].to_owned()
    };
    (attribute("lang"), attribute("dir"))
}

/// The text of the page's `<title>`.
pub fn title(html: &str) -> String {
    let start = html.find("<title>").expect("a title") + "<title>".len();
    html[start..start + html[start..].find("</title>").expect("title end")].to_owned()
}

/// The text of a PDF as poppler's `pdftotext` reads it; `None` (skipped) outside CI when
/// poppler-utils is not installed.
pub fn pdf_text(bytes: &[u8]) -> Option<String> {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("document.pdf");
    std::fs::write(&path, bytes).expect("write PDF");
    match std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
    {
        Ok(output) => {
            assert!(output.status.success(), "pdftotext reads the file");
            Some(String::from_utf8_lossy(&output.stdout).into_owned())
        }
        Err(_) if std::env::var_os("CI").is_some() => {
            panic!("CI needs pdftotext (apt-get install poppler-utils)")
        }
        Err(_) => {
            eprintln!("SKIPPED: pdftotext is not installed (apt-get install poppler-utils)");
            None
        }
    }
}

/// The session cookie a response sets (`__Host-kp_sitzung=…`), if it sets one with a value.
pub fn session_cookie_of(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .filter_map(|value| value.split(';').next())
        .find(|pair| {
            pair.starts_with("__Host-kp_sitzung=") && pair.len() > "__Host-kp_sitzung=".len()
        })
        .map(str::to_owned)
}
