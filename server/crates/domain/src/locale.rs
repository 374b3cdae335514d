//! The seven languages the portal speaks. German is the source language and the fallback.

use serde::{Deserialize, Serialize};

/// A language of the portal. The order is the order of the language switcher.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    De,
    En,
    Tr,
    Ar,
    Uk,
    Ru,
    Pl,
}

/// Writing direction of a language, as used in the HTML `dir` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl Locale {
    /// All locales, German first.
    pub const ALL: [Locale; 7] = [
        Locale::De,
        Locale::En,
        Locale::Tr,
        Locale::Ar,
        Locale::Uk,
        Locale::Ru,
        Locale::Pl,
    ];

    /// The source language and the fallback for every missing text.
    pub const SOURCE: Locale = Locale::De;

    /// BCP 47 tag, as used in `lang` attributes and in `locales/<tag>/`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::De => "de",
            Locale::En => "en",
            Locale::Tr => "tr",
            Locale::Ar => "ar",
            Locale::Uk => "uk",
            Locale::Ru => "ru",
            Locale::Pl => "pl",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Locale::Ar => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// The language's name in itself, as the language switcher shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::De => "Deutsch",
            Locale::En => "English",
            Locale::Tr => "Türkçe",
            Locale::Ar => "العربية",
            Locale::Uk => "Українська",
            Locale::Ru => "Русский",
            Locale::Pl => "Polski",
        }
    }

    /// Parses a language tag such as `en`, `en-GB` or `AR`; only the primary subtag counts.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Locale::ALL
            .into_iter()
            .find(|locale| locale.tag().eq_ignore_ascii_case(primary))
    }

    /// Picks the best locale from an `Accept-Language` header, honouring q-values; `None` when
    /// the header names no language the portal speaks.
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        let mut best: Option<(Locale, f32, usize)> = None;
        for (position, entry) in header.split(',').enumerate() {
            let mut parts = entry.split(';');
            let Some(locale) = parts.next().and_then(Locale::from_tag) else {
                continue;
            };
            let quality = parts
                .find_map(|param| param.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
                .filter(|q| q.is_finite() && *q > 0.0 && *q <= 1.0);
            let Some(quality) = quality else { continue };
            let better = match best {
                None => true,
                Some((_, best_quality, best_position)) => {
                    quality > best_quality || (quality == best_quality && position < best_position)
                }
            };
            if better {
                best = Some((locale, quality, position));
            }
        }
        best.map(|(locale, _, _)| locale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_for_every_locale() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
    }

    #[test]
    fn region_subtags_and_case_are_ignored() {
        assert_eq!(Locale::from_tag("en-GB"), Some(Locale::En));
        assert_eq!(Locale::from_tag("AR"), Some(Locale::Ar));
        assert_eq!(Locale::from_tag("pt-BR"), None);
        assert_eq!(Locale::from_tag(""), None);
    }

    #[test]
    fn only_arabic_is_written_right_to_left() {
        for locale in Locale::ALL {
            let expected = if locale == Locale::Ar {
                Direction::Rtl
            } else {
                Direction::Ltr
            };
            assert_eq!(locale.direction(), expected);
        }
    }

    #[test]
    fn accept_language_picks_highest_quality_then_first() {
        assert_eq!(Locale::from_accept_language("ar"), Some(Locale::Ar));
        assert_eq!(
            Locale::from_accept_language("fr-FR, en;q=0.5, tr;q=0.8"),
            Some(Locale::Tr)
        );
        assert_eq!(Locale::from_accept_language("uk, ru"), Some(Locale::Uk));
        assert_eq!(Locale::from_accept_language("fr, es;q=0.9"), None);
    }

    #[test]
    fn accept_language_ignores_malformed_and_zero_quality_entries() {
        assert_eq!(
            Locale::from_accept_language("en;q=0, pl;q=abc, ru;q=0.1"),
            Some(Locale::Ru)
        );
        assert_eq!(Locale::from_accept_language(";;,,q=1"), None);
        assert_eq!(Locale::from_accept_language("de;q=2"), None);
    }
}
