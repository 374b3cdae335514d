//! The accessibility statement with its feedback form.

use app::Page;
use app::pages::{ErrorKind, FeedbackForm};
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::{RawAccessibilityFeedback, SubmissionKey, feedback::PAGE_MAX_CHARS};
use serde::Deserialize;
use services::feedback::{SubmitFeedbackError, feedback_receipt, submit_feedback};
use services::rate_limits::Bucket;

use crate::web::client::ClientAddress;
use crate::web::page::PageRequest;
use crate::web::rate_limit::refuse_when_over;
use crate::web::{AppError, AppState};

#[derive(Debug, Deserialize)]
pub struct StatementQuery {
    /// The page the visitor came from (footer link "Barriere melden"), to prefill the form.
    seite: Option<String>,
}

/// `GET /barrierefreiheit`
pub async fn show_statement(
    State(state): State<AppState>,
    page: PageRequest,
    Query(query): Query<StatementQuery>,
) -> Response {
    let reported_page: String = query
        .seite
        .unwrap_or_default()
        .chars()
        .take(PAGE_MAX_CHARS)
        .collect();
    let form = FeedbackForm {
        values: RawAccessibilityFeedback {
            page: reported_page,
            ..Default::default()
        },
        errors: Default::default(),
        key: services::new_submission_key().to_string(),
    };
    page.render(&state, Page::Accessibility { form })
}

/// The posted form. Unknown fields are refused (422) rather than ignored.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedbackPost {
    key: String,
    #[serde(flatten)]
    feedback: RawAccessibilityFeedback,
}

/// `POST /barrierefreiheit/rueckmeldung`
pub async fn submit(
    State(state): State<AppState>,
    page: PageRequest,
    client: ClientAddress,
    Form(post): Form<FeedbackPost>,
) -> Result<Response, AppError> {
    if let Some(refused) = refuse_when_over(&state, &page, &client, Bucket::Feedback).await? {
        return Ok(refused);
    }
    let Ok(key) = SubmissionKey::parse(&post.key) else {
        return Ok(page.render_with_status(
            &state,
            StatusCode::BAD_REQUEST,
            Page::Error {
                kind: ErrorKind::BadRequest,
                request_id: None,
            },
        ));
    };
    match submit_feedback(&state.portal, &key, page.locale, &post.feedback).await {
        Ok(_) => Ok(Redirect::to(&format!("/barrierefreiheit/rueckmeldung/{key}")).into_response()),
        Err(SubmitFeedbackError::Invalid(errors)) => {
            let form = FeedbackForm {
                values: post.feedback,
                errors,
                key: key.to_string(),
            };
            Ok(page.render_with_status(
                &state,
                StatusCode::UNPROCESSABLE_ENTITY,
                Page::Accessibility { form },
            ))
        }
        Err(SubmitFeedbackError::Storage(error)) => Err(error.into()),
    }
}

/// `GET /barrierefreiheit/rueckmeldung/{key}`: the confirmation with the feedback's number.
pub async fn received(
    State(state): State<AppState>,
    page: PageRequest,
    Path(key): Path<String>,
) -> Result<Response, AppError> {
    let Ok(key) = SubmissionKey::parse(&key) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    match feedback_receipt(&state.portal, &key).await? {
        Some(stored) => Ok(page.render(
            &state,
            Page::FeedbackReceived {
                number: stored.id.0,
            },
        )),
        None => Ok(StatusCode::NOT_FOUND.into_response()),
    }
}
