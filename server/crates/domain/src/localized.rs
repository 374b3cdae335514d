//! Texts that come with data (names of towns and units, service titles) rather than from the
//! Fluent catalogue: one text per locale, German required.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Locale;

/// A text in several languages. German is always present; other languages fall back to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    try_from = "BTreeMap<Locale, String>",
    into = "BTreeMap<Locale, String>"
)]
pub struct LocalizedText(BTreeMap<Locale, String>);

/// Why a localized text was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LocalizedTextError {
    #[error("the German text is missing")]
    GermanMissing,
    #[error("the text for {0:?} is empty")]
    Empty(Locale),
}

impl LocalizedText {
    /// The text in `locale`, or the German text when that language is missing.
    pub fn get(&self, locale: Locale) -> &str {
        self.0
            .get(&locale)
            .or_else(|| self.0.get(&Locale::SOURCE))
            .map(String::as_str)
            .unwrap_or_default()
    }

    /// The locales this text is written in.
    pub fn locales(&self) -> impl Iterator<Item = Locale> + '_ {
        self.0.keys().copied()
    }

    /// Whether the text exists in `locale` itself (not by falling back to German).
    pub fn has(&self, locale: Locale) -> bool {
        self.0.contains_key(&locale)
    }
}

impl TryFrom<BTreeMap<Locale, String>> for LocalizedText {
    type Error = LocalizedTextError;

    fn try_from(texts: BTreeMap<Locale, String>) -> Result<Self, Self::Error> {
        if !texts.contains_key(&Locale::SOURCE) {
            return Err(LocalizedTextError::GermanMissing);
        }
        if let Some((locale, _)) = texts.iter().find(|(_, text)| text.trim().is_empty()) {
            return Err(LocalizedTextError::Empty(*locale));
        }
        Ok(LocalizedText(texts))
    }
}

impl From<LocalizedText> for BTreeMap<Locale, String> {
    fn from(text: LocalizedText) -> Self {
        text.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(pairs: &[(Locale, &str)]) -> Result<LocalizedText, LocalizedTextError> {
        pairs
            .iter()
            .map(|(locale, text)| (*locale, text.to_string()))
            .collect::<BTreeMap<_, _>>()
            .try_into()
    }

    #[test]
    fn missing_language_falls_back_to_german() {
        let name = text(&[
            (Locale::De, "Gesundheitsamt"),
            (Locale::En, "Health Office"),
        ])
        .unwrap();
        assert_eq!(name.get(Locale::En), "Health Office");
        assert_eq!(name.get(Locale::Pl), "Gesundheitsamt");
        assert!(!name.has(Locale::Pl));
    }

    #[test]
    fn german_is_required_and_no_text_may_be_empty() {
        assert_eq!(
            text(&[(Locale::En, "x")]),
            Err(LocalizedTextError::GermanMissing)
        );
        assert_eq!(
            text(&[(Locale::De, "x"), (Locale::Tr, "  ")]),
            Err(LocalizedTextError::Empty(Locale::Tr))
        );
    }

    #[test]
    fn deserializes_from_a_table_of_language_tags() {
        let name: LocalizedText = toml::from_str::<BTreeMap<String, LocalizedText>>(
            "name = { de = \"Kreis Unna\", ar = \"مقاطعة أونا\" }",
        )
        .unwrap()
        .remove("name")
        .unwrap();
        assert_eq!(name.get(Locale::Ar), "مقاطعة أونا");
    }
}
