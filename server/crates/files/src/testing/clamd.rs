//! A real clamd for tests: started on a free loopback port with a signature database that knows
//! one body signature, the EICAR test string anywhere in any file (signatures cannot be
//! downloaded here). Stopped when dropped.
//!
//! Without ClamAV installed: in CI (`CI` set) the test fails; elsewhere it is skipped with a
//! message saying how to install it (`apt-get install clamav-daemon`).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The EICAR anti-malware test file: harmless, and detected by every scanner.
pub const EICAR: &[u8] = br"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

pub struct Clamd {
    port: u16,
    process: Child,
    _folder: tempfile::TempDir,
}

fn installed(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// Debian puts clamd into /usr/sbin, which is not on every user's PATH.
fn clamd_program() -> &'static str {
    if installed("clamd") {
        "clamd"
    } else {
        "/usr/sbin/clamd"
    }
}

impl Clamd {
    pub fn start() -> Option<Clamd> {
        if !installed(clamd_program()) {
            if std::env::var_os("CI").is_some() {
                panic!(
                    "CI needs ClamAV for the malware scan tests (apt-get install clamav-daemon)"
                );
            }
            eprintln!(
                "SKIPPED: no clamd; run `apt-get install clamav-daemon` to test the malware scan"
            );
            return None;
        }
        let folder = tempfile::tempdir().expect("temporary folder");
        let database: PathBuf = folder.path().join("db");
        std::fs::create_dir_all(&database).expect("database folder");
        // An extended signature: name, target type 0 (any file), at any offset, the bytes in hex.
        let hex: String = EICAR.iter().map(|b| format!("{b:02x}")).collect();
        std::fs::write(
            database.join("test.ndb"),
            format!("Kreisportal.Test.EICAR:0:*:{hex}\n"),
        )
        .expect("write signature database");

        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let config = folder.path().join("clamd.conf");
        let mut file = std::fs::File::create(&config).expect("clamd.conf");
        writeln!(
            file,
            "Foreground yes\nTCPSocket {port}\nTCPAddr 127.0.0.1\nDatabaseDirectory {}\nStreamMaxLength 30M\nLogFile {}",
            database.display(),
            folder.path().join("clamd.log").display()
        )
        .expect("write clamd.conf");
        let process = Command::new(clamd_program())
            .arg("-c")
            .arg(&config)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start clamd");
        let clamd = Clamd {
            port,
            process,
            _folder: folder,
        };
        let started = Instant::now();
        while !clamd.answers_ping() {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "clamd did not start within 30 s"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        Some(clamd)
    }

    pub fn address(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    fn answers_ping(&self) -> bool {
        let Ok(mut stream) = TcpStream::connect(self.address()) else {
            return false;
        };
        let mut answer = String::new();
        stream.write_all(b"zPING\0").is_ok()
            && stream.read_to_string(&mut answer).is_ok()
            && answer.starts_with("PONG")
    }
}

impl Drop for Clamd {
    fn drop(&mut self) {
        self.process.kill().ok();
        self.process.wait().ok();
    }
}
