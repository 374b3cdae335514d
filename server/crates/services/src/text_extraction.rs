//! The text of stored documents, for the full-text search, and a picture of a PDF's first page,
//! for the case page's preview: a seam, because reading PDFs and scans takes tools
//! (`files::CommandLineExtractor` uses poppler and Tesseract when installed).

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

    /// The first page of a PDF as a PNG; `None` when this extractor cannot render PDFs.
    async fn first_page_png(&self, pdf: &[u8]) -> Result<Option<Vec<u8>>, ExtractError>;

    /// Whether [`first_page_png`](TextExtractor::first_page_png) can render at all, so pages
    /// offer previews only where there will be one.
    fn renders_pages(&self) -> bool;
}

/// The text of a `text/*` file, read as UTF-8 where it is not broken.
pub fn plain_text(content: &[u8], media_type: &str) -> Option<String> {
    media_type
        .starts_with("text/")
        .then(|| String::from_utf8_lossy(content).into_owned())
}
