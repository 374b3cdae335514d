//! How fast Bescheide are made, against LibreOffice on the same machine:
//!
//! 1. the portal: a decision letter from the demo tenant's template (DIN 5008 head, three
//!    paragraphs of reasons, the explanatory page in Turkish), laid out and written as a tagged
//!    PDF/A-2a with embedded fonts, on one core and on every core;
//! 2. LibreOffice headless (`soffice --convert-to pdf`, Debian `libreoffice-writer-nogui`)
//!    converting an HTML document with the same text to tagged PDF/A-2, once for a single
//!    letter (with its start-up, as a server would call it) and once for a batch in one call.
//!
//! `cargo bench -p services --bench letters` (release build). Figures go into the issue notes;
//! nothing here fails on a number. Without `soffice` the comparison is skipped and says so.

// A benchmark reports on standard output; that is its whole point.
#![allow(clippy::print_stdout)]

use std::process::Command;
use std::time::{Duration, Instant};

use documents::Document;
use domain::Locale;
use domain::application::{CaseState, DraftToken, Reference};
use domain::letter::{Addressee, DecisionText, LetterKind, Outcome, template_for};
use domain::service::ServiceDefinition;
use services::decisions::{LetterCase, letter_document};
use storage::Submission;
use time::macros::datetime;

const LETTERS: usize = 200;
const BATCH: usize = 50;

fn submission(number: u32) -> Submission {
    Submission {
        reference: Reference::new("KU", 2026, number),
        draft_token: DraftToken::from_random_bytes(&[7; 13]),
        service_id: "belehrung-infektionsschutz".into(),
        service_version: 1,
        locale: Locale::Tr,
        answers: serde_json::Value::Null,
        computed: serde_json::Value::Null,
        applicant_email: None,
        access_code_hash: String::new(),
        state: CaseState::Abgeschlossen,
        submitted_at: datetime!(2026-11-02 09:00 UTC),
    }
}

const REASONS: &str = "Die Belehrung nach § 43 Abs. 1 des Infektionsschutzgesetzes hat am \
    2. November 2026 im Gesundheitsamt stattgefunden. Sie wurden mündlich und schriftlich über \
    die Tätigkeitsverbote und Verpflichtungen nach den §§ 42 und 43 belehrt.\n\n\
    Sie haben schriftlich erklärt, dass Ihnen keine Tatsachen für ein Tätigkeitsverbot bekannt \
    sind. Damit liegen die Voraussetzungen für die Bescheinigung vor.\n\n\
    Die Bescheinigung ist vom Arbeitgeber aufzubewahren und der zuständigen Behörde auf \
    Verlangen vorzulegen.";

fn letters(count: usize) -> Vec<Document> {
    let catalog = i18n::Catalog::embedded().expect("catalog");
    let tenant = services::tenant::demo_tenant().expect("demo tenant");
    let (file, source) = services::catalogue::DEMO_SERVICES
        .iter()
        .find(|(file, _)| file.contains("belehrung"))
        .expect("the IfSG service");
    let service = ServiceDefinition::from_json(file, source).expect("service");
    let template = template_for(&tenant.letter_templates, LetterKind::Bescheid, "x").unwrap();
    let addressee = Addressee {
        name: Some("Selin Brinkhoff".into()),
        address: vec!["Bahnhofstraße 12".into(), "59423 Unna".into()],
    };
    let decision = DecisionText {
        outcome: Outcome::Stattgabe,
        reasoning: REASONS.into(),
    };
    (0..count)
        .map(|i| {
            let submission = submission(u32::try_from(i).unwrap() + 1);
            letter_document(
                &catalog,
                &LetterCase {
                    tenant: &tenant,
                    service: &service,
                    template,
                    submission: &submission,
                    addressee: &addressee,
                    organisation: None,
                    aktenzeichen: "53.40.20-0001/2026",
                    decision: &decision,
                    dated: datetime!(2026-11-05 10:00 UTC),
                    locale: Locale::Tr,
                },
            )
        })
        .collect()
}

fn per_second(count: usize, took: Duration) -> f64 {
    count as f64 / took.as_secs_f64()
}

fn portal(documents: &[Document]) -> Vec<u8> {
    let mut sample = Vec::new();
    // Warm up fonts and caches once, as a running server has them.
    documents::render(&documents[0]).expect("renders");
    let started = Instant::now();
    for document in documents {
        sample = documents::render(document).expect("renders");
    }
    let one_core = started.elapsed();
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let started = Instant::now();
    std::thread::scope(|scope| {
        for chunk in documents.chunks(documents.len().div_ceil(cores)) {
            scope.spawn(move || {
                for document in chunk {
                    documents::render(document).expect("renders");
                }
            });
        }
    });
    let all_cores = started.elapsed();
    println!(
        "portal (krilla, tagged PDF/A-2a): {} letters, {:.1} letters/s on one core ({:.1} ms each), \
         {:.1} letters/s on {cores} cores; {} KiB each",
        documents.len(),
        per_second(documents.len(), one_core),
        one_core.as_secs_f64() * 1000.0 / documents.len() as f64,
        per_second(documents.len(), all_cores),
        sample.len() / 1024,
    );
    sample
}

/// The letter's text as HTML, the way an office-suite pipeline would get it.
fn html_of(pdf_text: &str) -> String {
    let body: String = pdf_text
        .split("\n\n")
        .map(|paragraph| {
            let escaped = paragraph
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            format!("<p>{escaped}</p>\n")
        })
        .collect();
    format!(
        "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Bescheid</title>\
         </head><body>{body}</body></html>"
    )
}

fn libreoffice(sample: &[u8]) {
    if Command::new("soffice").arg("--version").output().is_err() {
        println!("libreoffice: skipped (apt-get install libreoffice-writer-nogui)");
        return;
    }
    let folder = tempfile::tempdir().expect("temporary folder");
    let pdf = folder.path().join("sample.pdf");
    std::fs::write(&pdf, sample).expect("write sample");
    let text = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).into_owned())
        .unwrap_or_else(|_| REASONS.repeat(3));
    let html = html_of(&text);
    let inputs: Vec<_> = (0..BATCH)
        .map(|i| {
            let path = folder.path().join(format!("bescheid-{i}.html"));
            std::fs::write(&path, &html).expect("write input");
            path
        })
        .collect();
    let profile = format!(
        "-env:UserInstallation=file://{}/profile",
        folder.path().display()
    );
    let filter = r#"pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},"UseTaggedPDF":{"type":"boolean","value":"true"}}"#;
    let convert = |files: &[std::path::PathBuf]| {
        let out = folder.path().join("out");
        let started = Instant::now();
        let status = Command::new("soffice")
            .arg(&profile)
            .args([
                "--headless",
                "--infilter=HTML (StarWriter)",
                "--convert-to",
                filter,
            ])
            .arg("--outdir")
            .arg(&out)
            .args(files)
            .output()
            .expect("soffice runs");
        let took = started.elapsed();
        assert!(
            status.status.success(),
            "{}",
            String::from_utf8_lossy(&status.stderr)
        );
        let made = std::fs::read_dir(&out).map(|dir| dir.count()).unwrap_or(0);
        (took, made)
    };
    // The first start creates the profile; a server would have one.
    convert(&inputs[..1]);
    let (single, _) = convert(&inputs[..1]);
    let (batch, made) = convert(&inputs);
    println!(
        "libreoffice {} (headless, tagged PDF/A-2): one letter per call {:.0} ms \
         ({:.2} letters/s); {BATCH} letters in one call {:.1} letters/s ({made} files)",
        String::from_utf8_lossy(
            &Command::new("soffice")
                .arg("--version")
                .output()
                .map(|o| o.stdout)
                .unwrap_or_default()
        )
        .split_whitespace()
        .nth(1)
        .unwrap_or("?"),
        single.as_secs_f64() * 1000.0,
        per_second(1, single),
        per_second(BATCH, batch),
    );
}

fn main() {
    let documents = letters(LETTERS);
    let sample = portal(&documents);
    libreoffice(&sample);
}
