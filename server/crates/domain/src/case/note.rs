//! Vermerke (notes) on a case and its history: what staff write down for each other, and the
//! case's changes as the audit trail records them.

use crate::{FormErrors, msg_key};

/// Longest note.
pub const MAX_NOTE_CHARS: usize = 4000;
pub const NOTE_FIELD: &str = "vermerk";

/// A note's text, trimmed and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteText(String);

impl NoteText {
    pub fn parse(text: &str) -> Result<NoteText, FormErrors> {
        let text = text.trim();
        let mut errors = FormErrors::new();
        if text.is_empty() {
            errors.add(NOTE_FIELD, msg_key("case-note-missing"));
        } else if text.chars().count() > MAX_NOTE_CHARS {
            errors.add(NOTE_FIELD, msg_key("case-note-too-long"));
        }
        if errors.is_empty() {
            Ok(NoteText(text.to_owned()))
        } else {
            Err(errors)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The Fluent key describing an audited action on a case in its history; `None` for what the
/// history leaves out (reading the case file is in the audit trail, not in the history).
pub fn history_key(action: &str) -> Option<&'static str> {
    Some(match action {
        "case.assign" => msg_key("case-history-assign"),
        "case.nachfordern" => msg_key("case-history-request"),
        "case.answer" => msg_key("case-history-answer"),
        "case.entscheidung-vorbereiten" => msg_key("case-history-prepare"),
        "case.mitzeichnung-anfordern" => msg_key("case-history-request-sign-off"),
        "case.mitzeichnen" => msg_key("case-history-sign-off"),
        "case.zurueckgeben" => msg_key("case-history-send-back"),
        "case.zda" => msg_key("case-history-filed"),
        "case.note" => msg_key("case-history-note"),
        "case.wiedervorlage" => msg_key("case-history-resubmission"),
        "case.wiedervorlage-erledigt" => msg_key("case-history-resubmission-cleared"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_is_needed_and_bounded() {
        assert_eq!(
            NoteText::parse("  Rückruf am Montag. ").unwrap().as_str(),
            "Rückruf am Montag."
        );
        assert!(NoteText::parse(" \n ").is_err());
        assert!(NoteText::parse(&"x".repeat(MAX_NOTE_CHARS + 1)).is_err());
    }

    #[test]
    fn the_history_names_changes_not_readings() {
        assert_eq!(
            history_key("case.mitzeichnen"),
            Some("case-history-sign-off")
        );
        assert_eq!(history_key("case.read"), None);
        for step in crate::case::workflow::Step::ALL {
            assert!(
                history_key(&format!("case.{}", step.as_str())).is_some(),
                "{step:?} appears in the history"
            );
        }
    }
}
