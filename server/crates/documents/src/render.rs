//! Draws the laid-out pages with krilla and builds the structure tree that makes the file a
//! tagged PDF/UA-1 (and PDF/A-2a, for the records): checked by krilla's validators on export.

use std::collections::BTreeMap;
use std::num::NonZeroU16;

use krilla::SerializeSettings;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::Point;
use krilla::metadata::{DateTime, Metadata, TextDirection as DocumentDirection};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, Node, SpanTag, TableHeaderScope, Tag, TagGroup,
    TagTree,
};
use krilla::text::TextDirection;

use crate::fonts::{Weight, fonts};
use crate::layout::{
    FOLD_MARKS, HOLE_MARK, PAGE_HEIGHT, PAGE_LABEL_BASELINE, PAGE_LABEL_SIZE, PAGE_WIDTH,
    PageLayout, PlacedLine, Slot, lay_out,
};
use crate::text::{segment_width, visual_segments};
use crate::{Block, Document, DocumentError, Fact};

/// Renders `document` to the bytes of a PDF file.
pub fn render(document: &Document) -> Result<Vec<u8>, DocumentError> {
    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .with_archival_validator(Archival::A2_A)
        .finish()
        .map_err(|e| DocumentError::Pdf(format!("{e:?}")))?;
    let settings = SerializeSettings {
        configuration,
        enable_tagging: true,
        ..SerializeSettings::default()
    };
    let mut pdf = krilla::Document::new_with(settings);
    let pages = lay_out(document);
    let count = pages.len();
    let mut content: BTreeMap<Slot, Vec<Identifier>> = BTreeMap::new();
    let size = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
        .ok_or_else(|| DocumentError::Pdf("A4 is a valid page size".into()))?;
    for (index, layout) in pages.iter().enumerate() {
        let part = &document.parts[layout.part];
        let mut page = pdf.start_page_with(size.clone());
        let mut surface = page.surface();
        for line in &layout.lines {
            // Glyphs are drawn in visual order; for right-to-left text the actual text gives
            // readers the logical order (and ligatures such as lam-alef their letters).
            let actual = line.right_to_left.then_some(line.text.as_str());
            let id =
                surface.start_tagged(ContentTag::Span(SpanTag::empty().with_actual_text(actual)));
            draw_line(&mut surface, line);
            surface.end_tagged();
            content.entry(line.slot).or_default().push(id);
        }
        if layout.letter {
            draw_marks(&mut surface);
        }
        let label = part
            .page_label
            .replace("{page}", &(index + 1).to_string())
            .replace("{pages}", &count.to_string());
        surface.start_tagged(ContentTag::Artifact(Artifact::new(
            ArtifactType::PageNumber,
            None,
        )));
        draw_centred(&mut surface, &label, part.right_to_left);
        surface.end_tagged();
        surface.finish();
        page.finish();
    }
    pdf.set_outline(outline(document, &pages));
    pdf.set_tag_tree(structure(document, &mut content));
    let direction = match document.parts.first() {
        Some(part) if part.right_to_left => DocumentDirection::RightToLeft,
        _ => DocumentDirection::LeftToRight,
    };
    pdf.set_metadata(
        Metadata::new()
            .title(document.title.clone())
            .language(document.lang.clone())
            .text_direction(direction)
            .creator("Kreisportal".into())
            .creation_date(date_time(document.created)),
    );
    pdf.finish()
        .map_err(|e| DocumentError::Pdf(format!("{e:?}")))
}

fn date_time(moment: time::OffsetDateTime) -> DateTime {
    let utc = moment.to_offset(time::UtcOffset::UTC);
    DateTime::new(u16::try_from(utc.year()).unwrap_or(2000))
        .month(u8::from(utc.month()))
        .day(utc.day())
        .hour(utc.hour())
        .minute(utc.minute())
        .second(utc.second())
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}

/// Bookmarks: each level-1 heading, with the level-2 headings after it beneath.
fn outline(document: &Document, pages: &[PageLayout]) -> Outline {
    let mut first_lines: BTreeMap<Slot, (usize, Point)> = BTreeMap::new();
    for (index, page) in pages.iter().enumerate() {
        for line in &page.lines {
            first_lines.entry(line.slot).or_insert((
                index,
                Point::from_xy(line.left, line.baseline - line.style.leading),
            ));
        }
    }
    let mut outline = Outline::new();
    let mut current: Option<OutlineNode> = None;
    for (part_index, part) in document.parts.iter().enumerate() {
        for (block_index, block) in part.blocks.iter().enumerate() {
            let Block::Heading { level, text } = block else {
                continue;
            };
            let slot = Slot::Block {
                part: part_index,
                block: block_index,
            };
            let Some((page, point)) = first_lines.get(&slot) else {
                continue;
            };
            let node = OutlineNode::new(text.clone(), XyzDestination::new(*page, *point));
            match (level, current.as_mut()) {
                (2.., Some(parent)) => parent.push_child(node),
                _ => {
                    if let Some(done) = current.replace(node) {
                        outline.push_child(done);
                    }
                }
            }
        }
    }
    if let Some(done) = current {
        outline.push_child(done);
    }
    outline
}

/// Draws a line's segments from its starting edge: flush left, or flush right for right to
/// left.
fn draw_line(surface: &mut Surface<'_>, line: &PlacedLine) {
    let segments = visual_segments(&line.text, line.right_to_left);
    let widths: Vec<f32> = segments
        .iter()
        .map(|segment| segment_width(segment, line.style.weight, line.style.size))
        .collect();
    let total: f32 = widths.iter().sum();
    let mut x = if line.right_to_left {
        line.right - total
    } else {
        line.left
    };
    for (segment, width) in segments.iter().zip(widths) {
        let font = fonts().get(segment.face, line.style.weight);
        let direction = if segment.right_to_left {
            TextDirection::RightToLeft
        } else {
            TextDirection::LeftToRight
        };
        surface.draw_text(
            Point::from_xy(x, line.baseline),
            font.pdf.clone(),
            line.style.size,
            &segment.text,
            false,
            direction,
        );
        x += width;
    }
}

/// The fold marks and the punch mark at the left edge of a letter's first page: they guide
/// folding machines and hands, so they are artifacts for a screen reader.
fn draw_marks(surface: &mut Surface<'_>) {
    surface.start_tagged(ContentTag::Artifact(Artifact::new(
        ArtifactType::Page,
        None,
    )));
    surface.set_fill(None);
    surface.set_stroke(Some(krilla::paint::Stroke {
        width: 0.5,
        ..Default::default()
    }));
    let marks = FOLD_MARKS
        .iter()
        .map(|y| (*y, 14.0))
        .chain([(HOLE_MARK, 20.0)]);
    for (y, length) in marks {
        let mut path = krilla::geom::PathBuilder::new();
        path.move_to(8.5, y);
        path.line_to(8.5 + length, y);
        if let Some(path) = path.finish() {
            surface.draw_path(&path);
        }
    }
    surface.set_stroke(None);
    surface.set_fill(Some(krilla::paint::Fill::default()));
    surface.end_tagged();
}

fn draw_centred(surface: &mut Surface<'_>, text: &str, right_to_left: bool) {
    let segments = visual_segments(text, right_to_left);
    let total: f32 = segments
        .iter()
        .map(|segment| segment_width(segment, Weight::Regular, PAGE_LABEL_SIZE))
        .sum();
    let mut x = (PAGE_WIDTH - total) / 2.0;
    for segment in segments {
        let font = fonts().get(segment.face, Weight::Regular);
        let direction = if segment.right_to_left {
            TextDirection::RightToLeft
        } else {
            TextDirection::LeftToRight
        };
        surface.draw_text(
            Point::from_xy(x, PAGE_LABEL_BASELINE),
            font.pdf.clone(),
            PAGE_LABEL_SIZE,
            &segment.text,
            false,
            direction,
        );
        x += segment_width(&segment, Weight::Regular, PAGE_LABEL_SIZE);
    }
}

/// A label–value table whose labels head their rows.
fn facts_table(
    facts: &[Fact],
    part: usize,
    block: usize,
    take: &mut impl FnMut(Slot) -> Vec<Node>,
) -> TagGroup {
    let rows = (0..facts.len())
        .map(|row| {
            let cell = |column| Slot::Cell {
                part,
                block,
                row,
                column,
            };
            let header = TagGroup::with_children(Tag::TH(TableHeaderScope::Row), take(cell(0)));
            let data = TagGroup::with_children(Tag::TD, take(cell(1)));
            Node::from(TagGroup::with_children(
                Tag::TR,
                vec![header.into(), data.into()],
            ))
        })
        .collect();
    TagGroup::with_children(Tag::Table, rows)
}

/// The structure tree: one Part per language, in it the headings, paragraphs and tables, each
/// with the marked content of its lines.
fn structure(document: &Document, content: &mut BTreeMap<Slot, Vec<Identifier>>) -> TagTree {
    let mut take = |slot: Slot| -> Vec<Node> {
        content
            .remove(&slot)
            .unwrap_or_default()
            .into_iter()
            .map(Node::from)
            .collect()
    };
    let mut tree = TagTree::new().with_lang(Some(document.lang.clone()));
    for (part_index, part) in document.parts.iter().enumerate() {
        let mut group = TagGroup::new(Tag::Part.with_lang(Some(part.lang.clone())));
        for (block_index, block) in part.blocks.iter().enumerate() {
            let slot = Slot::Block {
                part: part_index,
                block: block_index,
            };
            let element = match block {
                Block::Heading { level, text } => {
                    let level =
                        NonZeroU16::new(u16::from(*level).max(1)).unwrap_or(NonZeroU16::MIN);
                    TagGroup::with_children(Tag::Hn(level, Some(text.clone())), take(slot))
                }
                Block::Paragraph(_) => TagGroup::with_children(Tag::P, take(slot)),
                Block::Facts(facts) => facts_table(facts, part_index, block_index, &mut take),
                Block::Letterhead(head) => {
                    let mut piece = |piece| {
                        let nodes = take(Slot::Piece {
                            part: part_index,
                            block: block_index,
                            piece,
                        });
                        Node::from(TagGroup::with_children(Tag::P, nodes))
                    };
                    // Reading order: who writes, to whom, the file's facts, the business details.
                    let (sender, return_line, address) = (piece(0), piece(1), piece(2));
                    let footer = piece(3);
                    let information =
                        facts_table(&head.information, part_index, block_index, &mut take);
                    TagGroup::with_children(
                        Tag::Div,
                        vec![sender, return_line, address, information.into(), footer],
                    )
                }
            };
            group.push(element);
        }
        tree.push(group);
    }
    tree
}
