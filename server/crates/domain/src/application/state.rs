//! Where a case stands, as the applicant sees it on the status page.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseState {
    /// Received; not yet taken up.
    Eingegangen,
    InBearbeitung,
    /// The authority asked the applicant for something.
    Nachforderung,
    EntscheidungVorbereitet,
    /// A second person signs the decision off.
    Mitzeichnung,
    Abgeschlossen,
}

impl CaseState {
    pub fn as_str(self) -> &'static str {
        match self {
            CaseState::Eingegangen => "eingegangen",
            CaseState::InBearbeitung => "in_bearbeitung",
            CaseState::Nachforderung => "nachforderung",
            CaseState::EntscheidungVorbereitet => "entscheidung_vorbereitet",
            CaseState::Mitzeichnung => "mitzeichnung",
            CaseState::Abgeschlossen => "abgeschlossen",
        }
    }

    pub fn parse(value: &str) -> Option<CaseState> {
        [
            CaseState::Eingegangen,
            CaseState::InBearbeitung,
            CaseState::Nachforderung,
            CaseState::EntscheidungVorbereitet,
            CaseState::Mitzeichnung,
            CaseState::Abgeschlossen,
        ]
        .into_iter()
        .find(|state| state.as_str() == value)
    }

    /// The Fluent key of the state's short name in the back office ("Mitzeichnung").
    pub fn staff_label_key(self) -> &'static str {
        use crate::msg_key;
        match self {
            CaseState::Eingegangen => msg_key("case-label-eingegangen"),
            CaseState::InBearbeitung => msg_key("case-label-in-bearbeitung"),
            CaseState::Nachforderung => msg_key("case-label-nachforderung"),
            CaseState::EntscheidungVorbereitet => msg_key("case-label-entscheidung-vorbereitet"),
            CaseState::Mitzeichnung => msg_key("case-label-mitzeichnung"),
            CaseState::Abgeschlossen => msg_key("case-label-abgeschlossen"),
        }
    }

    /// The Fluent key of what the applicant is told.
    pub fn message_key(self) -> &'static str {
        use crate::msg_key;
        match self {
            CaseState::Eingegangen => msg_key("case-state-eingegangen"),
            CaseState::InBearbeitung => msg_key("case-state-in-bearbeitung"),
            CaseState::Nachforderung => msg_key("case-state-nachforderung"),
            CaseState::EntscheidungVorbereitet => msg_key("case-state-entscheidung-vorbereitet"),
            CaseState::Mitzeichnung => msg_key("case-state-mitzeichnung"),
            CaseState::Abgeschlossen => msg_key("case-state-abgeschlossen"),
        }
    }
}
