//! A real OpenID provider for tests: `end2end/support/oidc_provider.mjs` (node oidc-provider)
//! on a free loopback port, with the invented citizens erika (basis), jonas (substantiell) and
//! selin (hoch), password "test".
//!
//! Without node or the npm packages of `end2end/`: in CI (`CI` set) the test fails; elsewhere it
//! is skipped with a message saying how to install them (`cd end2end && npm ci`).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

pub const CLIENT_ID: &str = "kreisportal";
pub const CLIENT_SECRET: &str = "kreisportal-test-secret";

/// Ports tried before giving up.
const ATTEMPTS: u32 = 5;

pub struct TestProvider {
    port: u16,
    process: Child,
}

fn end2end() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../end2end")
}

impl TestProvider {
    /// Starts the provider accepting these redirect URIs, or returns `None` outside CI when
    /// node or the npm packages are missing.
    pub fn start(redirect_uris: &[&str]) -> Option<TestProvider> {
        let installed = end2end().join("node_modules/oidc-provider").is_dir()
            && Command::new("node")
                .arg("--version")
                .stdout(Stdio::null())
                .status()
                .is_ok();
        if !installed {
            if std::env::var_os("CI").is_some() {
                panic!("CI needs node and the npm packages of end2end/ (cd end2end && npm ci)");
            }
            eprintln!("SKIPPED: no OpenID provider; run `cd end2end && npm ci` to test the login");
            return None;
        }
        // A free port is only free until someone takes it: tests run in parallel processes, so
        // another may bind it between our look and node's listen. Then node ends without
        // "ready" and the next port is tried.
        for _ in 0..ATTEMPTS {
            if let Some(provider) = Self::start_on_a_free_port(redirect_uris) {
                return Some(provider);
            }
        }
        panic!("the OpenID provider did not start on any of {ATTEMPTS} ports");
    }

    fn start_on_a_free_port(redirect_uris: &[&str]) -> Option<TestProvider> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        let mut command = Command::new("node");
        command
            .current_dir(end2end())
            .arg("support/oidc_provider.mjs")
            .args(["--port", &port.to_string()]);
        for uri in redirect_uris {
            command.args(["--redirect", uri]);
        }
        let mut process = command
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the OpenID provider");
        let stdout = process.stdout.take().expect("piped stdout");
        let mut lines = BufReader::new(stdout);
        let mut first = String::new();
        lines.read_line(&mut first).expect("read its first line");
        if first.trim() != "ready" {
            process.kill().ok();
            process.wait().ok();
            return None;
        }
        // It keeps writing notices; a closed pipe would end it.
        std::thread::spawn(move || std::io::copy(&mut lines, &mut std::io::sink()));
        Some(TestProvider { port, process })
    }

    pub fn issuer(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for TestProvider {
    fn drop(&mut self) {
        self.process.kill().ok();
        self.process.wait().ok();
    }
}

/// Logs in at the provider as a browser would: follows the authorization URL to the login
/// page, posts user, password and method, and follows the provider's redirects until they
/// leave it. Returns where the provider sends the browser back to (the redirect URI with
/// `code` and `state`), or the provider's message when it refuses.
pub async fn log_in(
    provider: &TestProvider,
    authorization_url: &str,
    user: &str,
    method: &str,
) -> Result<String, String> {
    let browser = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .map_err(|e| e.to_string())?;
    let absolute = |location: &str| {
        if location.starts_with('/') {
            format!("{}{location}", provider.issuer())
        } else {
            location.to_owned()
        }
    };
    let location = |response: &reqwest::Response| {
        response
            .headers()
            .get("location")
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned)
    };
    let start = browser
        .get(authorization_url)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let Some(interaction) = location(&start) else {
        return Err(format!(
            "no login page: {} {}",
            start.status(),
            start.text().await.unwrap_or_default()
        ));
    };
    let interaction = absolute(&interaction);
    browser
        .get(&interaction)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let answer = browser
        .post(format!("{interaction}/login"))
        .form(&[("user", user), ("password", "test"), ("method", method)])
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let mut next = match location(&answer) {
        Some(next) => absolute(&next),
        None => return Err(answer.text().await.unwrap_or_default()),
    };
    while next.starts_with(&provider.issuer()) {
        let response = browser.get(&next).send().await.map_err(|e| e.to_string())?;
        next = match location(&response) {
            Some(further) => absolute(&further),
            None => return Err(response.text().await.unwrap_or_default()),
        };
    }
    Ok(next)
}
