//! Letters the authority writes: the decision a caseworker prepares (outcome and reasoning),
//! the templates per letter kind and service that turn a case into the binding German text, and
//! the addressee taken from the application.
//!
//! Templates are data in the tenant's definition (`[[letter_templates]]`): a default per kind,
//! overridden per service. Placeholders are `{name}` from a fixed list, checked when the tenant
//! loads, so a typo cannot reach a citizen as `{aktenzeichn}`.

mod addressee;
mod template;

pub use addressee::{Addressee, addressee};
pub use template::{
    LetterTemplate, PLACEHOLDERS, Placeholders, TemplateError, check_all, fill, template_for,
};

use serde::{Deserialize, Serialize};

use crate::{FormErrors, msg_key};

/// The kinds of letter a case produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LetterKind {
    /// The decision (Verwaltungsakt).
    Bescheid,
    /// The request for missing information or documents.
    Nachforderung,
    /// The confirmation of receipt.
    Eingangsbestaetigung,
    /// The hearing before an adverse decision (§ 28 VwVfG).
    Anhoerung,
}

impl LetterKind {
    pub const ALL: [LetterKind; 4] = [
        LetterKind::Bescheid,
        LetterKind::Nachforderung,
        LetterKind::Eingangsbestaetigung,
        LetterKind::Anhoerung,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LetterKind::Bescheid => "bescheid",
            LetterKind::Nachforderung => "nachforderung",
            LetterKind::Eingangsbestaetigung => "eingangsbestaetigung",
            LetterKind::Anhoerung => "anhoerung",
        }
    }
}

/// What the decision grants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The application is granted.
    Stattgabe,
    /// The application is refused.
    Ablehnung,
}

impl Outcome {
    pub const ALL: [Outcome; 2] = [Outcome::Stattgabe, Outcome::Ablehnung];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Stattgabe => "stattgabe",
            Outcome::Ablehnung => "ablehnung",
        }
    }

    pub fn parse(text: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.as_str() == text)
    }

    /// The Fluent key naming the outcome for staff and citizens.
    pub fn message_key(self) -> &'static str {
        match self {
            Outcome::Stattgabe => msg_key("decision-outcome-stattgabe"),
            Outcome::Ablehnung => msg_key("decision-outcome-ablehnung"),
        }
    }

    /// The operative sentence's verb in the binding German text.
    pub fn german_verb(self) -> &'static str {
        match self {
            Outcome::Stattgabe => "bewilligt",
            Outcome::Ablehnung => "abgelehnt",
        }
    }
}

pub const OUTCOME_FIELD: &str = "ergebnis";
pub const REASONING_FIELD: &str = "begruendung";
/// Longest reasoning: a Bescheid's Begründung, not a report.
pub const MAX_REASONING_CHARS: usize = 20_000;

/// The decision as the caseworker writes it, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionText {
    pub outcome: Outcome,
    /// The Begründung (§ 39 VwVfG), paragraphs separated by blank lines.
    pub reasoning: String,
}

impl DecisionText {
    pub fn parse(outcome: &str, reasoning: &str) -> Result<DecisionText, FormErrors> {
        let mut errors = FormErrors::new();
        let outcome = Outcome::parse(outcome.trim());
        if outcome.is_none() {
            errors.add(OUTCOME_FIELD, msg_key("decision-outcome-missing"));
        }
        let reasoning = reasoning.trim().replace("\r\n", "\n");
        if reasoning.is_empty() {
            errors.add(REASONING_FIELD, msg_key("decision-reasoning-missing"));
        } else if reasoning.chars().count() > MAX_REASONING_CHARS {
            errors.add(REASONING_FIELD, msg_key("decision-reasoning-too-long"));
        }
        match outcome {
            Some(outcome) if errors.is_empty() => Ok(DecisionText { outcome, reasoning }),
            _ => Err(errors),
        }
    }
}

/// Splits a text into paragraphs at blank lines, joining the lines within one.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|paragraph| paragraph.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|paragraph| !paragraph.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decision_needs_an_outcome_and_a_reasoning() {
        let errors = DecisionText::parse("", "  ").unwrap_err();
        assert_eq!(errors.len(), 2);
        let errors = DecisionText::parse("vielleicht", "Gründe").unwrap_err();
        assert_eq!(errors.len(), 1);
        let long = "x".repeat(MAX_REASONING_CHARS + 1);
        assert!(DecisionText::parse("stattgabe", &long).is_err());
        let decision = DecisionText::parse(" ablehnung ", " Erstens.\r\n\r\nZweitens. ").unwrap();
        assert_eq!(decision.outcome, Outcome::Ablehnung);
        assert_eq!(paragraphs(&decision.reasoning), ["Erstens.", "Zweitens."]);
    }

    #[test]
    fn paragraphs_join_their_lines_and_drop_empty_ones() {
        assert_eq!(
            paragraphs("Eins\nzwei\n\n\n\nDrei  "),
            ["Eins zwei", "Drei"]
        );
    }
}
