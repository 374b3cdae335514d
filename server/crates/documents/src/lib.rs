//! PDF documents the portal issues: the receipt now, letters later.
//!
//! A [`Document`] is data (headings, paragraphs, label–value facts) in one or more language
//! [`Part`]s; [`render`] lays it out on A4 pages and writes a tagged PDF/UA-1 file: every line
//! is marked content under a structure element (H1, H2, P, Table/TR/TH/TD), each part carries
//! its language, page numbers are artifacts, and the fonts (Noto Sans, Noto Sans Arabic;
//! SIL Open Font License, see `fonts/`) are embedded, so nothing is taken from the machine.
//! Right-to-left parts are mirrored and every line is reordered with the Unicode bidi
//! algorithm, so Arabic text with Latin names and numbers in it reads correctly.

mod fonts;
mod layout;
mod render;
mod text;

pub use render::render;

/// A document to render.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The title in the document's metadata (shown by PDF readers instead of the file name).
    pub title: String,
    /// The main language, as a BCP 47 tag (`de`).
    pub lang: String,
    /// When the document was made (its metadata; archives need it).
    pub created: time::OffsetDateTime,
    pub parts: Vec<Part>,
}

/// A run of pages in one language. Every part starts on a new page.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub lang: String,
    pub right_to_left: bool,
    pub blocks: Vec<Block>,
    /// The page number line, with `{page}` and `{pages}` to fill in (pages of the whole
    /// document), e.g. `Seite {page} von {pages}`.
    pub page_label: String,
}

/// A piece of content, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The document's title (level 1) or a section heading (level 2).
    Heading {
        level: u8,
        text: String,
    },
    Paragraph(String),
    /// Label–value rows, as a two-column table whose first column heads each row.
    Facts(Vec<Fact>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub label: String,
    /// One line each (an address is two); empty means nothing was given.
    pub lines: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}
