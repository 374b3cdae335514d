//! Save for later: how to come back, the link by mail, and resuming by code.

use app::Page;
use app::pages::apply::{ResumeView, SavedView};
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::application::DraftToken;
use domain::{EmailAddress, FormErrors, Locale, msg_key};
use serde::Deserialize;
use services::application::{self, ApplicationError, DraftInContext};
use services::rate_limits::Bucket;

use crate::web::client::ClientAddress;
use crate::web::draft::{Draft, refuse, to};
use crate::web::page::PageRequest;
use crate::web::rate_limit::refuse_when_over;
use crate::web::{AppError, AppState};

use super::{expires_on, load};

#[derive(Debug, Deserialize)]
pub struct SavedQuery {
    gesendet: Option<String>,
}

fn saved_view(
    state: &AppState,
    current: &DraftInContext,
    email: String,
    errors: FormErrors,
    sent: bool,
    locale: Locale,
) -> SavedView {
    let token = &current.draft.token;
    SavedView {
        service_title: current.service.title.get(locale).to_owned(),
        token: token.to_string(),
        link: application::resume_url(&state.portal, token),
        code: token.grouped(),
        expires_on: expires_on(current, locale),
        email,
        errors,
        sent,
    }
}

/// `GET /antrag/{token}/gespeichert`: how to come back.
pub async fn saved(
    State(state): State<AppState>,
    page: PageRequest,
    Draft(current): Draft,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let email = current
        .draft
        .email
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    let view = saved_view(
        &state,
        &current,
        email,
        FormErrors::new(),
        query.gesendet.is_some(),
        page.locale,
    );
    Ok(page.render(&state, Page::Saved { view }))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkPost {
    email: String,
}

/// `POST /antrag/{token}/link-senden`: mails the resume link.
pub async fn send_link(
    State(state): State<AppState>,
    page: PageRequest,
    client: ClientAddress,
    Draft(current): Draft,
    Form(post): Form<LinkPost>,
) -> Result<Response, AppError> {
    if let Some(refused) = refuse_when_over(&state, &page, &client, Bucket::MailLink).await? {
        return Ok(refused);
    }
    let token = current.draft.token.clone();
    let Ok(email) = EmailAddress::parse(&post.email) else {
        let mut errors = FormErrors::new();
        errors.add("email", msg_key("saved-mail-invalid"));
        let view = saved_view(
            &state,
            &current,
            post.email.clone(),
            errors,
            false,
            page.locale,
        );
        return Ok(page.render_with_status(
            &state,
            StatusCode::UNPROCESSABLE_ENTITY,
            Page::Saved { view },
        ));
    };
    if let Err(error) = application::send_resume_link(&state.portal, &current, &email).await {
        return refuse(&state, &page, &token, error);
    }
    Ok(to(format!("/antrag/{token}/gespeichert?gesendet=1")))
}

/// `GET /antrag/fortsetzen`
pub async fn show_resume(State(state): State<AppState>, page: PageRequest) -> Response {
    page.render(
        &state,
        Page::Resume {
            view: ResumeView::default(),
        },
    )
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResumePost {
    code: String,
}

/// `POST /antrag/fortsetzen`: opens the draft whose code was typed.
pub async fn resume_by_code(
    State(state): State<AppState>,
    page: PageRequest,
    Form(post): Form<ResumePost>,
) -> Result<Response, AppError> {
    let mut errors = FormErrors::new();
    match DraftToken::parse(&post.code) {
        None if post.code.trim().is_empty() => errors.add("code", msg_key("resume-code-missing")),
        None => errors.add("code", msg_key("resume-code-invalid")),
        Some(token) => match load(&state, &page, &token).await {
            Ok(_) => return Ok(to(format!("/antrag/{token}"))),
            Err(ApplicationError::UnknownDraft) => {
                let days = state.portal.settings.draft_lifetime_days().to_string();
                errors.add_with("code", msg_key("resume-code-unknown"), vec![("days", days)]);
            }
            Err(error) => return refuse(&state, &page, &token, error),
        },
    }
    let view = ResumeView {
        code: post.code.chars().take(40).collect(),
        errors,
    };
    Ok(page.render_with_status(
        &state,
        StatusCode::UNPROCESSABLE_ENTITY,
        Page::Resume { view },
    ))
}
