//! A real SMTP server for tests: `end2end/support/smtp_sink.py` (aiosmtpd) on a free loopback
//! port, storing each message it accepts as a file. It can be stopped and started again on the
//! same port to test a mail server that is down for a while.
//!
//! Without Python's aiosmtpd: in CI (`CI` set) the test fails; elsewhere it is skipped with a
//! message saying how to install it (`python3 -m pip install aiosmtpd`).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

pub struct SmtpSink {
    port: u16,
    folder: tempfile::TempDir,
    process: Option<Child>,
}

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../end2end/support/smtp_sink.py")
}

impl SmtpSink {
    /// Starts the server, or returns `None` outside CI when aiosmtpd is not installed.
    pub fn start() -> Option<SmtpSink> {
        let available = Command::new("python3")
            .args(["-c", "import aiosmtpd"])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success());
        if !available {
            if std::env::var_os("CI").is_some() {
                panic!(
                    "CI needs Python's aiosmtpd for the SMTP tests (python3 -m pip install aiosmtpd)"
                );
            }
            eprintln!(
                "SKIPPED: no aiosmtpd; run `python3 -m pip install aiosmtpd` to test real SMTP"
            );
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        let folder = tempfile::tempdir().expect("temporary folder");
        let mut sink = SmtpSink {
            port,
            folder,
            process: None,
        };
        sink.resume();
        Some(sink)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Stops the server (connections are refused until [`SmtpSink::resume`]).
    pub fn stop(&mut self) {
        if let Some(mut child) = self.process.take() {
            child.kill().ok();
            child.wait().ok();
        }
    }

    /// Starts the server again on the same port.
    pub fn resume(&mut self) {
        self.stop();
        let mut child = Command::new("python3")
            .arg(script())
            .args(["--port", &self.port.to_string(), "--folder"])
            .arg(self.folder.path())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start smtp_sink.py");
        let stdout = child.stdout.take().expect("piped stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("read from smtp_sink.py");
        assert_eq!(line.trim(), "ready", "smtp_sink.py did not start");
        self.process = Some(child);
    }

    /// The messages received so far, oldest first, as raw RFC 5322 text.
    pub fn messages(&self) -> Vec<String> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.folder.path())
            .expect("sink folder")
            .map(|entry| entry.expect("entry").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "eml"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|path| std::fs::read_to_string(path).expect("message file"))
            .collect()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop();
    }
}
