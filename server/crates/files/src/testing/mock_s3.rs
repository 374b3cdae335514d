//! A MOCK S3 for tests: moto's server (Python), because no S3-compatible object store installs
//! here without downloads (MinIO and Garage are not packaged, Ceph is far too big). It speaks the
//! S3 protocol over HTTP but does not check signatures; the signing is tested against AWS's
//! published example instead (`sigv4.rs`).
//!
//! Without moto: in CI (`CI` set) the test fails; elsewhere it is skipped with a message saying
//! how to install it (`python3 -m pip install 'moto[server]'`).

use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct MockS3 {
    port: u16,
    process: Child,
}

impl MockS3 {
    pub fn start() -> Option<MockS3> {
        let available = Command::new("python3")
            .args(["-c", "import moto.server, flask"])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success());
        if !available {
            if std::env::var_os("CI").is_some() {
                panic!(
                    "CI needs moto for the S3 store tests (python3 -m pip install 'moto[server]')"
                );
            }
            eprintln!(
                "SKIPPED: no moto; run `python3 -m pip install 'moto[server]'` to test the S3 store"
            );
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        let process = Command::new("python3")
            .args([
                "-m",
                "moto.server",
                "-H",
                "127.0.0.1",
                "-p",
                &port.to_string(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start moto");
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "moto did not start within 30 s"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        Some(MockS3 { port, process })
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for MockS3 {
    fn drop(&mut self) {
        self.process.kill().ok();
        self.process.wait().ok();
    }
}
