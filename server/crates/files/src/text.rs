//! Text of documents for the search, with the tools Debian packages: `pdftotext` (poppler) for
//! PDFs with a text layer, and Tesseract (German) for scans and photos: `pdftoppm` renders a
//! scanned PDF's first pages, Tesseract reads them. Each tool is optional; what is missing is
//! logged once at start and its files are found by title and metadata only.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use async_trait::async_trait;
use services::text_extraction::{ExtractError, TextExtractor, plain_text};
use tokio::process::Command;

/// A tool that has not answered by then is stopped; its document stays unreadable.
const TOOL_TIMEOUT: Duration = Duration::from_secs(60);
/// Pages of a scanned PDF that are read; the beginning finds the document.
const OCR_PAGES: u32 = 10;
/// The width of a first page's preview, in pixels: readable on the case page, small to send.
const PREVIEW_WIDTH: &str = "900";
/// A PDF whose text layer has fewer letters than this is treated as a scan.
const MIN_LETTERS_OF_A_TEXT_PDF: usize = 20;

#[derive(Debug, Clone, Default)]
pub struct CommandLineExtractor {
    pdftotext: Option<PathBuf>,
    pdftoppm: Option<PathBuf>,
    /// Only when its German model is installed.
    tesseract: Option<PathBuf>,
}

impl CommandLineExtractor {
    /// Finds the tools on `PATH`.
    pub fn detect() -> CommandLineExtractor {
        let tesseract = find_on_path("tesseract").filter(|path| has_german_model(path));
        CommandLineExtractor {
            pdftotext: find_on_path("pdftotext"),
            pdftoppm: find_on_path("pdftoppm"),
            tesseract,
        }
    }

    /// The tools found, for the start-up log.
    pub fn found(&self) -> Vec<&'static str> {
        [
            ("pdftotext", self.pdftotext.is_some()),
            ("pdftoppm", self.pdftoppm.is_some()),
            ("tesseract", self.tesseract.is_some()),
        ]
        .into_iter()
        .filter_map(|(name, found)| found.then_some(name))
        .collect()
    }

    pub fn reads_scans(&self) -> bool {
        self.tesseract.is_some()
    }

    async fn pdf(&self, folder: &Path, content: &[u8]) -> Result<Option<String>, ExtractError> {
        let Some(pdftotext) = &self.pdftotext else {
            return Ok(None);
        };
        let input = folder.join("dokument.pdf");
        tokio::fs::write(&input, content).await.map_err(io)?;
        let text = run(Command::new(pdftotext)
            .args(["-q", "-enc", "UTF-8"])
            .arg(&input)
            .arg("-"))
        .await?;
        if letters(&text) >= MIN_LETTERS_OF_A_TEXT_PDF {
            return Ok(Some(text));
        }
        match (&self.pdftoppm, &self.tesseract) {
            (Some(pdftoppm), Some(_)) => {
                let prefix = folder.join("seite");
                run(Command::new(pdftoppm)
                    .args(["-q", "-r", "200", "-gray", "-png", "-l"])
                    .arg(OCR_PAGES.to_string())
                    .arg(&input)
                    .arg(&prefix))
                .await?;
                let mut pages = page_images(folder).await?;
                pages.sort();
                let mut words = String::new();
                for page in pages {
                    words.push_str(&self.ocr(&page).await?);
                    words.push('\n');
                }
                Ok(Some(words))
            }
            _ => Ok(Some(text)),
        }
    }

    async fn ocr(&self, image: &Path) -> Result<String, ExtractError> {
        let Some(tesseract) = &self.tesseract else {
            return Ok(String::new());
        };
        run(Command::new(tesseract)
            .arg(image)
            .args(["stdout", "-l", "deu", "quiet"]))
        .await
    }
}

#[async_trait]
impl TextExtractor for CommandLineExtractor {
    async fn extract(
        &self,
        content: &[u8],
        media_type: &str,
    ) -> Result<Option<String>, ExtractError> {
        if let Some(text) = plain_text(content, media_type) {
            return Ok(Some(text));
        }
        let folder = tempfile::tempdir().map_err(io)?;
        match media_type {
            "application/pdf" => self.pdf(folder.path(), content).await,
            "image/png" | "image/jpeg" if self.tesseract.is_some() => {
                let image = folder.path().join("bild");
                tokio::fs::write(&image, content).await.map_err(io)?;
                self.ocr(&image).await.map(Some)
            }
            _ => Ok(None),
        }
    }

    fn renders_pages(&self) -> bool {
        self.pdftoppm.is_some()
    }

    async fn first_page_png(&self, pdf: &[u8]) -> Result<Option<Vec<u8>>, ExtractError> {
        let Some(pdftoppm) = &self.pdftoppm else {
            return Ok(None);
        };
        let folder = tempfile::tempdir().map_err(io)?;
        let input = folder.path().join("dokument.pdf");
        tokio::fs::write(&input, pdf).await.map_err(io)?;
        let output = folder.path().join("vorschau");
        run(Command::new(pdftoppm)
            .args([
                "-q",
                "-png",
                "-singlefile",
                "-f",
                "1",
                "-l",
                "1",
                "-scale-to-x",
            ])
            .arg(PREVIEW_WIDTH)
            .args(["-scale-to-y", "-1"])
            .arg(&input)
            .arg(&output))
        .await?;
        tokio::fs::read(output.with_extension("png"))
            .await
            .map(Some)
            .map_err(io)
    }
}

/// Runs a tool to its end (or its timeout) and returns what it wrote, read as UTF-8.
async fn run(command: &mut Command) -> Result<String, ExtractError> {
    let child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .map_err(io)?;
    let output = tokio::time::timeout(TOOL_TIMEOUT, child.wait_with_output())
        .await
        .map_err(|_| ExtractError("a text tool did not finish in time".into()))?
        .map_err(io)?;
    if !output.status.success() {
        return Err(ExtractError(format!(
            "a text tool failed with {}",
            output.status
        )));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

async fn page_images(folder: &Path) -> Result<Vec<PathBuf>, ExtractError> {
    let mut pages = Vec::new();
    let mut entries = tokio::fs::read_dir(folder).await.map_err(io)?;
    while let Some(entry) = entries.next_entry().await.map_err(io)? {
        let path = entry.path();
        if path.extension().is_some_and(|extension| extension == "png") {
            pages.push(path);
        }
    }
    Ok(pages)
}

fn letters(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphabetic()).count()
}

fn find_on_path(tool: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|folder| folder.join(tool))
            .find(|candidate| candidate.is_file())
    })
}

fn has_german_model(tesseract: &Path) -> bool {
    std::process::Command::new(tesseract)
        .arg("--list-langs")
        .stderr(Stdio::null())
        .output()
        .is_ok_and(|output| {
            String::from_utf8_lossy(&output.stdout)
                .lines()
                .any(|line| line.trim() == "deu")
        })
}

fn io(error: std::io::Error) -> ExtractError {
    ExtractError(error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{PAGE, pdf_of, stream, text_pdf};

    /// The same page as a scan: only a grey image of it, rendered by pdftoppm, without text.
    fn scanned_pdf(words: &str) -> Vec<u8> {
        let folder = tempfile::tempdir().expect("temporary folder");
        let input = folder.path().join("text.pdf");
        std::fs::write(&input, text_pdf(words)).expect("write");
        let output = std::process::Command::new("pdftoppm")
            .args(["-r", "200", "-gray", "-singlefile"])
            .arg(&input)
            .arg(folder.path().join("scan"))
            .status()
            .expect("pdftoppm runs");
        assert!(output.success());
        let pgm = std::fs::read(folder.path().join("scan.pgm")).expect("the scan");
        // "P5\n<width> <height>\n255\n" then one byte per pixel.
        let header: Vec<&[u8]> = pgm.splitn(5, |b| b.is_ascii_whitespace()).collect();
        let number = |part: &[u8]| -> usize {
            std::str::from_utf8(part)
                .expect("ascii")
                .parse()
                .expect("number")
        };
        let (width, height) = (number(header[1]), number(header[2]));
        let pixels = &pgm[pgm.len() - width * height..];
        pdf_of(&[
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
            PAGE.as_bytes().to_vec(),
            stream("", b"q 600 0 0 100 0 0 cm /Im1 Do Q"),
            stream(
                &format!(
                    "/Type /XObject /Subtype /Image /Width {width} /Height {height} \
                     /ColorSpace /DeviceGray /BitsPerComponent 8"
                ),
                pixels,
            ),
        ])
    }

    #[tokio::test]
    async fn the_text_layer_of_a_pdf_is_read() {
        let extractor = CommandLineExtractor::detect();
        assert!(
            extractor.pdftotext.is_some(),
            "pdftotext is installed for the tests"
        );
        let text = extractor
            .extract(
                &text_pdf("Gebuehrenbescheid fuer die Brunnenbohrung"),
                "application/pdf",
            )
            .await
            .expect("extract")
            .expect("a PDF has text");
        assert!(
            text.contains("Gebuehrenbescheid fuer die Brunnenbohrung"),
            "{text:?}"
        );
    }

    #[tokio::test]
    async fn plain_text_needs_no_tool_and_unknown_kinds_have_none() {
        let extractor = CommandLineExtractor::default();
        let text = extractor
            .extract("Grüße aus Unna".as_bytes(), "text/plain")
            .await
            .expect("extract");
        assert_eq!(text.as_deref(), Some("Grüße aus Unna"));
        let none = extractor
            .extract(b"PK\x03\x04", "application/zip")
            .await
            .expect("extract");
        assert_eq!(none, None);
    }

    #[tokio::test]
    async fn a_scanned_pdf_is_read_by_tesseract() {
        let extractor = CommandLineExtractor::detect();
        assert!(
            extractor.reads_scans(),
            "Tesseract with German is installed for the tests"
        );
        let text = extractor
            .extract(
                &scanned_pdf("Wasserrechtliche Erlaubnis Holzwickede"),
                "application/pdf",
            )
            .await
            .expect("extract")
            .expect("a scan has text");
        assert!(
            text.contains("Wasserrechtliche Erlaubnis Holzwickede"),
            "{text:?}"
        );
    }

    #[tokio::test]
    async fn the_first_page_of_a_pdf_becomes_a_png() {
        let extractor = CommandLineExtractor::detect();
        let png = extractor
            .first_page_png(&text_pdf("Lageplan"))
            .await
            .expect("render")
            .expect("pdftoppm is installed for the tests");
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
        assert!(extractor.first_page_png(b"%PDF-1.4 broken").await.is_err());
        assert_eq!(
            CommandLineExtractor::default()
                .first_page_png(&text_pdf("Lageplan"))
                .await
                .expect("nothing to run"),
            None
        );
    }

    #[tokio::test]
    async fn a_broken_pdf_is_an_error_not_a_panic() {
        let extractor = CommandLineExtractor::detect();
        let result = extractor
            .extract(b"%PDF-1.4 nothing follows", "application/pdf")
            .await;
        assert!(result.is_err(), "{result:?}");
    }
}
