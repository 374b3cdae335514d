//! Lays a document out on A4 pages: lines wrapped to the measure, blocks spaced, headings kept
//! with what follows, table rows never split. Right-to-left parts are mirrored.

use crate::fonts::Weight;
use crate::text::line_width;
use crate::{Block, Document, Letterhead, Part};

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

/// Points per millimetre: DIN 5008 measures in millimetres.
const MM: f32 = 72.0 / 25.4;
/// The address field of form B: 20 mm from the left, 45 mm from the top, 85 × 45 mm; its
/// upper 17.7 mm carry the return line, the six lines below the address.
const WINDOW_LEFT: f32 = 20.0 * MM;
const WINDOW_TOP: f32 = 45.0 * MM;
const WINDOW_WIDTH: f32 = 85.0 * MM;
const WINDOW_HEIGHT: f32 = 45.0 * MM;
const ADDRESS_ZONE_TOP: f32 = 62.7 * MM;
/// Lines the address zone holds.
pub const ADDRESS_LINES: usize = 6;
/// Text in the window starts 5 mm in, which is the letter's left margin.
const WINDOW_INSET: f32 = 5.0 * MM;
const INFO_LEFT: f32 = 125.0 * MM;
const INFO_TOP: f32 = 50.0 * MM;
const INFO_LABEL_WIDTH: f32 = 25.0 * MM;
/// Where the subject line's first line starts: two blank lines below the address field.
const SUBJECT_TOP: f32 = 95.0 * MM;
/// Fold marks (form B) and the hole punch mark, from the top.
pub const FOLD_MARKS: [f32; 2] = [105.0 * MM, 210.0 * MM];
pub const HOLE_MARK: f32 = 148.5 * MM;

const SENDER: Style = Style {
    size: 13.0,
    leading: 17.0,
    weight: Weight::Bold,
};
const SMALL: Style = Style {
    size: 7.0,
    leading: 8.5,
    weight: Weight::Regular,
};
const ADDRESS: Style = Style {
    size: 10.0,
    leading: 12.0,
    weight: Weight::Regular,
};
const INFO: Style = Style {
    size: 8.5,
    leading: 11.0,
    weight: Weight::Regular,
};

/// The address window of a letter in points from the top-left corner: left, top, right,
/// bottom. What a window envelope shows; print pre-flight checks the address lies within.
pub fn address_window() -> (f32, f32, f32, f32) {
    (
        WINDOW_LEFT,
        WINDOW_TOP,
        WINDOW_LEFT + WINDOW_WIDTH,
        WINDOW_TOP + WINDOW_HEIGHT,
    )
}
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
    /// A piece of a letterhead: sender (0), return line (1), address (2), footer (3).
    Piece {
        part: usize,
        block: usize,
        piece: u8,
    },
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
    /// A letter's first page: fold and punch marks belong on it.
    pub letter: bool,
}

struct Pages {
    pages: Vec<PageLayout>,
    /// Where the next line's top is on the current page.
    y: f32,
    /// Where text must end on the current page (higher on a letter's first page, whose
    /// footer sits below).
    bottom: f32,
}

impl Pages {
    fn new_page(&mut self, part: usize) {
        self.pages.push(PageLayout {
            part,
            lines: Vec::new(),
            letter: false,
        });
        self.y = MARGIN_TOP;
        self.bottom = PAGE_HEIGHT - MARGIN_BOTTOM;
    }

    fn room(&self) -> f32 {
        self.bottom - self.y
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
        bottom: PAGE_HEIGHT - MARGIN_BOTTOM,
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
                Block::Letterhead(head) => {
                    lay_out_letterhead(&mut pages, head, part_index, block_index);
                }
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

/// Places a letterhead on the current (first) page of its part and moves on to the subject.
fn lay_out_letterhead(pages: &mut Pages, head: &Letterhead, part: usize, block: usize) {
    if let Some(page) = pages.pages.last_mut() {
        page.letter = true;
    }
    let piece = |piece| Slot::Piece { part, block, piece };
    let text_left = MARGIN_INNER;
    let text_right = PAGE_WIDTH - MARGIN_OUTER;
    let mut baseline = MARGIN_TOP;
    for (index, line) in head.sender.iter().enumerate() {
        let style = if index == 0 { SENDER } else { BODY };
        for line in wrap(line, text_right - text_left, false, style) {
            baseline += style.leading;
            pages.place(placed(
                line,
                text_left,
                text_right,
                baseline,
                style,
                false,
                piece(0),
            ));
        }
    }
    let window_text = (WINDOW_LEFT + WINDOW_INSET, WINDOW_LEFT + WINDOW_WIDTH);
    // The return line sits at the bottom of the upper zone, shortened to one line.
    if let Some(line) = wrap(
        &head.return_line,
        window_text.1 - window_text.0,
        false,
        SMALL,
    )
    .into_iter()
    .next()
    {
        let baseline = ADDRESS_ZONE_TOP - 2.0;
        pages.place(placed(
            line,
            window_text.0,
            window_text.1,
            baseline,
            SMALL,
            false,
            piece(1),
        ));
    }
    let mut baseline = ADDRESS_ZONE_TOP;
    let address_lines = head
        .address
        .iter()
        .flat_map(|line| wrap(line, window_text.1 - window_text.0, false, ADDRESS))
        .take(ADDRESS_LINES);
    for line in address_lines {
        baseline += ADDRESS.leading;
        pages.place(placed(
            line,
            window_text.0,
            window_text.1,
            baseline,
            ADDRESS,
            false,
            piece(2),
        ));
    }
    let mut top = INFO_TOP;
    let value_left = INFO_LEFT + INFO_LABEL_WIDTH;
    for (row, fact) in head.information.iter().enumerate() {
        let label = wrap(&fact.label, INFO_LABEL_WIDTH - 4.0, false, INFO);
        let value: Vec<String> = fact
            .lines
            .iter()
            .flat_map(|line| wrap(line, text_right - value_left, false, INFO))
            .collect();
        for (column, lines, left, right) in [
            (0, &label, INFO_LEFT, value_left - 4.0),
            (1, &value, value_left, text_right),
        ] {
            let cell = Slot::Cell {
                part,
                block,
                row,
                column,
            };
            for (i, line) in lines.iter().enumerate() {
                let baseline = top + (i + 1) as f32 * INFO.leading;
                pages.place(placed(
                    line.clone(),
                    left,
                    right,
                    baseline,
                    INFO,
                    false,
                    cell,
                ));
            }
        }
        top += label.len().max(value.len()).max(1) as f32 * INFO.leading;
    }
    let rows = head.footer.iter().map(Vec::len).max().unwrap_or(0);
    if rows > 0 {
        let width = (text_right - text_left) / head.footer.len() as f32;
        let first = PAGE_HEIGHT - MARGIN_BOTTOM - (rows - 1) as f32 * SMALL.leading;
        for (index, column) in head.footer.iter().enumerate() {
            let left = text_left + index as f32 * width;
            for (i, line) in column.iter().enumerate() {
                let baseline = first + i as f32 * SMALL.leading;
                pages.place(placed(
                    line.clone(),
                    left,
                    left + width - 6.0,
                    baseline,
                    SMALL,
                    false,
                    piece(3),
                ));
            }
        }
        pages.bottom = first - SMALL.leading - 10.0;
    }
    pages.y = SUBJECT_TOP.max(top + 12.0);
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
