//! The applicant's answer to a Nachforderung: the question, and the post with text and files.
//! Thin caller of `services::information_requests`.

use app::Page;
use app::pages::apply::{AnswerView, AskedQuestion};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::FormErrors;
use domain::case::request::ANSWER_FIELD;
use domain::form::validate::format_date;
use services::application::{ApplicationError, DraftInContext};
use services::information_requests::{self, AnswerOutcome};

use crate::web::draft::{Draft, to};
use crate::web::page::PageRequest;
use crate::web::step_post::StepPost;
use crate::web::{AppError, AppState};

/// The page for the submitted draft, or where to go instead when it was never submitted.
async fn answer_view(
    state: &AppState,
    page: &PageRequest,
    current: &DraftInContext,
    answer: String,
    errors: FormErrors,
    sent: bool,
) -> Result<Result<AnswerView, Response>, AppError> {
    let token = &current.draft.token;
    let Some(submission) = state.portal.storage.submission_for_draft(token).await? else {
        return Ok(Err(to(format!("/antrag/{token}"))));
    };
    let locale = page.locale;
    let question = information_requests::open_for(&state.portal, token)
        .await?
        .map(|request| AskedQuestion {
            text: request.question,
            asked_on: format_date(request.asked_at.date(), locale),
        });
    Ok(Ok(AnswerView {
        service_title: current.service.title.get(locale).to_owned(),
        reference: submission.reference.to_string(),
        token: token.to_string(),
        question,
        answer,
        errors,
        sent,
    }))
}

/// `GET /antrag/{token}/nachforderung`
pub async fn show_answer(
    State(state): State<AppState>,
    page: PageRequest,
    Draft(current): Draft,
) -> Result<Response, AppError> {
    Ok(
        match answer_view(
            &state,
            &page,
            &current,
            String::new(),
            FormErrors::new(),
            false,
        )
        .await?
        {
            Ok(view) => page.render(&state, Page::Answer { view }),
            Err(elsewhere) => elsewhere,
        },
    )
}

/// `POST /antrag/{token}/nachforderung`: the answer; refused parts are shown with the text
/// typed (files must be chosen again, the page says which were refused and why).
pub async fn answer(
    State(state): State<AppState>,
    page: PageRequest,
    Draft(current): Draft,
    post: StepPost,
) -> Result<Response, AppError> {
    if state
        .portal
        .storage
        .submission_for_draft(&current.draft.token)
        .await?
        .is_none()
    {
        return Ok(to(format!("/antrag/{}", current.draft.token)));
    }
    if post.pairs.iter().any(|(name, _)| name != ANSWER_FIELD) {
        return Ok(StatusCode::BAD_REQUEST.into_response());
    }
    let text: String = post
        .pairs
        .iter()
        .find(|(name, _)| name == ANSWER_FIELD)
        .map(|(_, value)| value.chars().take(20_000).collect())
        .unwrap_or_default();
    let outcome =
        information_requests::answer(&state.portal, &current, &text, post.files, page.locale).await;
    let (typed, errors, sent, status) = match outcome {
        Ok(AnswerOutcome::Received) => (String::new(), FormErrors::new(), true, StatusCode::OK),
        Ok(AnswerOutcome::NothingOpen) => (
            String::new(),
            FormErrors::new(),
            false,
            StatusCode::CONFLICT,
        ),
        Ok(AnswerOutcome::Refused(errors)) => {
            (text, errors, false, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(ApplicationError::TamperedPost(reason)) => {
            tracing::warn!(%reason, "an answer post that does not fit its form");
            return Ok(StatusCode::BAD_REQUEST.into_response());
        }
        Err(error) => return Err(AppError::Internal(error.to_string())),
    };
    Ok(
        match answer_view(&state, &page, &current, typed, errors, sent).await? {
            Ok(view) => page.render_with_status(&state, status, Page::Answer { view }),
            Err(elsewhere) => elsewhere,
        },
    )
}
