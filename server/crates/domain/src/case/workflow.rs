//! The steps of a case, and who may take them. Refusals carry the Fluent key that explains
//! them to the staff member.
//!
//! eingegangen → (take up) in Bearbeitung ⇄ Nachforderung (the applicant's answer brings it
//! back) → Entscheidung vorbereitet → Mitzeichnung → abgeschlossen. Only the person working on the case prepares the decision and asks for the
//! sign-off; a second person of the unit signs off or sends it back (never the one who asked
//! for the sign-off: four eyes).

use crate::application::CaseState;
use crate::msg_key;
use crate::staff::StaffId;

/// A step a staff member asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Ask the applicant for something; taken with the question (see `request`).
    RequestInformation,
    PrepareDecision,
    RequestSignOff,
    SignOff,
    SendBack,
}

impl Step {
    /// Every step, in the order the case page offers them.
    pub const ALL: [Step; 5] = [
        Step::RequestInformation,
        Step::PrepareDecision,
        Step::RequestSignOff,
        Step::SignOff,
        Step::SendBack,
    ];
}

impl Step {
    pub fn as_str(self) -> &'static str {
        match self {
            Step::RequestInformation => "nachfordern",
            Step::PrepareDecision => "entscheidung-vorbereiten",
            Step::RequestSignOff => "mitzeichnung-anfordern",
            Step::SignOff => "mitzeichnen",
            Step::SendBack => "zurueckgeben",
        }
    }

    pub fn parse(text: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|step| step.as_str() == text)
    }

    /// The state the case must be in, and the one it is in afterwards.
    pub fn states(self) -> (CaseState, CaseState) {
        match self {
            Step::RequestInformation => (CaseState::InBearbeitung, CaseState::Nachforderung),
            Step::PrepareDecision => (CaseState::InBearbeitung, CaseState::EntscheidungVorbereitet),
            Step::RequestSignOff => (CaseState::EntscheidungVorbereitet, CaseState::Mitzeichnung),
            Step::SignOff => (CaseState::Mitzeichnung, CaseState::Abgeschlossen),
            Step::SendBack => (CaseState::Mitzeichnung, CaseState::InBearbeitung),
        }
    }

    /// The Fluent key of the button that takes the step.
    pub fn message_key(self) -> &'static str {
        match self {
            Step::RequestInformation => msg_key("case-step-request-information"),
            Step::PrepareDecision => msg_key("case-step-prepare"),
            Step::RequestSignOff => msg_key("case-step-request-sign-off"),
            Step::SignOff => msg_key("case-step-sign-off"),
            Step::SendBack => msg_key("case-step-send-back"),
        }
    }
}

/// What the rules need to know about a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseFacts {
    pub state: CaseState,
    pub assignee: Option<StaffId>,
    /// Who asked for the sign-off: they cannot give it.
    pub prepared_by: Option<StaffId>,
}

/// Why a step was refused: the Fluent key of the explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Refusal(pub &'static str);

/// Whether `actor` (who works in the case's unit) may take `step`; the new state if so.
pub fn decide(facts: &CaseFacts, actor: StaffId, step: Step) -> Result<CaseState, Refusal> {
    let (from, to) = step.states();
    if facts.state != from {
        return Err(Refusal(msg_key("case-refused-state")));
    }
    match step {
        Step::RequestInformation | Step::PrepareDecision | Step::RequestSignOff
            if facts.assignee != Some(actor) =>
        {
            Err(Refusal(msg_key("case-refused-not-assignee")))
        }
        Step::SignOff | Step::SendBack if facts.prepared_by == Some(actor) => {
            Err(Refusal(msg_key("case-refused-four-eyes")))
        }
        _ => Ok(to),
    }
}

/// The steps `actor` may take now, for the case page's buttons.
pub fn available(facts: &CaseFacts, actor: StaffId) -> Vec<Step> {
    Step::ALL
        .into_iter()
        .filter(|step| decide(facts, actor, *step).is_ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANNA: StaffId = StaffId(1);
    const BEN: StaffId = StaffId(2);

    fn facts(state: CaseState, prepared_by: Option<StaffId>) -> CaseFacts {
        CaseFacts {
            state,
            assignee: Some(ANNA),
            prepared_by,
        }
    }

    #[test]
    fn the_assignee_prepares_and_a_second_person_signs_off() {
        let working = facts(CaseState::InBearbeitung, None);
        assert_eq!(
            decide(&working, ANNA, Step::RequestInformation),
            Ok(CaseState::Nachforderung)
        );
        assert_eq!(
            decide(&working, BEN, Step::RequestInformation),
            Err(Refusal("case-refused-not-assignee"))
        );
        assert_eq!(
            decide(
                &facts(CaseState::Nachforderung, None),
                ANNA,
                Step::PrepareDecision
            ),
            Err(Refusal("case-refused-state")),
            "no decision while waiting for the applicant"
        );
        assert_eq!(
            decide(&working, ANNA, Step::PrepareDecision),
            Ok(CaseState::EntscheidungVorbereitet)
        );
        assert_eq!(
            decide(&working, BEN, Step::PrepareDecision),
            Err(Refusal("case-refused-not-assignee"))
        );
        let prepared = facts(CaseState::EntscheidungVorbereitet, None);
        assert_eq!(
            decide(&prepared, ANNA, Step::RequestSignOff),
            Ok(CaseState::Mitzeichnung)
        );
        let signing = facts(CaseState::Mitzeichnung, Some(ANNA));
        assert_eq!(
            decide(&signing, ANNA, Step::SignOff),
            Err(Refusal("case-refused-four-eyes")),
            "not the same person"
        );
        assert_eq!(
            decide(&signing, BEN, Step::SignOff),
            Ok(CaseState::Abgeschlossen)
        );
        assert_eq!(
            decide(&signing, BEN, Step::SendBack),
            Ok(CaseState::InBearbeitung)
        );
        assert_eq!(
            decide(&working, ANNA, Step::SignOff),
            Err(Refusal("case-refused-state")),
            "no sign-off before it was asked for"
        );
    }

    #[test]
    fn the_buttons_follow_the_rules_and_steps_round_trip() {
        assert_eq!(
            available(&facts(CaseState::Mitzeichnung, Some(ANNA)), BEN),
            vec![Step::SignOff, Step::SendBack]
        );
        assert!(available(&facts(CaseState::Mitzeichnung, Some(ANNA)), ANNA).is_empty());
        assert!(available(&facts(CaseState::Abgeschlossen, Some(ANNA)), BEN).is_empty());
        for step in Step::ALL {
            assert_eq!(Step::parse(step.as_str()), Some(step));
        }
    }
}
