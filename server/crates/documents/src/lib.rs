//! PDF documents the portal issues: the receipt and the letters (Bescheide).
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

pub use layout::{ADDRESS_LINES, address_window};
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
    /// The head of a DIN 5008 letter (form B): only as the first block of a left-to-right part,
    /// whose first page it fills down to the subject line.
    Letterhead(Letterhead),
}

/// Sender, window address, information block and business details of a letter, at the places
/// DIN 5008 form B gives them, so a window envelope shows the address and nothing else.
#[derive(Debug, Clone, PartialEq)]
pub struct Letterhead {
    /// The authority and its unit, at the top.
    pub sender: Vec<String>,
    /// The return line above the address, in small print (one line).
    pub return_line: String,
    /// The recipient, at most six lines (the address zone holds no more; further lines are
    /// dropped by the layout and must be caught by the caller's pre-flight).
    pub address: Vec<String>,
    /// Aktenzeichen, date, contact … beside the address.
    pub information: Vec<Fact>,
    /// Bank and contact details at the foot of the first page, in columns.
    pub footer: Vec<Vec<String>>,
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
