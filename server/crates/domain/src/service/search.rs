//! Finding services by what people type: words in their own language (or German), synonyms
//! from the definitions' keywords, parts of German compounds, and small typing errors.
//! The catalogue is small (hundreds of services), so an in-memory scan is fast and exact.

use super::ServiceDefinition;
use crate::Locale;

/// A service that matched, by its position in the list the index was built from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SearchHit {
    pub index: usize,
    pub score: f32,
}

struct Token {
    text: Vec<char>,
    weight: f32,
    locale: Locale,
}

pub struct SearchIndex {
    entries: Vec<Vec<Token>>,
}

/// Words too common to say anything about a service.
const STOP_WORDS: &[&str] = &[
    "der",
    "die",
    "das",
    "und",
    "oder",
    "ein",
    "eine",
    "einen",
    "einem",
    "einer",
    "ich",
    "mein",
    "meine",
    "meinen",
    "fur",
    "mit",
    "von",
    "zu",
    "im",
    "in",
    "am",
    "an",
    "auf",
    "bei",
    "wie",
    "was",
    "wo",
    "wer",
    "ist",
    "sind",
    "will",
    "mochte",
    "beantragen",
    "antrag",
    "the",
    "a",
    "and",
    "or",
    "for",
    "to",
    "of",
    "my",
    "i",
    "how",
    "do",
    "want",
    "apply",
    "ve",
    "bir",
    "icin",
    "nasil",
    "w",
    "na",
    "do",
    "jak",
    "z",
    "и",
    "в",
    "на",
    "для",
    "как",
    "я",
    "у",
    "з",
    "في",
    "من",
    "على",
    "و",
];

/// Lower case, without the accents and letter variants people leave out when typing.
pub fn normalise(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .filter_map(|c| {
            Some(match c {
                'ä' | 'á' | 'à' | 'â' | 'ą' => 'a',
                'ö' | 'ó' | 'ò' | 'ô' => 'o',
                'ü' | 'ú' | 'ù' | 'û' => 'u',
                'é' | 'è' | 'ê' | 'ę' => 'e',
                'ı' | 'í' | 'î' => 'i',
                'ş' | 'ś' => 's',
                'ç' | 'ć' => 'c',
                'ğ' => 'g',
                'ł' => 'l',
                'ń' => 'n',
                'ź' | 'ż' => 'z',
                'ё' => 'е',
                'ї' => 'і',
                'أ' | 'إ' | 'آ' => 'ا',
                'ة' => 'ه',
                'ى' => 'ي',
                // Arabic diacritics (harakat) and tatweel are not typed by most people.
                '\u{064B}'..='\u{065F}' | '\u{0640}' => return None,
                other => other,
            })
        })
        .collect::<String>()
        .replace('ß', "ss")
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    normalise(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.chars().count() >= 2 && !STOP_WORDS.contains(word))
        .map(str::to_owned)
        .collect::<Vec<_>>()
        .into_iter()
}

impl SearchIndex {
    pub fn build(services: &[&ServiceDefinition]) -> SearchIndex {
        let entries = services
            .iter()
            .map(|service| {
                let mut tokens = Vec::new();
                let mut add = |text: &str, weight: f32, locale: Locale| {
                    tokens.extend(words(text).map(|word| Token {
                        text: word.chars().collect(),
                        weight,
                        locale,
                    }));
                };
                for locale in Locale::ALL {
                    if service.title.has(locale) {
                        add(service.title.get(locale), 3.0, locale);
                    }
                    if service.summary.has(locale) {
                        add(service.summary.get(locale), 1.5, locale);
                    }
                    if service.description.has(locale) {
                        add(service.description.get(locale), 0.7, locale);
                    }
                }
                for (locale, keywords) in &service.keywords {
                    for keyword in keywords {
                        add(keyword, 2.5, *locale);
                    }
                }
                tokens
            })
            .collect();
        SearchIndex { entries }
    }

    /// Services matching the query, best first. A service must match at least half of the
    /// query's words. Matches that only come from typing-error tolerance are shown only when
    /// nothing matches exactly, as a word's start or as part of a compound.
    pub fn search(&self, query: &str, locale: Locale) -> Vec<SearchHit> {
        let query: Vec<Vec<char>> = words(query).map(|w| w.chars().collect()).collect();
        if query.is_empty() {
            return Vec::new();
        }
        let needed = query.len().div_ceil(2);
        let scored: Vec<(SearchHit, bool)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(index, tokens)| {
                let scores: Vec<(f32, bool)> = query
                    .iter()
                    .map(|word| best_score(word, tokens, locale))
                    .collect();
                let matched = scores.iter().filter(|(score, _)| *score > 0.0).count();
                let strong = scores.iter().filter(|(_, strong)| *strong).count() >= needed;
                let score = scores.iter().map(|(score, _)| score).sum();
                (matched >= needed).then_some((SearchHit { index, score }, strong))
            })
            .collect();
        let any_strong = scored.iter().any(|(_, strong)| *strong);
        let mut hits: Vec<SearchHit> = scored
            .into_iter()
            .filter(|(_, strong)| *strong || !any_strong)
            .map(|(hit, _)| hit)
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.index.cmp(&b.index)));
        hits
    }
}

/// The best weighted score of a word over a service's tokens, and whether that word matched
/// anywhere without typing-error tolerance.
fn best_score(word: &[char], tokens: &[Token], locale: Locale) -> (f32, bool) {
    let strong = tokens
        .iter()
        .any(|token| match_quality(word, &token.text) >= STRONG);
    let score = tokens
        .iter()
        .map(|token| {
            let language = if token.locale == locale {
                1.0
            } else if token.locale == Locale::SOURCE {
                0.8
            } else {
                0.5
            };
            match_quality(word, &token.text) * token.weight * language
        })
        .fold(0.0, f32::max);
    (score, strong)
}

/// Match qualities from here up need no typing-error tolerance.
const STRONG: f32 = 0.6;

/// How well a typed word matches an indexed word: exactly, as its start, inside it (German
/// compounds: "schein" in "jagdschein"), or with a typing error.
fn match_quality(word: &[char], token: &[char]) -> f32 {
    let length = word.len();
    if word == token {
        return 1.0;
    }
    if length >= 3 && token.starts_with(word) {
        return 0.8;
    }
    if length >= 4 && token.windows(length).any(|window| window == word) {
        return 0.6;
    }
    if length >= 4 {
        let allowed = if length >= 8 { 2 } else { 1 };
        if within_distance(word, token, allowed) {
            return 0.5;
        }
        if token.len() > length && within_distance(word, &token[..length], 1) {
            return 0.4;
        }
    }
    0.0
}

/// Whether the Damerau-Levenshtein distance (with adjacent swaps) is at most `max`.
fn within_distance(a: &[char], b: &[char], max: usize) -> bool {
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    let width = b.len() + 1;
    let mut previous_previous = vec![0usize; width];
    let mut previous: Vec<usize> = (0..width).collect();
    let mut current = vec![0usize; width];
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = current[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut value = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                value = value.min(previous_previous[j - 2] + 1);
            }
            current[j] = value;
            row_min = row_min.min(value);
        }
        if row_min > max {
            return false;
        }
        std::mem::swap(&mut previous_previous, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()] <= max
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn normalising_folds_what_people_leave_out() {
        assert_eq!(normalise("Erdwärme GROSS Straße"), "erdwarme gross strasse");
        assert_eq!(normalise("Köpek kaydı"), "kopek kaydi");
        assert_eq!(
            normalise("Pozwolenie wodnoprawne łowieckie"),
            "pozwolenie wodnoprawne lowieckie"
        );
        assert_eq!(normalise("رُخْصَة الصَّيْد"), "رخصه الصيد");
    }

    #[test]
    fn typing_errors_within_the_allowed_distance_match() {
        assert!(
            within_distance(&chars("jagdschien"), &chars("jagdschein"), 1),
            "a swap counts once"
        );
        assert!(within_distance(&chars("hund"), &chars("hunf"), 1));
        assert!(!within_distance(&chars("hund"), &chars("mund"), 0));
        assert!(!within_distance(&chars("kamen"), &chars("unna"), 2));
    }

    #[test]
    fn match_quality_prefers_exact_then_prefix_then_compound_part_then_typo() {
        let token = chars("jagdschein");
        assert_eq!(match_quality(&chars("jagdschein"), &token), 1.0);
        assert_eq!(match_quality(&chars("jagd"), &token), 0.8);
        assert_eq!(match_quality(&chars("schein"), &token), 0.6);
        assert_eq!(match_quality(&chars("jagdscheim"), &token), 0.5);
        assert_eq!(match_quality(&chars("ab"), &token), 0.0);
    }
}
