//! Feedback on accessibility (§ 12b BGG): anyone may report a barrier from any page; the portal
//! keeps the message and tells the tenant's contact.

use serde::{Deserialize, Serialize};

use crate::{EmailAddress, FormErrors, msg_key};

pub const MESSAGE_MAX_CHARS: usize = 5000;
pub const NAME_MAX_CHARS: usize = 200;
pub const PAGE_MAX_CHARS: usize = 500;

/// Identifies stored feedback; shown to the sender as a reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FeedbackId(pub i64);

/// The feedback form as it was posted: every field a string, nothing checked yet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default)]
pub struct RawAccessibilityFeedback {
    pub name: String,
    pub email: String,
    pub page: String,
    pub message: String,
}

/// Feedback that passed validation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessibilityFeedback {
    pub name: Option<String>,
    pub email: Option<EmailAddress>,
    /// The page the barrier was found on, as the sender described it.
    pub page: Option<String>,
    pub message: String,
}

impl AccessibilityFeedback {
    /// Checks the posted form; on failure every problem is reported, in the order the form
    /// shows the fields (message, page, name, e-mail).
    pub fn parse(raw: &RawAccessibilityFeedback) -> Result<Self, FormErrors> {
        let mut errors = FormErrors::new();

        let message = clean_text(&raw.message);
        if message.is_empty() {
            errors.add("message", msg_key("feedback-error-message-missing"));
        } else if message.chars().count() > MESSAGE_MAX_CHARS {
            errors.add("message", msg_key("feedback-error-message-too-long"));
        }

        let page = optional_line(&raw.page);
        if page
            .as_ref()
            .is_some_and(|p| p.chars().count() > PAGE_MAX_CHARS)
        {
            errors.add("page", msg_key("feedback-error-page-too-long"));
        }

        let name = optional_line(&raw.name);
        if name
            .as_ref()
            .is_some_and(|n| n.chars().count() > NAME_MAX_CHARS)
        {
            errors.add("name", msg_key("feedback-error-name-too-long"));
        }

        let email = match optional_line(&raw.email) {
            None => None,
            Some(text) => match EmailAddress::parse(&text) {
                Ok(address) => Some(address),
                Err(_) => {
                    errors.add("email", msg_key("feedback-error-email-invalid"));
                    None
                }
            },
        };

        errors.into_result(|| AccessibilityFeedback {
            name,
            email,
            page,
            message,
        })
    }
}

/// A one-line field: control characters removed, whitespace trimmed, empty as `None`.
fn optional_line(input: &str) -> Option<String> {
    let line: String = input.chars().filter(|c| !c.is_control()).collect();
    let line = line.trim();
    (!line.is_empty()).then(|| line.to_owned())
}

/// A multi-line field: line breaks and tabs kept, other control characters removed, trimmed.
fn clean_text(input: &str) -> String {
    let text: String = input
        .replace("\r\n", "\n")
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect();
    text.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(message: &str) -> RawAccessibilityFeedback {
        RawAccessibilityFeedback {
            message: message.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_message_alone_is_enough() {
        let feedback =
            AccessibilityFeedback::parse(&raw("  Der Kontrast ist zu schwach.\r\n ")).unwrap();
        assert_eq!(feedback.message, "Der Kontrast ist zu schwach.");
        assert_eq!(
            (feedback.name, feedback.email, feedback.page),
            (None, None, None)
        );
    }

    #[test]
    fn every_problem_is_reported_in_field_order() {
        let input = RawAccessibilityFeedback {
            name: "x".repeat(NAME_MAX_CHARS + 1),
            email: "nicht-gueltig".into(),
            page: "p".repeat(PAGE_MAX_CHARS + 1),
            message: " \n\t ".into(),
        };
        let errors = AccessibilityFeedback::parse(&input).unwrap_err();
        let fields: Vec<_> = errors
            .iter()
            .map(|e| match &e.message {
                crate::form_error::ErrorMessage::Key { key, .. } => (e.field.as_str(), *key),
                crate::form_error::ErrorMessage::Text(_) => {
                    panic!("feedback uses catalogue messages")
                }
            })
            .collect();
        assert_eq!(
            fields,
            [
                ("message", "feedback-error-message-missing"),
                ("page", "feedback-error-page-too-long"),
                ("name", "feedback-error-name-too-long"),
                ("email", "feedback-error-email-invalid"),
            ]
        );
    }

    #[test]
    fn overlong_messages_are_refused_by_characters_not_bytes() {
        let exactly = "ä".repeat(MESSAGE_MAX_CHARS);
        assert!(AccessibilityFeedback::parse(&raw(&exactly)).is_ok());
        let errors = AccessibilityFeedback::parse(&raw(&format!("{exactly}ä"))).unwrap_err();
        assert_eq!(
            errors.for_field("message"),
            Some(&crate::ErrorMessage::Key {
                key: "feedback-error-message-too-long",
                args: vec![]
            })
        );
    }

    #[test]
    fn control_characters_are_removed_but_line_breaks_kept() {
        let feedback = AccessibilityFeedback::parse(&RawAccessibilityFeedback {
            name: "Erika\u{0}\u{7} Muster".into(),
            message: "Zeile 1\r\nZeile\u{1b}[31m 2".into(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(feedback.name.as_deref(), Some("Erika Muster"));
        assert_eq!(feedback.message, "Zeile 1\nZeile[31m 2");
    }
}
