//! The rendered file, read back by poppler (pdfinfo, pdftotext) and checked by qpdf: what a
//! PDF reader and a screen reader get from it.

use std::process::Command;

use documents::{Block, Document, Fact, Part, render};

fn sample() -> Document {
    let mut answers: Vec<Fact> = (1..=40)
        .map(|i| Fact {
            label: format!("Bohrung {i}, Tiefe"),
            lines: vec![format!("{i}0,5 m")],
        })
        .collect();
    answers.push(Fact {
        label: "Anschrift".into(),
        lines: vec!["Bahnhofstraße 12".into(), "59423 Unna".into()],
    });
    Document {
        title: "Eingangsbestätigung KU-2026-000001".into(),
        lang: "de".into(),
        created: time::macros::datetime!(2026-03-10 11:00 UTC),
        parts: vec![
            Part {
                lang: "de".into(),
                right_to_left: false,
                page_label: "Seite {page} von {pages}".into(),
                blocks: vec![
                    Block::Heading {
                        level: 1,
                        text: "Eingangsbestätigung".into(),
                    },
                    Block::Facts(vec![Fact {
                        label: "Referenznummer".into(),
                        lines: vec!["KU-2026-000001".into()],
                    }]),
                    Block::Heading {
                        level: 2,
                        text: "Ihre Angaben".into(),
                    },
                    Block::Facts(answers),
                    Block::Paragraph("Diese Bestätigung wurde maschinell erstellt.".into()),
                ],
            },
            Part {
                lang: "ar".into(),
                right_to_left: true,
                page_label: "الصفحة {page} من {pages}".into(),
                blocks: vec![
                    Block::Heading {
                        level: 1,
                        text: "تأكيد الاستلام".into(),
                    },
                    Block::Facts(vec![Fact {
                        label: "الرقم المرجعي".into(),
                        lines: vec!["KU-2026-000001".into()],
                    }]),
                ],
            },
        ],
    }
}

fn tool(program: &str, args: &[&str]) -> Option<String> {
    match Command::new(program).args(args).output() {
        Ok(output) => {
            assert!(
                output.status.success(),
                "{program} failed: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            Some(String::from_utf8_lossy(&output.stdout).into_owned())
        }
        Err(_) if std::env::var_os("CI").is_some() => {
            panic!("CI needs {program} (apt-get install poppler-utils qpdf)")
        }
        Err(_) => {
            eprintln!("SKIPPED: {program} is not installed (apt-get install poppler-utils qpdf)");
            None
        }
    }
}

#[test]
fn the_receipt_is_a_tagged_pdf_whose_text_reads_back_in_both_languages() {
    let bytes = render(&sample()).expect("renders");
    assert!(bytes.starts_with(b"%PDF-1.7"));
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("bestaetigung.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let file = path.to_str().unwrap();
    if let Some(copy) = std::env::var_os("KREISPORTAL_KEEP_PDF") {
        std::fs::write(copy, &bytes).unwrap();
    }

    let Some(info) = tool("pdfinfo", &[file]) else {
        return;
    };
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(
        info.contains("Title:           Eingangsbestätigung KU-2026-000001"),
        "{info}"
    );
    let pages: usize = info
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count");
    assert!(
        pages >= 3,
        "40 answers need more than a page, Arabic starts a new one: {pages}"
    );

    let text = tool("pdftotext", &["-enc", "UTF-8", file, "-"]).unwrap();
    for expected in [
        "Eingangsbestätigung",
        "KU-2026-000001",
        "Bohrung 40, Tiefe",
        "400,5 m",
        "59423 Unna",
        &format!("Seite {} von {pages}", pages - 1),
    ] {
        assert!(text.contains(expected), "{expected} in:\n{text}");
    }

    let structure = tool("pdfinfo", &["-struct-text", file]).unwrap();
    for element in [
        "Part",
        "H1",
        "H2",
        "Table",
        "TR",
        "TH:",
        "/Scope /Row",
        "TD",
        "P (block)",
    ] {
        assert!(structure.contains(element), "{element} in:\n{structure}");
    }
    assert!(
        structure.contains("\"Bohrung 40, Tiefe\""),
        "the label is in its header cell"
    );
    let check = tool("qpdf", &["--check", file]).unwrap();
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{check}"
    );

    // Arabic lines carry their text in logical order as /ActualText (poppler reorders that on
    // extraction, so the uncompressed file is searched instead).
    let plain = folder.path().join("plain.pdf");
    tool(
        "qpdf",
        &[
            "--qdf",
            "--object-streams=disable",
            file,
            plain.to_str().unwrap(),
        ],
    )
    .unwrap();
    let raw = String::from_utf8_lossy(&std::fs::read(&plain).unwrap()).to_lowercase();
    let utf16: String = std::iter::once(0xFEFF_u16)
        .chain("تأكيد الاستلام".encode_utf16())
        .map(|unit| format!("{unit:04x}"))
        .collect();
    assert!(
        raw.contains(&format!("/actualtext<{utf16}>")),
        "the Arabic title as actual text"
    );
}
