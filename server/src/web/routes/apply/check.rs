//! Check your answers, the binding submit, and the receipt.

use std::sync::Arc;

use app::Page;
use app::components::fields::FieldState;
use app::pages::apply::{CheckView, ReceiptView};
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::application::AccessCode;
use domain::form::validate::format_date;
use domain::{FormErrors, Locale};
use serde::Deserialize;
use services::application::{self, ApplicationError, DraftInContext, SubmitError};

use crate::web::draft::{Draft, OpenDraft, refuse, to, trust_level_too_low};
use crate::web::page::PageRequest;
use crate::web::{AppError, AppState};

use super::{expires_on, uploads_of};

async fn check_view(
    state: &AppState,
    current: &DraftInContext,
    declaration_missing: bool,
    locale: Locale,
) -> Result<CheckView, AppError> {
    let check = application::check(&state.portal, &state.tenant(), current, locale);
    let uploads = uploads_of(state, current).await?;
    Ok(CheckView {
        service: Arc::clone(&current.service),
        token: current.draft.token.to_string(),
        code: current.draft.token.grouped(),
        state: FieldState {
            values: Arc::new(current.draft.values.clone()),
            errors: Arc::new(FormErrors::new()),
            uploads: Arc::new(uploads),
            from_account: Arc::new(current.from_account()),
        },
        problems: check.problems,
        computed: check.computed,
        declaration_missing,
        expires_on: expires_on(current, locale),
    })
}

/// `GET /antrag/{token}/pruefen`
pub async fn show_check(
    State(state): State<AppState>,
    page: PageRequest,
    OpenDraft(current): OpenDraft,
) -> Result<Response, AppError> {
    let view = check_view(&state, &current, false, page.locale).await?;
    Ok(page.render(&state, Page::Check { view }))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubmitPost {
    erklaerung: Option<String>,
}

/// `POST /antrag/{token}/absenden`: the binding submit; a repeat finds the first submission.
pub async fn submit(
    State(state): State<AppState>,
    page: PageRequest,
    Draft(current): Draft,
    Form(post): Form<SubmitPost>,
) -> Result<Response, AppError> {
    let token = current.draft.token.clone();
    let declaration = post.erklaerung.as_deref() == Some("ja");
    match application::submit(
        &state.portal,
        &state.tenant(),
        &current,
        declaration,
        page.locale,
        page.session.as_ref(),
    )
    .await
    {
        Ok(_) => Ok(to(format!("/antrag/{token}/eingereicht"))),
        Err(SubmitError::Application(ApplicationError::TrustLevelTooLow(_))) => {
            Ok(trust_level_too_low(
                &state,
                &page,
                &current.service,
                &format!("/antrag/{token}/pruefen"),
            ))
        }
        Err(SubmitError::Incomplete) => Ok(to(format!("/antrag/{token}/pruefen"))),
        Err(SubmitError::DeclarationMissing) => {
            let view = check_view(&state, &current, true, page.locale).await?;
            Ok(page.render_with_status(
                &state,
                StatusCode::UNPROCESSABLE_ENTITY,
                Page::Check { view },
            ))
        }
        Err(SubmitError::Application(error)) => refuse(&state, &page, &token, error),
    }
}

/// `GET /antrag/{token}/eingereicht`: the receipt, for whoever holds the draft's token.
pub async fn receipt(
    State(state): State<AppState>,
    page: PageRequest,
    Draft(current): Draft,
) -> Result<Response, AppError> {
    let token = current.draft.token.clone();
    let Some(submission) = state.portal.storage.submission_for_draft(&token).await? else {
        return Ok(to(format!("/antrag/{token}/pruefen")));
    };
    let locale = page.locale;
    let view = ReceiptView {
        service_title: current.service.title.get(locale).to_owned(),
        reference: submission.reference.to_string(),
        access_code: AccessCode::for_draft(&token).grouped(),
        submitted_on: format_date(submission.submitted_at.date(), locale),
        confirmation_mailed: submission.applicant_email.is_some(),
        processing_time: current.service.processing_time.get(locale).to_owned(),
        pdf_href: format!("/antrag/{token}/eingereicht/bestaetigung.pdf"),
        answer_href: services::information_requests::open_for(&state.portal, &token)
            .await?
            .map(|_| format!("/antrag/{token}/nachforderung")),
    };
    Ok(page.render(&state, Page::Receipt { view }))
}
