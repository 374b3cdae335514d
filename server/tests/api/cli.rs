//! The binary's commands, run as a user would.

use std::process::{Command, Output};

fn server(args: &[&str], envs: &[(&str, &str)], folder: &std::path::Path) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
    command
        .args(args)
        .current_dir(folder)
        .env_remove("RUST_LOG");
    for (name, value) in envs {
        command.env(name, value);
    }
    command.output().expect("the server binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn help_lists_the_commands() {
    let folder = tempfile::tempdir().unwrap();
    let output = server(&["--help"], &[], folder.path());
    assert!(output.status.success());
    let help = stdout(&output);
    for command in [
        "serve",
        "worker",
        "migrate",
        "seed-demo",
        "check-config",
        "add-staff",
        "audit",
    ] {
        assert!(help.contains(command), "{command} missing in:\n{help}");
    }
}

#[test]
fn configuration_comes_in_layers_and_hides_secrets() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(
        folder.path().join("kreisportal.toml"),
        "[server]\npublic_url = \"https://portal.kreis-unna.example\"\n[mail]\nfrom_name = \"Aus der Datei\"\n",
    )
    .unwrap();
    let output = server(
        &["check-config"],
        &[
            (
                "KREISPORTAL__DATABASE__URL",
                "postgres://portal:geheim@db.example/kreisportal",
            ),
            ("KREISPORTAL__MAIL__FROM_NAME", "Aus der Umgebung"),
        ],
        folder.path(),
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let shown = stdout(&output);
    assert!(
        shown.contains("public_url = \"https://portal.kreis-unna.example\""),
        "file layer: {shown}"
    );
    assert!(
        shown.contains("from_name = \"Aus der Umgebung\""),
        "environment beats file: {shown}"
    );
    assert!(
        shown.contains("postgres://portal:[redacted]@db.example/kreisportal"),
        "{shown}"
    );
    assert!(!shown.contains("geheim"), "{shown}");
    assert!(
        shown.contains("body_limit_bytes = 262144"),
        "defaults: {shown}"
    );
}

#[test]
fn a_bad_configuration_is_refused_with_every_problem_named() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(
        folder.path().join("kreisportal.toml"),
        "[server]\npublic_url = \"portal\"\n",
    )
    .unwrap();
    let output = server(
        &["check-config"],
        &[("KREISPORTAL__MAIL__FROM_ADDRESS", "niemand")],
        folder.path(),
    );
    assert!(!output.status.success());
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(
        error.contains("server.public_url") && error.contains("mail.from_address"),
        "{error}"
    );

    std::fs::write(
        folder.path().join("kreisportal.toml"),
        "[sever]\nlisten = 1\n",
    )
    .unwrap();
    let output = server(&["check-config"], &[], folder.path());
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("sever"),
        "unknown sections are named"
    );

    std::fs::write(
        folder.path().join("kreisportal.toml"),
        "[uploads]\nstore = \"s3\"\n[uploads.s3]\nendpoint = \"http://s3.example\"\n[worker]\nlease_secs = 10\n",
    )
    .unwrap();
    let output = server(&["check-config"], &[], folder.path());
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    for problem in [
        "uploads.s3.endpoint must be https://",
        "secret_key are required",
        "worker.lease_secs (10)",
    ] {
        assert!(error.contains(problem), "{problem} in {error}");
    }
}

#[test]
fn migrate_and_seed_demo_prepare_a_fresh_sqlite_database() {
    let folder = tempfile::tempdir().unwrap();
    let migrate = server(&["migrate"], &[], folder.path());
    assert!(
        migrate.status.success(),
        "{}",
        String::from_utf8_lossy(&migrate.stderr)
    );
    assert!(
        folder.path().join("data/kreisportal.db").exists(),
        "created under ./data by default"
    );
    for _ in 0..2 {
        let seed = server(&["seed-demo"], &[], folder.path());
        assert!(
            seed.status.success(),
            "seeding is repeatable: {}",
            String::from_utf8_lossy(&seed.stderr)
        );
    }
}

#[test]
fn add_staff_hands_over_credentials_once_and_names_what_is_wrong() {
    let folder = tempfile::tempdir().unwrap();
    let add = |username: &str, role: &str, unit: &str| {
        server(
            &[
                "add-staff",
                "--username",
                username,
                "--name",
                "Amara Okafor",
                "--email",
                "a.okafor@kreis-unna.example",
                "--role",
                role,
                "--unit",
                unit,
            ],
            &[],
            folder.path(),
        )
    };
    let wrong = add("a.okafor", "caseworker", "");
    assert!(!wrong.status.success());
    let said = String::from_utf8_lossy(&wrong.stderr);
    assert!(
        said.contains("unit: Choose the organisational unit"),
        "{said}"
    );

    let added = add("a.okafor", "administrator", "");
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    let printed = stdout(&added);
    assert!(printed.contains("Staff member a.okafor added."));
    let secret = printed
        .lines()
        .find_map(|line| line.strip_prefix("Authenticator secret: "))
        .expect("the secret");
    assert!(domain::staff::TotpSecret::parse(secret).is_some());
    assert!(printed.contains("otpauth://totp/Kreisportal%20Kreis%20Unna:a.okafor?secret="));

    let again = add("a.okafor", "administrator", "");
    assert!(!again.status.success(), "the name is taken");
    assert!(
        String::from_utf8_lossy(&again.stderr)
            .contains("username: This user name is already taken")
    );
}

/// A fresh database under `folder` with three staff members added (three audit entries).
fn trail_of_three(folder: &std::path::Path) {
    for username in ["a.eins", "b.zwei", "c.drei"] {
        let added = server(
            &[
                "add-staff",
                "--username",
                username,
                "--name",
                "Testperson",
                "--email",
                &format!("{username}@kreis-unna.example"),
                "--role",
                "auditor",
            ],
            &[],
            folder,
        );
        assert!(
            added.status.success(),
            "{}",
            String::from_utf8_lossy(&added.stderr)
        );
    }
}

#[tokio::test]
async fn audit_verify_passes_an_intact_trail_and_names_where_tampering_begins() {
    use storage_sqlite::tampering::{Tampering, tamper_audit};

    let intact = tempfile::tempdir().unwrap();
    trail_of_three(intact.path());
    let verified = server(&["audit", "verify"], &[], intact.path());
    assert!(
        verified.status.success(),
        "{}",
        String::from_utf8_lossy(&verified.stderr)
    );
    assert!(stdout(&verified).contains("The audit trail is intact: 3 entries."));

    for (tampering, said) in [
        (Tampering::Change(2), "entry 2 was changed"),
        (
            Tampering::Delete(2),
            "entry 2 is missing: entry 3 follows entry 1",
        ),
        (
            Tampering::Swap(1, 2),
            "entry 1 does not chain to the entry before it",
        ),
        (
            Tampering::CutOffLast,
            "the trail ends at entry 2, but its head records entry 3",
        ),
    ] {
        let folder = tempfile::tempdir().unwrap();
        trail_of_three(folder.path());
        let url = format!(
            "sqlite://{}",
            folder.path().join("data/kreisportal.db").display()
        );
        let storage = storage_sqlite::SqliteStorage::connect(&url, 1)
            .await
            .unwrap();
        tamper_audit(&storage, tampering).await.unwrap();
        storage.close().await;
        let verdict = server(&["audit", "verify"], &[], folder.path());
        assert_eq!(verdict.status.code(), Some(1), "{tampering:?} is found");
        let stderr = String::from_utf8_lossy(&verdict.stderr);
        assert!(stderr.contains(said), "{tampering:?}: {stderr}");
    }
}
