//! Lays a document out on A4 pages: lines wrapped to the measure, blocks spaced, headings kept
//! with what follows, table rows never split. Right-to-left parts are mirrored.

use crate::fonts::Weight;
use crate::text::line_width;
use crate::{Block, Document, Part};

pub const PAGE_WIDTH: f32 = 595.28;
pub const PAGE_HEIGHT: f32 = 841.89;
/// 25 mm on the binding side, 20 mm on the other (DIN 5008 letters).
const MARGIN_INNER: f32 = 70.9;
const MARGIN_OUTER: f32 = 56.7;
const MARGIN_TOP: f32 = 56.7;
/// Room for the page number below the text.
const MARGIN_BOTTOM: f32 = 70.9;
pub const PAGE_LABEL_BASELINE: f32 = PAGE_HEIGHT - 40.0;
pub const PAGE_LABEL_SIZE: f32 = 8.5;

const BODY: Style = Style {
    size: 10.5,
    leading: 15.2,
    weight: Weight::Regular,
};
const LABEL: Style = Style {
    size: 10.5,
    leading: 15.2,
    weight: Weight::Bold,
};
const TITLE: Style = Style {
    size: 18.0,
    leading: 24.0,
    weight: Weight::Bold,
};
const HEADING: Style = Style {
    size: 13.0,
    leading: 18.0,
    weight: Weight::Bold,
};
const LABEL_SHARE: f32 = 0.36;
const COLUMN_GAP: f32 = 12.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub size: f32,
    pub leading: f32,
    pub weight: Weight,
}

/// The structure element a line belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Slot {
    /// A heading or paragraph: block `block` of part `part`.
    Block { part: usize, block: usize },
    /// A cell of a facts table: row `row`, column 0 (label) or 1 (value).
    Cell {
        part: usize,
        block: usize,
        row: usize,
        column: u8,
    },
}

/// One line of text at its place: set between `left` and `right`, flush to the side the
/// part's direction starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedLine {
    pub text: String,
    pub left: f32,
    pub right: f32,
    pub baseline: f32,
    pub style: Style,
    pub right_to_left: bool,
    pub slot: Slot,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PageLayout {
    pub part: usize,
    pub lines: Vec<PlacedLine>,
}

struct Pages {
    pages: Vec<PageLayout>,
    /// Where the next line's top is on the current page.
    y: f32,
}

impl Pages {
    fn new_page(&mut self, part: usize) {
        self.pages.push(PageLayout {
            part,
            lines: Vec::new(),
        });
        self.y = MARGIN_TOP;
    }

    fn room(&self) -> f32 {
        PAGE_HEIGHT - MARGIN_BOTTOM - self.y
    }

    /// Starts a new page unless `height` fits on this one (or this one is still empty).
    fn keep(&mut self, height: f32, part: usize) {
        let empty = self.pages.last().is_none_or(|page| page.lines.is_empty());
        if height > self.room() && !empty {
            self.new_page(part);
        }
    }

    fn place(&mut self, line: PlacedLine) {
        if let Some(page) = self.pages.last_mut() {
            page.lines.push(line);
        }
    }
}

/// The columns of a part: the text's left and right edges (mirrored for right to left).
fn text_edges(part: &Part) -> (f32, f32) {
    if part.right_to_left {
        (MARGIN_OUTER, PAGE_WIDTH - MARGIN_INNER)
    } else {
        (MARGIN_INNER, PAGE_WIDTH - MARGIN_OUTER)
    }
}

pub fn lay_out(document: &Document) -> Vec<PageLayout> {
    let mut pages = Pages {
        pages: Vec::new(),
        y: MARGIN_TOP,
    };
    for (part_index, part) in document.parts.iter().enumerate() {
        pages.new_page(part_index);
        let (left, right) = text_edges(part);
        let rtl = part.right_to_left;
        for (block_index, block) in part.blocks.iter().enumerate() {
            let slot = Slot::Block {
                part: part_index,
                block: block_index,
            };
            match block {
                Block::Heading { level, text } => {
                    let style = if *level <= 1 { TITLE } else { HEADING };
                    let lines = wrap(text, right - left, rtl, style);
                    let space_before = if *level <= 1 { 0.0 } else { 10.0 };
                    // A heading stays with at least two lines of what follows.
                    pages.keep(
                        space_before + lines.len() as f32 * style.leading + 2.0 * BODY.leading,
                        part_index,
                    );
                    if pages
                        .pages
                        .last()
                        .is_some_and(|page| !page.lines.is_empty())
                    {
                        pages.y += space_before;
                    }
                    for line in lines {
                        pages.y += style.leading;
                        pages.place(placed(line, left, right, pages.y, style, rtl, slot));
                    }
                    pages.y += 6.0;
                }
                Block::Paragraph(text) => {
                    for line in wrap(text, right - left, rtl, BODY) {
                        pages.keep(BODY.leading, part_index);
                        pages.y += BODY.leading;
                        pages.place(placed(line, left, right, pages.y, BODY, rtl, slot));
                    }
                    pages.y += 8.0;
                }
                Block::Facts(facts) => {
                    let width = right - left;
                    let label_width = (width * LABEL_SHARE).round();
                    let value_width = width - label_width - COLUMN_GAP;
                    // Label first in reading direction: on the left, or on the right.
                    let (label_left, value_left) = if rtl {
                        (right - label_width, left)
                    } else {
                        (left, left + label_width + COLUMN_GAP)
                    };
                    for (row, fact) in facts.iter().enumerate() {
                        let labels = wrap(&fact.label, label_width, rtl, LABEL);
                        let values: Vec<String> = if fact.lines.is_empty() {
                            vec!["–".to_owned()]
                        } else {
                            fact.lines
                                .iter()
                                .flat_map(|line| wrap(line, value_width, rtl, BODY))
                                .collect()
                        };
                        let height = labels.len().max(values.len()) as f32 * BODY.leading;
                        pages.keep(height, part_index);
                        let top = pages.y;
                        for (column, (lines, x, w, style)) in [
                            (labels, label_left, label_width, LABEL),
                            (values, value_left, value_width, BODY),
                        ]
                        .into_iter()
                        .enumerate()
                        {
                            let cell = Slot::Cell {
                                part: part_index,
                                block: block_index,
                                row,
                                column: column as u8,
                            };
                            for (i, line) in lines.into_iter().enumerate() {
                                let baseline = top + (i + 1) as f32 * BODY.leading;
                                pages.place(placed(line, x, x + w, baseline, style, rtl, cell));
                            }
                        }
                        pages.y = top + height + 5.0;
                    }
                    pages.y += 6.0;
                }
            }
        }
    }
    pages.pages
}

fn placed(
    text: String,
    left: f32,
    right: f32,
    baseline: f32,
    style: Style,
    right_to_left: bool,
    slot: Slot,
) -> PlacedLine {
    PlacedLine {
        text,
        left,
        right,
        baseline,
        style,
        right_to_left,
        slot,
    }
}

/// Breaks `text` into lines no wider than `width`, at spaces; a word longer than a line is
/// broken between characters.
pub fn wrap(text: &str, width: f32, rtl: bool, style: Style) -> Vec<String> {
    let fits = |line: &str| line_width(line, rtl, style.weight, style.size) <= width;
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if fits(&candidate) {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        if fits(word) {
            current = word.to_owned();
        } else {
            for c in word.chars() {
                let longer = format!("{current}{c}");
                if !current.is_empty() && !fits(&longer) {
                    lines.push(std::mem::replace(&mut current, c.to_string()));
                } else {
                    current = longer;
                }
            }
        }
    }
    if !current.is_empty() || lines.is_empty() {
        lines.push(current);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Fact;

    fn part(blocks: Vec<Block>, right_to_left: bool) -> Part {
        Part {
            lang: "de".into(),
            right_to_left,
            blocks,
            page_label: "Seite {page} von {pages}".into(),
        }
    }

    #[test]
    fn long_text_wraps_within_the_measure_and_long_words_break() {
        let text = "Die zuständige Stelle prüft Ihren Antrag. ".repeat(10);
        let lines = wrap(&text, 200.0, false, BODY);
        assert!(lines.len() > 3);
        assert!(
            lines
                .iter()
                .all(|line| line_width(line, false, BODY.weight, BODY.size) <= 200.0)
        );
        assert_eq!(lines.join(" "), text.trim());
        let word = "x".repeat(200);
        let broken = wrap(&word, 100.0, false, BODY);
        assert!(broken.len() > 1);
        assert_eq!(broken.concat(), word);
    }

    #[test]
    fn many_rows_flow_onto_further_pages_without_splitting_a_row() {
        let facts = (0..120)
            .map(|i| Fact {
                label: format!("Angabe {i}"),
                lines: vec!["Wert".into(), "zweite Zeile".into()],
            })
            .collect();
        let document = Document {
            title: "t".into(),
            lang: "de".into(),
            created: time::OffsetDateTime::UNIX_EPOCH,
            parts: vec![part(
                vec![
                    Block::Heading {
                        level: 1,
                        text: "Titel".into(),
                    },
                    Block::Facts(facts),
                ],
                false,
            )],
        };
        let pages = lay_out(&document);
        assert!(pages.len() >= 3, "{}", pages.len());
        for page in &pages {
            for line in &page.lines {
                assert!(line.baseline <= PAGE_HEIGHT - MARGIN_BOTTOM, "{line:?}");
            }
            // Both lines of a value are on the same page as its label.
            let rows: std::collections::BTreeSet<_> = page
                .lines
                .iter()
                .filter_map(|line| match line.slot {
                    Slot::Cell { row, column: 1, .. } => Some(row),
                    _ => None,
                })
                .collect();
            for row in rows {
                let count = page
                    .lines
                    .iter()
                    .filter(|l| matches!(l.slot, Slot::Cell { row: r, .. } if r == row))
                    .count();
                assert_eq!(count, 3, "row {row} complete on one page");
            }
        }
    }

    #[test]
    fn right_to_left_parts_put_the_label_on_the_right() {
        let facts = vec![Fact {
            label: "الاسم".into(),
            lines: vec!["Selin".into()],
        }];
        let document = Document {
            title: "t".into(),
            lang: "ar".into(),
            created: time::OffsetDateTime::UNIX_EPOCH,
            parts: vec![part(vec![Block::Facts(facts)], true)],
        };
        let pages = lay_out(&document);
        let label = &pages[0].lines[0];
        let value = &pages[0].lines[1];
        assert!(label.left > value.left, "{label:?} {value:?}");
        assert!(label.right_to_left);
    }
}
