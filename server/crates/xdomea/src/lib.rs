//! xdomea 3.0 for the e-Akte: the Aussonderung message 0503 that hands an Akte (its cases as
//! Vorgänge, its documents with every version) to the archive, and the zip package with the
//! primary documents. Pure: the caller loads the Akte and the files and writes nothing here.
//!
//! Identifiers are derived from the tenant and the objects' numbers (SHA-256, shaped as a
//! UUID), so exporting an Akte twice names everything the same way; only the process id is new
//! each time.

mod zip;

use std::fmt::Write as _;

use sha2::{Digest, Sha256};
use time::{Date, OffsetDateTime};

pub use zip::stored_zip;

/// Who sends the message.
#[derive(Debug, Clone)]
pub struct Sender {
    /// The authority, e.g. "Kreis Unna".
    pub institution: String,
    /// The unit the Akte belongs to, e.g. "53 Gesundheitsamt".
    pub unit: String,
}

#[derive(Debug, Clone)]
pub struct VersionRecord {
    pub number: u32,
    pub file_name: String,
    pub media_type: String,
    /// Where the caller finds the file (passed through to the package's file list).
    pub storage_key: String,
}

#[derive(Debug, Clone)]
pub struct DocumentRecord {
    /// Unique within the tenant (the storage id).
    pub id: i64,
    pub title: String,
    pub versions: Vec<VersionRecord>,
}

/// A case of the Akte, exported as a Vorgang.
#[derive(Debug, Clone)]
pub struct CaseRecord {
    pub id: i64,
    /// The submission's reference, e.g. `KU-2026-000123`.
    pub reference: String,
    pub subject: String,
    pub documents: Vec<DocumentRecord>,
}

#[derive(Debug, Clone)]
pub struct AkteRecord {
    pub id: i64,
    pub aktenzeichen: String,
    pub title: String,
    pub plan_key: String,
    pub plan_title: String,
    pub retention_years: u32,
    /// Confidential Akten are exported as "nur für den Dienstgebrauch" (code 002).
    pub confidential: bool,
    /// The authority's proposal: worth archiving (A) or to be destroyed (V).
    pub archival_value: bool,
    pub opened_on: Date,
    pub cases: Vec<CaseRecord>,
    /// Documents filed without a case: xdomea puts an Akte's content either in Vorgänge or
    /// in documents, so these go into one more Vorgang of their own.
    pub documents: Vec<DocumentRecord>,
}

#[derive(Debug, Clone)]
pub struct Export {
    /// Names the tenant in the derived identifiers.
    pub tenant: String,
    /// A fresh UUID for this hand-over.
    pub process_id: String,
    pub created_at: OffsetDateTime,
    pub sender: Sender,
    /// The archive, e.g. "Kreisarchiv Unna".
    pub recipient: String,
    pub system_version: String,
    pub akte: AkteRecord,
}

/// A primary document in the package: its name there and where the caller finds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageFile {
    pub name: String,
    pub storage_key: String,
}

/// The message and the files that belong beside it in the package.
#[derive(Debug, Clone)]
pub struct Message {
    pub file_name: String,
    pub xml: String,
    pub files: Vec<PackageFile>,
}

/// A UUID-shaped identifier derived from the tenant and what it names.
fn derived_id(tenant: &str, what: &str) -> String {
    let digest = Sha256::digest(format!("kreisportal:{tenant}:{what}").as_bytes());
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Control characters are not allowed in XML 1.0.
            c if c.is_control() && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

/// The xdomea file format code of a media type (code list Dateiformat 1.0).
fn format_code(media_type: &str) -> &'static str {
    match media_type {
        "image/jpeg" => "011",
        "image/png" => "019",
        _ => "018",
    }
}

/// A file name safe inside a zip and in the pattern xdomea asks for (`<uuid>_<name>`).
fn package_name(id: &str, file_name: &str) -> String {
    let clean: String = file_name
        .chars()
        .map(|c| {
            if c == '/' || c == '\\' || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    format!("{id}_{clean}")
}

fn date(day: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        day.year(),
        u8::from(day.month()),
        day.day()
    )
}

struct Writer<'a> {
    export: &'a Export,
    xml: String,
    files: Vec<PackageFile>,
}

impl Writer<'_> {
    fn line(&mut self, text: &str) {
        self.xml.push_str(text);
        self.xml.push('\n');
    }

    fn element(&mut self, name: &str, text: &str) {
        let _ = writeln!(self.xml, "<xdomea:{name}>{}</xdomea:{name}>", escape(text));
    }

    fn code(&mut self, name: &str, list: &str, version: &str, code: &str) {
        let _ = writeln!(
            self.xml,
            "<xdomea:{name} listURI=\"{list}\" listVersionID=\"{version}\"><code>{code}</code></xdomea:{name}>"
        );
    }

    fn identification(&mut self, what: &str) {
        let id = derived_id(&self.export.tenant, what);
        self.line("<xdomea:Identifikation>");
        self.element("ID", &id);
        self.line("</xdomea:Identifikation>");
    }

    fn archival(&mut self) {
        let akte = &self.export.akte;
        self.line("<xdomea:ArchivspezifischeMetadaten>");
        self.line("<xdomea:Aufbewahrungsdauer>");
        self.element("AnzahlJahre", &akte.retention_years.to_string());
        self.line("</xdomea:Aufbewahrungsdauer>");
        self.line("<xdomea:Aussonderungsart>");
        // B: the archive appraises it.
        self.code(
            "Aussonderungsart",
            "urn:xoev-de:xdomea:codeliste:aussonderungsart",
            "1.0",
            "B",
        );
        self.line("</xdomea:Aussonderungsart>");
        let proposal = if akte.archival_value { "A" } else { "V" };
        self.code(
            "Bewertungsvorschlag",
            "urn:xoev-de:xdomea:codeliste:bewertungsvorschlag",
            "1.0",
            proposal,
        );
        self.line("</xdomea:ArchivspezifischeMetadaten>");
    }

    fn document(&mut self, document: &DocumentRecord) {
        self.line("<xdomea:Dokument>");
        self.identification(&format!("dokument:{}", document.id));
        self.line("<xdomea:AllgemeineMetadaten>");
        self.element("Betreff", &document.title);
        self.line("</xdomea:AllgemeineMetadaten>");
        for version in &document.versions {
            let id = derived_id(
                &self.export.tenant,
                &format!("dokument:{}:{}", document.id, version.number),
            );
            let name = package_name(&id, &version.file_name);
            self.line("<xdomea:Version>");
            self.element("Nummer", &version.number.to_string());
            self.line("<xdomea:Format>");
            self.code(
                "Name",
                "urn:xoev-de:xdomea:codeliste:dateiformat",
                "1.0",
                format_code(&version.media_type),
            );
            self.element("Version", "");
            self.line("<xdomea:Primaerdokument>");
            self.element("Dateiname", &name);
            self.line("</xdomea:Primaerdokument>");
            self.line("</xdomea:Format>");
            self.line("</xdomea:Version>");
            self.files.push(PackageFile {
                name,
                storage_key: version.storage_key.clone(),
            });
        }
        self.line("</xdomea:Dokument>");
    }

    fn head(&mut self) {
        let export = self.export;
        self.line("<xdomea:Kopf>");
        self.element("ProzessID", &export.process_id);
        self.code(
            "Nachrichtentyp",
            "urn:xoev-de:xdomea:codeliste:nachrichtentyp",
            "2.0",
            "0503",
        );
        let at = export.created_at;
        let _ = writeln!(
            self.xml,
            "<xdomea:Erstellungszeitpunkt>{}T{:02}:{:02}:{:02}</xdomea:Erstellungszeitpunkt>",
            date(at.date()),
            at.hour(),
            at.minute(),
            at.second()
        );
        self.line("<xdomea:Absender>");
        self.line("<xdomea:Institution>");
        self.element("Name", &export.sender.institution);
        self.line("</xdomea:Institution>");
        self.line("<xdomea:Organisationseinheit>");
        self.element("Name", &export.sender.unit);
        self.line("</xdomea:Organisationseinheit>");
        self.line("</xdomea:Absender>");
        self.line("<xdomea:Empfaenger>");
        self.line("<xdomea:Institution>");
        self.element("Name", &export.recipient);
        self.line("</xdomea:Institution>");
        self.line("</xdomea:Empfaenger>");
        self.line("<xdomea:SendendesSystem>");
        self.element("InstanzID", &derived_id(&export.tenant, "system"));
        self.element("Produktname", "Kreisportal");
        self.element("Version", &export.system_version);
        self.line("</xdomea:SendendesSystem>");
        self.element("Importbestaetigung", "1");
        self.element("RueckmeldungArchivkennung", "1");
        self.element("Empfangsbestaetigung", "1");
        self.line("</xdomea:Kopf>");
    }

    fn vorgang(
        &mut self,
        what: &str,
        subject: &str,
        reference: Option<&str>,
        documents: &[DocumentRecord],
    ) {
        self.line("<xdomea:Vorgang>");
        self.identification(what);
        self.line("<xdomea:AllgemeineMetadaten>");
        self.element("Betreff", subject);
        if let Some(reference) = reference {
            self.element("Kennzeichen", reference);
        }
        self.line("</xdomea:AllgemeineMetadaten>");
        self.archival();
        for document in documents {
            self.document(document);
        }
        self.line("</xdomea:Vorgang>");
    }

    fn akte(&mut self) {
        let akte = &self.export.akte;
        self.line("<xdomea:Schriftgutobjekt>");
        self.line("<xdomea:Akte>");
        self.identification(&format!("akte:{}", akte.id));
        self.line("<xdomea:AllgemeineMetadaten>");
        self.element("Betreff", &akte.title);
        self.element("Kennzeichen", &akte.aktenzeichen);
        let level = if akte.confidential { "002" } else { "003" };
        self.code(
            "Vertraulichkeitsstufe",
            "urn:xoev-de:xdomea:codeliste:vertraulichkeitsstufe",
            "1.0",
            level,
        );
        self.line("<xdomea:Aktenplaneinheit>");
        self.element("Kennzeichen", &akte.plan_key);
        self.element("Inhaltsangabe", &akte.plan_title);
        self.line("</xdomea:Aktenplaneinheit>");
        self.line("</xdomea:AllgemeineMetadaten>");
        self.archival();
        self.line("<xdomea:Laufzeit>");
        self.element("Beginn", &date(akte.opened_on));
        self.line("</xdomea:Laufzeit>");
        self.line("<xdomea:Akteninhalt>");
        for case in &akte.cases {
            self.vorgang(
                &format!("vorgang:{}", case.id),
                &case.subject,
                Some(&case.reference),
                &case.documents,
            );
        }
        if !akte.documents.is_empty() {
            self.vorgang(
                &format!("akte:{}:ohne-vorgang", akte.id),
                "Schriftstücke ohne Vorgang",
                None,
                &akte.documents,
            );
        }
        self.line("</xdomea:Akteninhalt>");
        self.line("</xdomea:Akte>");
        self.line("</xdomea:Schriftgutobjekt>");
    }
}

/// The Aussonderung message 0503 for the Akte, and the files that go beside it.
pub fn aussonderung_0503(export: &Export) -> Message {
    let mut writer = Writer {
        export,
        xml: String::new(),
        files: Vec::new(),
    };
    writer.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    writer.line(
        "<xdomea:Aussonderung.Aussonderung.0503 xmlns:xdomea=\"urn:xoev-de:xdomea:schema:3.0.0\">",
    );
    writer.head();
    writer.akte();
    writer.line("</xdomea:Aussonderung.Aussonderung.0503>");
    Message {
        file_name: format!("{}_Aussonderung.Aussonderung.0503.xml", export.process_id),
        xml: writer.xml,
        files: writer.files,
    }
}

/// The package's file name for a process.
pub fn package_file_name(process_id: &str) -> String {
    format!("{process_id}_Aussonderung.Aussonderung.0503.zip")
}
