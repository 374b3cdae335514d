//! The rendered file, read back by poppler (pdfinfo, pdftotext) and checked by qpdf: what a
//! PDF reader and a screen reader get from it.

use std::process::Command;

use documents::{Block, Document, Fact, Letterhead, Part, address_window, render};

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

fn letter() -> Document {
    let fact = |label: &str, value: &str| Fact {
        label: label.into(),
        lines: vec![value.into()],
    };
    let reasoning =
        "Die beantragte Erdwärmebohrung liegt außerhalb von Wasserschutzgebieten. ".repeat(12);
    Document {
        title: "Bescheid KU-2026-000001".into(),
        lang: "de".into(),
        created: time::macros::datetime!(2026-04-02 09:30 UTC),
        parts: vec![
            Part {
                lang: "de".into(),
                right_to_left: false,
                page_label: "Seite {page} von {pages}".into(),
                blocks: vec![
                    Block::Letterhead(Letterhead {
                        sender: vec![
                            "Kreis Unna – Der Landrat".into(),
                            "Untere Wasserbehörde".into(),
                        ],
                        return_line: "Kreis Unna · Friedrich-Ebert-Straße 17 · 59425 Unna".into(),
                        address: vec![
                            "Frau".into(),
                            "Selin Yıldız".into(),
                            "Musterweg 3".into(),
                            "59423 Unna".into(),
                        ],
                        information: vec![
                            fact("Aktenzeichen", "66.10-2026-0007"),
                            fact("Ihr Antrag vom", "10.03.2026"),
                            fact("Datum", "02.04.2026"),
                        ],
                        footer: vec![
                            vec!["Kreis Unna".into(), "Friedrich-Ebert-Straße 17".into()],
                            vec![
                                "Sparkasse Unna".into(),
                                "IBAN DE02 4405 0199 0000 0000 17".into(),
                            ],
                        ],
                    }),
                    Block::Heading {
                        level: 1,
                        text: "Bescheid über Ihren Antrag KU-2026-000001".into(),
                    },
                    Block::Paragraph("Sehr geehrte Frau Yıldız,".into()),
                    Block::Paragraph(reasoning),
                ],
            },
            Part {
                lang: "ar".into(),
                right_to_left: true,
                page_label: "الصفحة {page} من {pages}".into(),
                blocks: vec![Block::Heading {
                    level: 1,
                    text: "معلومات حول هذه الرسالة".into(),
                }],
            },
        ],
    }
}

/// Words `pdftotext -bbox` finds on the first page, with their boxes (points from the top left).
fn words_on_first_page(file: &str) -> Option<Vec<(String, [f32; 4])>> {
    let html = tool("pdftotext", &["-bbox", "-f", "1", "-l", "1", file, "-"])?;
    let attribute = |tag: &str, name: &str| -> f32 {
        let start = tag.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
        tag[start..].split('"').next().unwrap().parse().unwrap()
    };
    Some(
        html.split("<word ")
            .skip(1)
            .map(|tag| {
                let text = tag.split('>').nth(1).unwrap().split('<').next().unwrap();
                let bbox = ["xMin", "yMin", "xMax", "yMax"].map(|name| attribute(tag, name));
                (text.to_owned(), bbox)
            })
            .collect(),
    )
}

#[test]
fn a_letter_puts_the_address_in_the_window_and_reads_in_din_5008_order() {
    let bytes = render(&letter()).expect("renders");
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("bescheid.pdf");
    std::fs::write(&path, &bytes).unwrap();
    if let Some(copy) = std::env::var_os("KREISPORTAL_KEEP_LETTER") {
        std::fs::write(copy, &bytes).unwrap();
    }
    let file = path.to_str().unwrap();
    let Some(words) = words_on_first_page(file) else {
        return;
    };
    let (left, top, right, bottom) = address_window();
    let within_window = |word: &str| {
        let (_, [x0, y0, x1, y1]) = words
            .iter()
            .find(|(text, _)| text == word)
            .unwrap_or_else(|| panic!("{word} on the first page"));
        *x0 >= left && *x1 <= right && *y0 >= top && *y1 <= bottom
    };
    for word in [
        "Selin",
        "Yıldız",
        "Musterweg",
        "59423",
        "Friedrich-Ebert-Straße",
    ] {
        assert!(within_window(word), "{word} inside the window");
    }
    for word in ["Aktenzeichen", "66.10-2026-0007", "Bescheid", "Sparkasse"] {
        assert!(!within_window(word), "{word} outside the window");
    }
    let (_, file_number) = words.iter().find(|(t, _)| t == "66.10-2026-0007").unwrap();
    assert!(
        file_number[0] >= 125.0 * 72.0 / 25.4,
        "information block from 125 mm"
    );
    let (_, subject) = words.iter().find(|(t, _)| t == "Bescheid").unwrap();
    assert!(subject[1] > bottom, "the subject below the address field");
    let (_, bank) = words.iter().find(|(t, _)| t == "Sparkasse").unwrap();
    let lowest_body_line = words
        .iter()
        .filter(|(t, _)| t == "Wasserschutzgebieten.")
        .map(|(_, b)| b[3])
        .fold(0.0, f32::max);
    assert!(lowest_body_line < bank[1], "the body ends above the footer");

    let text = tool(
        "pdftotext",
        &["-enc", "UTF-8", "-f", "1", "-l", "1", file, "-"],
    )
    .unwrap();
    let order: Vec<usize> = [
        "Kreis Unna – Der Landrat",
        "Musterweg 3",
        "Bescheid über Ihren Antrag",
        "Sehr geehrte Frau Yıldız,",
    ]
    .iter()
    .map(|part| {
        text.find(part)
            .unwrap_or_else(|| panic!("{part} in:\n{text}"))
    })
    .collect();
    assert!(order.is_sorted(), "{order:?} in:\n{text}");

    let structure = tool("pdfinfo", &["-struct-text", file]).unwrap();
    assert!(structure.contains("Div"), "{structure}");
    assert!(structure.contains("\"Aktenzeichen\""), "{structure}");
    let check = tool("qpdf", &["--check", file]).unwrap();
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{check}"
    );
}
