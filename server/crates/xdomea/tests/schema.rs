//! Every message validates against the official xdomea 3.0.0 schemas (with xmllint, Debian's
//! libxml2-utils), and a broken one does not.

use std::path::Path;
use std::process::Command;

use time::macros::{date, datetime};
use xdomea::{
    AkteRecord, CaseRecord, DocumentRecord, Export, Sender, VersionRecord, aussonderung_0503,
};

fn version(number: u32, name: &str, media_type: &str) -> VersionRecord {
    VersionRecord {
        number,
        file_name: name.to_owned(),
        media_type: media_type.to_owned(),
        storage_key: format!("drafts/abc/{number}-{name}"),
    }
}

fn export() -> Export {
    Export {
        tenant: "kreis-unna".into(),
        process_id: "6f1c2a4e-5b7d-4e8f-9a0b-1c2d3e4f5a6b".into(),
        created_at: datetime!(2036-01-15 10:30:00 UTC),
        sender: Sender {
            institution: "Kreis Unna".into(),
            unit: "53 Gesundheitsamt".into(),
        },
        recipient: "Kreisarchiv Unna".into(),
        system_version: "0.1.0".into(),
        akte: AkteRecord {
            id: 7,
            aktenzeichen: "53.40.20-0001/2026".into(),
            title: "Belehrung Brinkhoff & Söhne <Bäckerei>".into(),
            plan_key: "53.40.20".into(),
            plan_title: "Belehrungen nach § 43 Infektionsschutzgesetz".into(),
            retention_years: 10,
            confidential: true,
            archival_value: false,
            opened_on: date!(2026 - 05 - 04),
            cases: vec![CaseRecord {
                id: 3,
                reference: "KU-2026-000001".into(),
                subject: "Belehrung nach § 43 IfSG".into(),
                documents: vec![
                    DocumentRecord {
                        id: 11,
                        title: "Teilnahmebescheinigung".into(),
                        versions: vec![
                            version(1, "Bescheinigung Ärztin.pdf", "application/pdf"),
                            version(2, "Bescheinigung neu.pdf", "application/pdf"),
                        ],
                    },
                    DocumentRecord {
                        id: 12,
                        title: "Foto".into(),
                        versions: vec![version(1, "foto.jpg", "image/jpeg")],
                    },
                ],
            }],
            documents: vec![DocumentRecord {
                id: 13,
                title: "Vermerk".into(),
                versions: vec![version(1, "vermerk.png", "image/png")],
            }],
        },
    }
}

fn validate(xml: &str) -> Result<(), String> {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("nachricht.xml");
    std::fs::write(&path, xml).unwrap();
    let schema = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schemas/3.0.0/xdomea-Nachrichten-AussonderungDurchfuehren.xsd");
    let output = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(&schema)
        .arg(&path)
        .output()
        .expect("xmllint (Debian package libxml2-utils) runs");
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

#[test]
fn an_akte_with_cases_documents_and_versions_validates() {
    let message = aussonderung_0503(&export());
    validate(&message.xml).unwrap_or_else(|errors| panic!("{errors}\n{}", message.xml));
    assert_eq!(
        message.file_name,
        "6f1c2a4e-5b7d-4e8f-9a0b-1c2d3e4f5a6b_Aussonderung.Aussonderung.0503.xml"
    );
    assert!(
        message
            .xml
            .contains("<xdomea:Kennzeichen>53.40.20-0001/2026</xdomea:Kennzeichen>")
    );
    assert!(
        message
            .xml
            .contains("Brinkhoff &amp; Söhne &lt;Bäckerei&gt;")
    );
    assert!(
        message.xml.contains("<code>002</code>"),
        "confidential: nur für den Dienstgebrauch"
    );
    assert_eq!(message.files.len(), 4, "every version's file");
    assert!(message.files[0].name.ends_with("_Bescheinigung Ärztin.pdf"));
    assert_eq!(
        message.files[0].storage_key,
        "drafts/abc/1-Bescheinigung Ärztin.pdf"
    );
    for file in &message.files {
        assert!(message.xml.contains(&format!(
            "<xdomea:Dateiname>{}</xdomea:Dateiname>",
            file.name
        )));
    }
    assert_eq!(
        aussonderung_0503(&export()).xml,
        message.xml,
        "the same Akte gives the same message"
    );
}

#[test]
fn a_broken_message_does_not_validate() {
    let xml = aussonderung_0503(&export())
        .xml
        .replace("<xdomea:AnzahlJahre>10<", "<xdomea:AnzahlJahre>zehn<");
    let errors = validate(&xml).expect_err("a retention of 'zehn' years is refused");
    assert!(errors.contains("AnzahlJahre"), "{errors}");
}
