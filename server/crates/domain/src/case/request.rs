//! Nachforderung: the caseworker asks the applicant for something (a missing document, an
//! unclear answer), the case waits in "Nachforderung", and the applicant's answer (text, files
//! or both) brings it back to "in Bearbeitung".

use crate::{FormErrors, msg_key};

/// Longest question a caseworker may ask.
pub const MAX_QUESTION_CHARS: usize = 2000;
/// Longest written answer.
pub const MAX_ANSWER_CHARS: usize = 4000;
/// The input names of the two forms, where their errors are shown.
pub const QUESTION_FIELD: &str = "frage";
pub const ANSWER_FIELD: &str = "antwort";
pub const ANSWER_FILES_FIELD: &str = "antwort-dateien";

/// What the caseworker asks, trimmed and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question(String);

impl Question {
    pub fn parse(text: &str) -> Result<Question, FormErrors> {
        let text = text.trim();
        let mut errors = FormErrors::new();
        if text.is_empty() {
            errors.add(QUESTION_FIELD, msg_key("case-request-question-missing"));
        } else if text.chars().count() > MAX_QUESTION_CHARS {
            errors.add(QUESTION_FIELD, msg_key("case-request-question-too-long"));
        }
        if errors.is_empty() {
            Ok(Question(text.to_owned()))
        } else {
            Err(errors)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The applicant's written answer; it may be empty when files answer the question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerText(String);

impl AnswerText {
    /// Checks the text; `files` is how many files come with it (an answer needs one or the
    /// other).
    pub fn parse(text: &str, files: usize) -> Result<AnswerText, FormErrors> {
        let text = text.trim();
        let mut errors = FormErrors::new();
        if text.chars().count() > MAX_ANSWER_CHARS {
            errors.add(ANSWER_FIELD, msg_key("information-answer-too-long"));
        } else if text.is_empty() && files == 0 {
            errors.add(ANSWER_FIELD, msg_key("information-answer-empty"));
        }
        if errors.is_empty() {
            Ok(AnswerText(text.to_owned()))
        } else {
            Err(errors)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The field name an answer's files are kept under, tying them to their request.
pub fn answer_files_field(request: i64) -> String {
    format!("nachforderung-{request}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_is_needed_and_bounded() {
        assert_eq!(
            Question::parse("  Bitte das Attest nachreichen. ")
                .unwrap()
                .as_str(),
            "Bitte das Attest nachreichen."
        );
        assert!(Question::parse("   ").is_err());
        assert!(Question::parse(&"x".repeat(MAX_QUESTION_CHARS + 1)).is_err());
        assert!(
            Question::parse(&"ä".repeat(MAX_QUESTION_CHARS)).is_ok(),
            "characters, not bytes"
        );
    }

    #[test]
    fn an_answer_is_text_or_files() {
        assert!(AnswerText::parse("", 0).is_err());
        assert_eq!(AnswerText::parse(" ", 1).unwrap().as_str(), "");
        assert!(AnswerText::parse("Anbei das Attest.", 0).is_ok());
        assert!(AnswerText::parse(&"x".repeat(MAX_ANSWER_CHARS + 1), 1).is_err());
        assert_eq!(answer_files_field(7), "nachforderung-7");
    }
}
