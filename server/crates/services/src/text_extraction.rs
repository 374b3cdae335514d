//! The text of stored documents, for the full-text search: a seam, because reading PDFs and
//! scans takes tools (`files::CommandLineExtractor` uses poppler and Tesseract when installed).

use async_trait::async_trait;

#[derive(Debug, thiserror::Error)]
#[error("text extraction: {0}")]
pub struct ExtractError(pub String);

#[async_trait]
pub trait TextExtractor: Send + Sync {
    /// The words of a file of `media_type`; `None` when this extractor cannot read that kind
    /// (the document is then found by its title and metadata only).
    async fn extract(
        &self,
        content: &[u8],
        media_type: &str,
    ) -> Result<Option<String>, ExtractError>;
}

/// Reads plain text only: for a portal without the tools, and for tests that need no tools.
pub struct PlainTextOnly;

#[async_trait]
impl TextExtractor for PlainTextOnly {
    async fn extract(
        &self,
        content: &[u8],
        media_type: &str,
    ) -> Result<Option<String>, ExtractError> {
        Ok(plain_text(content, media_type))
    }
}

/// The text of a `text/*` file, read as UTF-8 where it is not broken.
pub fn plain_text(content: &[u8], media_type: &str) -> Option<String> {
    media_type
        .starts_with("text/")
        .then(|| String::from_utf8_lossy(content).into_owned())
}
