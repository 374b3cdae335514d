//! The Postfach pages of a logged-in citizen: the list, one message (its first opening is its
//! retrieval) and its letter. Thin callers of `services::postfach`; a message of somebody else
//! answers 404.

use app::Page;
use app::pages::account::{
    Announcement, MailboxView, MessageRow, MessageState, MessageView, PostfachView,
};
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::delivery::{announced_on, appeal_deadline};
use domain::form::validate::format_date;
use serde::Deserialize;
use services::postfach::{self, PostfachError};
use storage::{Message, MessageId};

use super::download::stored_file_response;
use super::personal_data::to_login;
use crate::web::page::PageRequest;
use crate::web::{AppError, AppState};

fn message_id(text: &str) -> Option<MessageId> {
    text.parse::<i64>().ok().filter(|id| *id > 0).map(MessageId)
}

fn state_of(message: &Message, locale: domain::Locale) -> MessageState {
    match (message.retrieved_at, message.paper_at) {
        (_, Some(at)) => MessageState::ByPost(format_date(at.date(), locale)),
        (Some(at), None) => MessageState::Read(format_date(at.date(), locale)),
        (None, None) => MessageState::New,
    }
}

/// `GET /konto/postfach`
pub async fn list(State(state): State<AppState>, page: PageRequest) -> Result<Response, AppError> {
    let Some(session) = &page.session else {
        return Ok(to_login("/konto/postfach"));
    };
    let locale = page.locale;
    let mailboxes = postfach::mailboxes(&state.portal, session)
        .await?
        .into_iter()
        .map(|(_, organisation, messages)| MailboxView {
            organisation,
            messages: messages
                .iter()
                .map(|message| MessageRow {
                    href: format!("/konto/postfach/{}", message.id),
                    subject: message.subject.clone(),
                    received_on: format_date(message.created_at.date(), locale),
                    state: state_of(message, locale),
                    has_letter: message.letter.is_some(),
                })
                .collect(),
        })
        .collect();
    let digital_delivery_since = postfach::digital_delivery_since(&state.portal, session)
        .await?
        .map(|since| format_date(since.date(), locale));
    Ok(page.render(
        &state,
        Page::Postfach {
            view: PostfachView {
                mailboxes,
                digital_delivery_since,
            },
        },
    ))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentPost {
    einwilligung: String,
}

/// `POST /konto/postfach/einwilligung` (`ja` or `nein`): gives or withdraws the consent.
pub async fn set_consent(
    State(state): State<AppState>,
    page: PageRequest,
    Form(post): Form<ConsentPost>,
) -> Result<Response, AppError> {
    let Some(session) = &page.session else {
        return Ok(to_login("/konto/postfach"));
    };
    let consent = match post.einwilligung.as_str() {
        "ja" => true,
        "nein" => false,
        _ => return Ok(StatusCode::BAD_REQUEST.into_response()),
    };
    postfach::set_digital_delivery(&state.portal, session, consent).await?;
    Ok(Redirect::to("/konto/postfach").into_response())
}

/// `GET /konto/postfach/{id}`: the message; opening it is its retrieval.
pub async fn show(
    State(state): State<AppState>,
    page: PageRequest,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let Some(session) = &page.session else {
        return Ok(to_login(&format!("/konto/postfach/{id}")));
    };
    let Some(id) = message_id(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let locale = page.locale;
    let message = match postfach::open(&state.portal, session, id).await {
        Ok(message) => message,
        Err(PostfachError::OnPaper) => match state.portal.storage.message(id).await? {
            Some(message) => message,
            None => return Ok(StatusCode::NOT_FOUND.into_response()),
        },
        Err(PostfachError::NotFound) => return Ok(StatusCode::NOT_FOUND.into_response()),
        Err(PostfachError::Storage(error)) => return Err(error.into()),
    };
    let on_paper = message.paper_at.is_some();
    let view = MessageView {
        subject: message.subject.clone(),
        received_on: format_date(message.created_at.date(), locale),
        body: message.body.clone(),
        letter: message.letter.as_ref().filter(|_| !on_paper).map(|letter| {
            (
                format!("/konto/postfach/{id}/brief"),
                letter.file_name.clone(),
            )
        }),
        announcement: message
            .retrieved_at
            .filter(|_| message.decision)
            .map(|retrieved_at| {
                let announced = announced_on(retrieved_at.date());
                Announcement {
                    announced_on: format_date(announced, locale),
                    appeal_until: appeal_deadline(announced)
                        .map(|until| format_date(until, locale)),
                }
            }),
        by_post_on: message.paper_at.map(|at| format_date(at.date(), locale)),
    };
    Ok(page.render(&state, Page::Message { view }))
}

/// `GET /konto/postfach/{id}/brief`: the letter, as a download (also a retrieval).
pub async fn letter(
    State(state): State<AppState>,
    page: PageRequest,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let Some(session) = &page.session else {
        return Ok(to_login(&format!("/konto/postfach/{id}")));
    };
    let Some(id) = message_id(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    match postfach::letter(&state.portal, session, id).await {
        Ok(content) => {
            stored_file_response(
                &state,
                &content.storage_key,
                &content.media_type,
                &content.file_name,
            )
            .await
        }
        Err(PostfachError::Storage(error)) => Err(error.into()),
        Err(_) => Ok(StatusCode::NOT_FOUND.into_response()),
    }
}
