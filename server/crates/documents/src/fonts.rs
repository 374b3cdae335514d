//! The embedded fonts: Noto Sans for Latin, Greek and Cyrillic, Noto Sans Arabic for Arabic.

use std::sync::LazyLock;

use krilla::text::Font;

static NOTO_SANS: &[u8] = include_bytes!("../fonts/NotoSans-Regular.ttf");
static NOTO_SANS_BOLD: &[u8] = include_bytes!("../fonts/NotoSans-Bold.ttf");
static NOTO_ARABIC: &[u8] = include_bytes!("../fonts/NotoSansArabic-Regular.ttf");
static NOTO_ARABIC_BOLD: &[u8] = include_bytes!("../fonts/NotoSansArabic-Bold.ttf");

/// Which of the fonts a piece of text is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    Latin,
    Arabic,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

/// A font ready for krilla (drawing) and rustybuzz (measuring).
pub struct LoadedFont {
    pub pdf: Font,
    pub shaper: rustybuzz::Face<'static>,
}

pub struct Fonts {
    fonts: [LoadedFont; 4],
}

fn load(data: &'static [u8]) -> LoadedFont {
    LoadedFont {
        // The files are part of the binary and tested; they always parse.
        pdf: Font::new(data.into(), 0).expect("an embedded font parses"),
        shaper: rustybuzz::Face::from_slice(data, 0).expect("an embedded font parses"),
    }
}

static FONTS: LazyLock<Fonts> = LazyLock::new(|| Fonts {
    fonts: [
        load(NOTO_SANS),
        load(NOTO_SANS_BOLD),
        load(NOTO_ARABIC),
        load(NOTO_ARABIC_BOLD),
    ],
});

pub fn fonts() -> &'static Fonts {
    &FONTS
}

impl Fonts {
    pub fn get(&self, face: Face, weight: Weight) -> &LoadedFont {
        let index = match (face, weight) {
            (Face::Latin, Weight::Regular) => 0,
            (Face::Latin, Weight::Bold) => 1,
            (Face::Arabic, Weight::Regular) => 2,
            (Face::Arabic, Weight::Bold) => 3,
        };
        &self.fonts[index]
    }
}

/// Letters of the Arabic script (the blocks Noto Sans Arabic is for).
pub fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_font_loads_and_covers_its_script() {
        for (face, sample) in [
            (Face::Latin, "Grüße, Привіт, Ğüzel, Łódź"),
            (Face::Arabic, "مرحبا"),
        ] {
            for weight in [Weight::Regular, Weight::Bold] {
                let font = fonts().get(face, weight);
                for c in sample.chars().filter(|c| c.is_alphabetic()) {
                    assert!(
                        font.shaper.glyph_index(c).is_some(),
                        "{face:?} {weight:?} has {c}"
                    );
                }
            }
        }
    }
}
