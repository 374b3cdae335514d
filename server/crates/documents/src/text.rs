//! Text on a line: split into runs of one direction (Unicode bidi algorithm) and one font,
//! in the order they are drawn from left to right, and measured the way they will be shaped.

use rustybuzz::{Direction, UnicodeBuffer};
use unicode_bidi::{BidiInfo, Level};

use crate::fonts::{Face, Weight, fonts, is_arabic};

/// A piece of a line set in one font and one direction.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub text: String,
    pub face: Face,
    pub right_to_left: bool,
}

/// The segments of one line (no line breaks in it), left to right as drawn.
pub fn visual_segments(line: &str, base_right_to_left: bool) -> Vec<Segment> {
    let base = if base_right_to_left {
        Level::rtl()
    } else {
        Level::ltr()
    };
    let bidi = BidiInfo::new(line, Some(base));
    let Some(paragraph) = bidi.paragraphs.first() else {
        return Vec::new();
    };
    let (levels, runs) = bidi.visual_runs(paragraph, paragraph.range.clone());
    let mut segments = Vec::new();
    for run in runs {
        let right_to_left = levels[run.start].is_rtl();
        let mut pieces = by_font(&line[run]);
        // Within a right-to-left run the logically first piece is drawn rightmost.
        if right_to_left {
            pieces.reverse();
        }
        segments.extend(pieces.into_iter().map(|(face, text)| Segment {
            text,
            face,
            right_to_left,
        }));
    }
    segments
}

/// Splits a run where the font changes: Arabic letters in Noto Sans Arabic, the rest in Noto
/// Sans; spaces and punctuation stay with the font before them when it has them.
fn by_font(run: &str) -> Vec<(Face, String)> {
    let mut pieces: Vec<(Face, String)> = Vec::new();
    for c in run.chars() {
        let neutral = c.is_whitespace() || c.is_ascii_punctuation();
        let face = match pieces.last() {
            Some((previous, _)) if neutral && covers(*previous, c) => *previous,
            _ if is_arabic(c) => Face::Arabic,
            _ => Face::Latin,
        };
        match pieces.last_mut() {
            Some((last, text)) if *last == face => text.push(c),
            _ => pieces.push((face, c.to_string())),
        }
    }
    pieces
}

fn covers(face: Face, c: char) -> bool {
    fonts()
        .get(face, Weight::Regular)
        .shaper
        .glyph_index(c)
        .is_some()
}

/// How wide a segment is when set at `size` points.
pub fn segment_width(segment: &Segment, weight: Weight, size: f32) -> f32 {
    let font = fonts().get(segment.face, weight);
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(&segment.text);
    buffer.guess_segment_properties();
    buffer.set_direction(if segment.right_to_left {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    let shaped = rustybuzz::shape(&font.shaper, &[], buffer);
    let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
    units as f32 / f32::from(font.shaper.units_per_em() as u16) * size
}

/// How wide a whole line is.
pub fn line_width(line: &str, base_right_to_left: bool, weight: Weight, size: f32) -> f32 {
    visual_segments(line, base_right_to_left)
        .iter()
        .map(|segment| segment_width(segment, weight, size))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(segments: &[Segment]) -> Vec<(&str, bool)> {
        segments
            .iter()
            .map(|s| (s.text.as_str(), s.right_to_left))
            .collect()
    }

    #[test]
    fn a_latin_line_is_one_segment() {
        let segments = visual_segments("Referenznummer KU-2026-000001", false);
        assert_eq!(texts(&segments), [("Referenznummer KU-2026-000001", false)]);
        assert_eq!(segments[0].face, Face::Latin);
    }

    #[test]
    fn numbers_in_arabic_text_keep_their_order_and_font() {
        // "Reference number KU-2026-000001" in Arabic: the number is drawn leftmost, as a
        // left-to-right run in the Latin font, and the Arabic words to its right.
        let segments = visual_segments("الرقم المرجعي KU-2026-000001", true);
        let drawn = texts(&segments);
        assert_eq!(drawn[0], ("KU-2026-000001", false));
        assert!(drawn[1..].iter().all(|(_, rtl)| *rtl));
        assert_eq!(segments[0].face, Face::Latin);
        assert!(segments[1..].iter().any(|s| s.face == Face::Arabic));
    }

    #[test]
    fn widths_grow_with_text_and_size() {
        let short = line_width("Unna", false, Weight::Regular, 10.0);
        let long = line_width("Unna-Massen", false, Weight::Regular, 10.0);
        assert!(short > 10.0 && long > short, "{short} {long}");
        let bold = line_width("Unna", false, Weight::Bold, 10.0);
        assert!(bold > short);
        assert!((line_width("Unna", false, Weight::Regular, 20.0) - 2.0 * short).abs() < 0.01);
    }
}
