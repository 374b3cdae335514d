//! The application assistant: start, steps, check, submit, receipt, save for later, resume and
//! status, and the answer to a Nachforderung. Each handler gets its draft from the `Draft` / `OpenDraft` extractors, calls one use
//! case and renders or redirects.

mod answer;
mod check;
mod saved;
mod status;
mod step;

use app::components::fields::UploadedFile;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::Locale;
use domain::application::DraftToken;
use domain::form::validate::format_date;
use domain::organisation::OrganisationId;
use serde::Deserialize;
use services::application::{self, ApplicationError, DraftInContext};

use crate::web::draft::{OpenDraft, to, trust_level_too_low};
use crate::web::page::PageRequest;
use crate::web::{AppError, AppState};

pub use answer::{answer, show_answer};
pub use check::{receipt, show_check, submit};
pub use saved::{resume_by_code, saved, send_link, show_resume};
pub use status::status;
pub use step::{check_step, save_step, show_step};

async fn load(
    state: &AppState,
    page: &PageRequest,
    token: &DraftToken,
) -> Result<DraftInContext, ApplicationError> {
    application::load(
        &state.portal,
        &state.tenant(),
        &state.catalogue,
        token,
        page.session.as_ref(),
    )
    .await
}

fn expires_on(current: &DraftInContext, locale: Locale) -> String {
    format_date(current.draft.expires_at.date(), locale)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartPost {
    /// `person` (the default) or `organisation:<id>`.
    fuer: Option<String>,
}

/// `POST /leistungen/{id}/antrag`: starts a draft (for the visitor, or for one of their
/// organisations) and opens its first step.
pub async fn start(
    State(state): State<AppState>,
    page: PageRequest,
    Path(id): Path<String>,
    Form(post): Form<StartPost>,
) -> Result<Response, AppError> {
    let Some(service) = state.catalogue.get(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let on_behalf = match post.fuer.as_deref() {
        None | Some("person") => None,
        Some(other) => match other
            .strip_prefix("organisation:")
            .and_then(|id| id.parse::<i64>().ok())
        {
            Some(id) => Some(OrganisationId(id)),
            None => return Ok(StatusCode::BAD_REQUEST.into_response()),
        },
    };
    let started = application::start(
        &state.portal,
        &state.tenant(),
        service,
        page.locale,
        page.session.as_ref(),
        on_behalf,
    )
    .await;
    let token = match started {
        Ok(token) => token,
        Err(ApplicationError::TrustLevelTooLow(_)) => {
            return Ok(trust_level_too_low(
                &state,
                &page,
                service,
                &format!("/leistungen/{id}"),
            ));
        }
        Err(ApplicationError::NotAMember) => return Ok(StatusCode::FORBIDDEN.into_response()),
        Err(error) => return Err(AppError::Internal(error.to_string())),
    };
    let first = service
        .form
        .steps
        .first()
        .map(|step| step.id.clone())
        .unwrap_or_default();
    Ok(to(format!("/antrag/{token}/schritt/{first}")))
}

/// `GET /antrag/{token}`: the resume link. Opens the first step with something left to do, or
/// the check page, or the receipt.
pub async fn resume(
    State(state): State<AppState>,
    page: PageRequest,
    OpenDraft(current): OpenDraft,
) -> Result<Response, AppError> {
    let token = current.draft.token.clone();
    let check = application::check(&state.portal, &state.tenant(), &current, page.locale);
    Ok(match check.problems.first() {
        Some((step, _)) => to(format!("/antrag/{token}/schritt/{step}")),
        None => to(format!("/antrag/{token}/pruefen")),
    })
}

/// The files uploaded into the draft, as its pages show them.
async fn uploads_of(
    state: &AppState,
    current: &DraftInContext,
) -> Result<Vec<UploadedFile>, AppError> {
    let token = &current.draft.token;
    let uploads = state.portal.storage.uploads_for_draft(token).await?;
    Ok(uploads
        .into_iter()
        .map(|upload| UploadedFile {
            href: format!("/antrag/{token}/datei/{}", upload.id),
            id: upload.id,
            file_name: upload.file_name,
            size_bytes: upload.size_bytes,
            state_key: upload.scan_state.message_key(),
        })
        .collect())
}
