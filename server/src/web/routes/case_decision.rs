//! The decision on the case page: writing it (`POST /verwaltung/vorgaenge/{id}/entscheidung`)
//! and showing what became of it. Thin callers of `services::decisions`.

use app::pages::back_office::{DecisionForm, DecisionSummary, ReleaseSummary};
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::case::CaseId;
use domain::case::workflow::Refusal;
use domain::delivery::Channel;
use domain::form::validate::format_date;
use domain::letter::DecisionText;
use domain::{Locale, msg_key};
use serde::Deserialize;
use services::cases::CaseError;
use services::decisions;
use services::staff::ActiveStaff;

use super::cases::{Typed, case_page, refused};
use crate::web::page::PageRequest;
use crate::web::staff_session::Staff;
use crate::web::{AppError, AppState};

/// The decision of a case as the page shows it, in `locale`.
pub(super) async fn summary(
    state: &AppState,
    staff: &ActiveStaff,
    id: CaseId,
    locale: Locale,
) -> Result<Option<DecisionSummary>, CaseError> {
    let Some(facts) = decisions::decision_facts(&state.portal, staff, id).await? else {
        return Ok(None);
    };
    let date = |moment: time::OffsetDateTime| format_date(moment.date(), locale);
    let release = facts.decision.release.as_ref().map(|release| {
        let message = facts.message.as_ref();
        ReleaseSummary {
            released_on: date(release.released_at),
            letter_href: facts
                .letter
                .map(|(akte, document)| format!("/verwaltung/akten/{akte}/dokumente/{document}/1")),
            sha256: release.sha256.clone(),
            channel: match release.channel {
                Channel::Postfach => msg_key("decision-channel-postfach"),
                Channel::Paper(reason) => reason.message_key(),
            },
            notified_on: message.and_then(|m| m.notified_at).map(date),
            retrieved_on: message.and_then(|m| m.retrieved_at).map(date),
            paper_on: message.and_then(|m| m.paper_at).map(date),
            announced_on: facts.announced_on().map(|day| format_date(day, locale)),
            appeal_deadline: facts.appeal_deadline().map(|day| format_date(day, locale)),
        }
    });
    Ok(Some(DecisionSummary {
        outcome: facts.decision.text.outcome,
        reasoning: facts.decision.text.reasoning.clone(),
        written_on: date(facts.decision.written_at),
        release,
    }))
}

/// The form to write the decision, filled with an earlier text (a decision sent back).
pub(super) fn form_for(decision: Option<&DecisionSummary>) -> DecisionForm {
    decision.map_or_else(DecisionForm::default, |decision| DecisionForm {
        outcome: decision.outcome.as_str().to_owned(),
        reasoning: decision.reasoning.clone(),
        errors: domain::FormErrors::new(),
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DecisionPost {
    ergebnis: String,
    begruendung: String,
}

/// `POST /verwaltung/vorgaenge/{id}/entscheidung`: writes the decision and moves the case on to
/// the sign-off's preparation; errors come back with what was typed.
pub async fn prepare(
    State(state): State<AppState>,
    page: PageRequest,
    Staff(staff): Staff,
    Path(id): Path<String>,
    Form(post): Form<DecisionPost>,
) -> Result<Response, AppError> {
    let Some(id) = CaseId::parse(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let text = match DecisionText::parse(&post.ergebnis, &post.begruendung) {
        Ok(text) => text,
        Err(errors) => {
            let typed = Typed {
                decision: Some(DecisionForm {
                    outcome: post.ergebnis.chars().take(32).collect(),
                    reasoning: post.begruendung.chars().take(40_000).collect(),
                    errors,
                }),
                ..Typed::default()
            };
            return case_page(&state, &page, &staff, id, None, typed).await;
        }
    };
    match decisions::prepare(&state.portal, &staff, id, &text).await {
        Ok(()) => {
            Ok(Redirect::to(&format!("/verwaltung/vorgaenge/{id}#entscheidung")).into_response())
        }
        Err(CaseError::Refused(Refusal(key))) => {
            case_page(&state, &page, &staff, id, Some(key), Typed::default()).await
        }
        Err(error) => refused(error),
    }
}
