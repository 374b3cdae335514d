//! Aussonderung's pages: the Akten due for it and the confirmed deletion of one. Thin callers
//! of `services::disposal`; staff who carry out none get 404.

use app::Page;
use app::pages::back_office::{DisposalCandidateView, DisposalProblem, DisposalView};
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::case::workflow::Refusal;
use domain::form::validate::format_date;
use domain::msg_key;
use domain::record::AkteId;
use serde::Deserialize;
use services::cases::CaseError;
use services::disposal;
use services::staff::ActiveStaff;

use super::akten::unit_label;
use crate::web::page::PageRequest;
use crate::web::staff_session::Staff;
use crate::web::{AppError, AppState};

#[derive(Debug, Deserialize)]
pub struct DisposalParams {
    /// The Akte just ausgesondert, for the confirmation.
    ausgesondert: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct DisposePost {
    bestaetigung: Option<String>,
}

/// `GET /verwaltung/aussonderung`
pub async fn list(
    State(state): State<AppState>,
    page: PageRequest,
    Staff(staff): Staff,
    Query(params): Query<DisposalParams>,
) -> Result<Response, AppError> {
    let done = match params.ausgesondert.as_deref().and_then(AkteId::parse) {
        Some(id) => disposal::proof(&state.portal, &staff, id)
            .await?
            .map(|(akte, proof)| (akte.aktenzeichen, proof.documents, proof.cases)),
        None => None,
    };
    disposal_page(&state, &page, &staff, None, done).await
}

/// `POST /verwaltung/akten/{id}/aussondern`: deletes the Akte's content once confirmed.
pub async fn dispose(
    State(state): State<AppState>,
    page: PageRequest,
    Staff(staff): Staff,
    Path(id): Path<String>,
    Form(post): Form<DisposePost>,
) -> Result<Response, AppError> {
    let Some(id) = AkteId::parse(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    if post.bestaetigung.as_deref() != Some("ja") {
        let problem = DisposalProblem {
            akte: id.0,
            key: msg_key("disposal-confirm-missing"),
        };
        return disposal_page(&state, &page, &staff, Some(problem), None).await;
    }
    match disposal::dispose(&state.portal, &staff, id).await {
        Ok(_) => Ok(
            Redirect::to(&format!("/verwaltung/aussonderung?ausgesondert={id}")).into_response(),
        ),
        Err(CaseError::Refused(Refusal(key))) => {
            let problem = DisposalProblem { akte: id.0, key };
            disposal_page(&state, &page, &staff, Some(problem), None).await
        }
        Err(CaseError::Storage(error)) => Err(error.into()),
        Err(_) => Ok(StatusCode::NOT_FOUND.into_response()),
    }
}

async fn disposal_page(
    state: &AppState,
    page: &PageRequest,
    staff: &ActiveStaff,
    problem: Option<DisposalProblem>,
    done: Option<(String, u32, u32)>,
) -> Result<Response, AppError> {
    let tenant = state.tenant();
    let candidates = match disposal::candidates(&state.portal, &tenant, staff).await {
        Ok(candidates) => candidates,
        Err(CaseError::Storage(error)) => return Err(error.into()),
        Err(_) => return Ok(StatusCode::NOT_FOUND.into_response()),
    };
    let locale = page.locale;
    let status = match &problem {
        Some(problem) if problem.key == "disposal-confirm-missing" => {
            StatusCode::UNPROCESSABLE_ENTITY
        }
        Some(_) => StatusCode::CONFLICT,
        None => StatusCode::OK,
    };
    let candidates = candidates
        .into_iter()
        .map(|candidate| {
            let akte = candidate.akte;
            let id = akte.id;
            DisposalCandidateView {
                id: id.0,
                unit: unit_label(&tenant, &akte.unit, locale),
                closed_on: akte
                    .closed_at
                    .map(|at| format_date(at.date(), locale))
                    .unwrap_or_default(),
                aktenzeichen: akte.aktenzeichen,
                retained_through: candidate.retained_through,
                archival_value: candidate.archival_value,
                exported: candidate.exported,
                export_href: format!("/verwaltung/akten/{id}/xdomea"),
                dispose_action: format!("/verwaltung/akten/{id}/aussondern"),
            }
        })
        .collect();
    let view = DisposalView {
        candidates,
        problem,
        done,
    };
    Ok(page.render_with_status(state, status, Page::Disposal { view }))
}
