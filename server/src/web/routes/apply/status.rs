//! The status of a submission, for whoever has its reference and access code.

use app::Page;
use app::pages::apply::{StatusResult, StatusView};
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::application::{AccessCode, Reference};
use domain::form::validate::format_date;
use domain::msg_key;
use serde::Deserialize;
use services::application::{self};
use services::rate_limits::Bucket;

use crate::web::client::ClientAddress;
use crate::web::page::PageRequest;
use crate::web::rate_limit::refuse_when_over;
use crate::web::{AppError, AppState};

#[derive(Debug, Deserialize)]
pub struct StatusQuery {
    referenz: Option<String>,
    code: Option<String>,
}

/// `GET /status`: the form, and with reference and code, the status.
pub async fn status(
    State(state): State<AppState>,
    page: PageRequest,
    client: ClientAddress,
    Query(query): Query<StatusQuery>,
) -> Result<Response, AppError> {
    let reference_text: String = query
        .referenz
        .unwrap_or_default()
        .chars()
        .take(40)
        .collect();
    let code_text: String = query.code.unwrap_or_default().chars().take(40).collect();
    let mut view = StatusView {
        reference: reference_text.clone(),
        code: code_text.clone(),
        ..Default::default()
    };
    if reference_text.trim().is_empty() && code_text.trim().is_empty() {
        return Ok(page.render(&state, Page::Status { view }));
    }
    if let Some(refused) = refuse_when_over(&state, &page, &client, Bucket::StatusLookup).await? {
        return Ok(refused);
    }
    let reference = Reference::parse(&reference_text).ok();
    let code = AccessCode::parse(&code_text);
    if reference.is_none() {
        view.errors
            .add("referenz", msg_key("status-reference-invalid"));
    }
    if code.is_none() {
        view.errors.add("code", msg_key("status-code-invalid"));
    }
    let (Some(reference), Some(code)) = (reference, code) else {
        return Ok(page.render_with_status(
            &state,
            StatusCode::UNPROCESSABLE_ENTITY,
            Page::Status { view },
        ));
    };
    let locale = page.locale;
    match application::status(
        &state.portal,
        &state.tenant(),
        &state.catalogue,
        &reference,
        &code,
    )
    .await
    {
        Ok(Some(found)) => {
            view.result = Some(StatusResult {
                service_title: found.service.title.get(locale).to_owned(),
                reference: found.submission.reference.to_string(),
                submitted_on: format_date(found.submission.submitted_at.date(), locale),
                state_key: found.submission.state.message_key(),
            });
            Ok(page.render(&state, Page::Status { view }))
        }
        Ok(None) => {
            view.not_found = true;
            Ok(page.render_with_status(&state, StatusCode::NOT_FOUND, Page::Status { view }))
        }
        Err(error) => Err(AppError::Internal(error.to_string())),
    }
}
