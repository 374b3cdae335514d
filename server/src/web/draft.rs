//! The draft a request is about, from the `{token}` in its path: loaded with the definition
//! version it was started with, or answered right away when there is none (not found, expired)
//! or when it was submitted and the request wants an open one. Handlers take [`Draft`] or
//! [`OpenDraft`] and never repeat these checks.

use app::Page;
use app::pages::account::{LoginReason, LoginRequiredView};
use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use domain::application::DraftToken;
use domain::service::TrustLevel;
use services::application::{self, ApplicationError, DraftInContext};

use super::page::PageRequest;
use super::session::login_href;
use super::{AppError, AppState};

/// A draft, submitted or not.
pub struct Draft(pub DraftInContext);

/// A draft that can still be changed; a submitted one sends the visitor to its receipt.
pub struct OpenDraft(pub DraftInContext);

pub fn to(path: String) -> Response {
    Redirect::to(&path).into_response()
}

pub fn draft_not_found(state: &AppState, page: &PageRequest) -> Response {
    page.render_with_status(state, StatusCode::NOT_FOUND, Page::DraftNotFound)
}

/// The page that asks for a login (403): for a service's trust level, a step-up, or a draft
/// that belongs to an account. The login comes back to `return_to`.
pub fn login_required(
    state: &AppState,
    page: &PageRequest,
    reason: LoginReason,
    return_to: &str,
) -> Response {
    let level = match &reason {
        LoginReason::Level { required, .. } => *required,
        LoginReason::Owner => TrustLevel::Basis,
    };
    let view = LoginRequiredView {
        reason,
        login_href: services::accounts::login_possible(&state.portal, level)
            .then(|| login_href(return_to, level)),
    };
    page.render_with_status(state, StatusCode::FORBIDDEN, Page::LoginRequired { view })
}

/// The trust level page for `service`, for the visitor of `page`.
pub fn trust_level_too_low(
    state: &AppState,
    page: &PageRequest,
    service: &domain::service::ServiceDefinition,
    return_to: &str,
) -> Response {
    let reason = LoginReason::Level {
        service_title: service.title.get(page.locale).to_owned(),
        required: service.trust_level,
        current: page.session.as_ref().map(|session| session.trust_level),
    };
    login_required(state, page, reason, return_to)
}

/// Maps what can go wrong with a draft to the right answer for the visitor.
pub fn refuse(
    state: &AppState,
    page: &PageRequest,
    token: &DraftToken,
    error: ApplicationError,
) -> Result<Response, AppError> {
    match error {
        ApplicationError::UnknownDraft => Ok(draft_not_found(state, page)),
        ApplicationError::NotAMember => Ok(StatusCode::FORBIDDEN.into_response()),
        ApplicationError::OwnerMustLogIn => {
            Ok(login_required(state, page, LoginReason::Owner, &page.path))
        }
        ApplicationError::AlreadySubmitted(_) => Ok(to(format!("/antrag/{token}/eingereicht"))),
        ApplicationError::StepNotAvailable => Ok(to(format!("/antrag/{token}"))),
        ApplicationError::TrustLevelTooLow(required) => {
            let reason = LoginReason::Level {
                service_title: String::new(),
                required,
                current: page.session.as_ref().map(|session| session.trust_level),
            };
            Ok(login_required(state, page, reason, &page.path))
        }
        ApplicationError::TamperedPost(reason) => {
            tracing::warn!(%reason, "refused a step post");
            Ok(StatusCode::BAD_REQUEST.into_response())
        }
        ApplicationError::Catalogue(error) => Err(AppError::Internal(error.to_string())),
        ApplicationError::Files(error) => Err(AppError::Internal(error)),
        ApplicationError::Storage(error) => Err(error.into()),
    }
}

async fn load(parts: &mut Parts, state: &AppState) -> Result<DraftInContext, Response> {
    let page = match PageRequest::from_request_parts(parts, state).await {
        Ok(page) => page,
        Err(never) => match never {},
    };
    let params = RawPathParams::from_request_parts(parts, state)
        .await
        .map_err(IntoResponse::into_response)?;
    let token = params
        .iter()
        .find(|(name, _)| *name == "token")
        .and_then(|(_, value)| DraftToken::parse(value));
    let Some(token) = token else {
        return Err(draft_not_found(state, &page));
    };
    let loaded = application::load(
        &state.portal,
        &state.tenant(),
        &state.catalogue,
        &token,
        page.session.as_ref(),
    )
    .await;
    loaded.map_err(|error| refuse(state, &page, &token, error).into_response())
}

impl FromRequestParts<AppState> for Draft {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        load(parts, state).await.map(Draft)
    }
}

impl FromRequestParts<AppState> for OpenDraft {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let current = load(parts, state).await?;
        if current.draft.submission.is_some() {
            return Err(to(format!("/antrag/{}/eingereicht", current.draft.token)));
        }
        Ok(OpenDraft(current))
    }
}
