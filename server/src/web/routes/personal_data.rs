//! The person's data as a page and as JSON, and deleting the account. Every route needs a
//! login; without one it goes to the login and comes back.

use app::Page;
use app::pages::account::{
    DeleteAccountView, PersonalDataView, SessionView, StoredApplicationView,
};
use axum::Form;
use axum::extract::State;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE, SET_COOKIE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use domain::Locale;
use domain::form::validate::format_date;
use domain::service::TrustLevel;
use serde::Deserialize;
use services::accounts::ActiveSession;
use services::personal_data::{self, DeleteAccountError, PersonalData, StoredApplication};

use super::account::stage;
use crate::web::page::PageRequest;
use crate::web::session::{clear_cookie, login_href};
use crate::web::{AppError, AppState};

pub(super) fn to_login(return_to: &str) -> Response {
    Redirect::to(&login_href(return_to, TrustLevel::Basis)).into_response()
}

async fn collect(state: &AppState, session: &ActiveSession) -> Result<PersonalData, AppError> {
    personal_data::collect(&state.portal, session.account)
        .await?
        .ok_or_else(|| AppError::Internal("the session's account is gone".into()))
}

/// `GET /konto/daten`
pub async fn show(State(state): State<AppState>, page: PageRequest) -> Result<Response, AppError> {
    let Some(session) = &page.session else {
        return Ok(to_login("/konto/daten"));
    };
    let data = collect(&state, session).await?;
    let locale = page.locale;
    let mut applications = Vec::new();
    for application in &data.applications {
        applications.push(application_view(&state, application, locale).await?);
    }
    let claims = &data.account.claims;
    let address = [&claims.street, &claims.postcode, &claims.city]
        .into_iter()
        .flatten()
        .cloned()
        .collect::<Vec<_>>();
    let view = PersonalDataView {
        name: claims.display_name(),
        birth_date: claims
            .birth_date
            .as_deref()
            .and_then(|date| time::Date::parse(date, &ISO_DATE).ok())
            .map(|date| format_date(date, locale)),
        email: claims.email.clone(),
        address: (!address.is_empty()).then(|| address.join(", ")),
        identity_provider: data.account.issuer.clone(),
        created_on: format_date(data.account.created_at.date(), locale),
        last_login_on: format_date(data.account.last_login_at.date(), locale),
        sessions: data
            .sessions
            .iter()
            .map(|listed| SessionView {
                current: listed.id_hash == session.id_hash,
                since: format_date(listed.created_at.date(), locale),
                device: listed.label.clone(),
            })
            .collect(),
        applications,
        messages: data.messages.len(),
    };
    Ok(page.render(&state, Page::PersonalData { view }))
}

const ISO_DATE: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

async fn application_view(
    state: &AppState,
    application: &StoredApplication,
    locale: Locale,
) -> Result<StoredApplicationView, AppError> {
    let draft = &application.draft;
    let service = state
        .catalogue
        .definition(
            &state.portal,
            &state.tenant(),
            &draft.service_id,
            draft.service_version,
        )
        .await
        .map_err(|error| AppError::Internal(error.to_string()))?;
    let file_name = |id: &str| {
        application
            .uploads
            .iter()
            .find(|upload| upload.id == id)
            .map(|upload| upload.file_name.clone())
    };
    let (service_title, answers) = match &service {
        Some(service) => (
            service.title.get(locale).to_owned(),
            i18n::answers::summary(
                &state.portal.catalog,
                locale,
                &service.form,
                &draft.values,
                &file_name,
            )
            .into_iter()
            .flat_map(|step| step.rows)
            .map(|row| (row.label, row.lines))
            .collect(),
        ),
        None => (draft.service_id.clone(), Vec::new()),
    };
    let submission = application
        .submission
        .as_ref()
        .map(|s| (&s.reference, s.state, s.submitted_at));
    Ok(StoredApplicationView {
        service_title,
        started_on: format_date(draft.created_at.date(), locale),
        stage: stage(&draft.token, submission, draft.expires_at, locale),
        answers,
        files: application
            .uploads
            .iter()
            .map(|upload| upload.file_name.clone())
            .collect(),
    })
}

/// `GET /konto/daten.json`: the same as a download.
pub async fn download(
    State(state): State<AppState>,
    page: PageRequest,
) -> Result<Response, AppError> {
    let Some(session) = &page.session else {
        return Ok(to_login("/konto/daten"));
    };
    let data = collect(&state, session).await?;
    let body = serde_json::to_vec_pretty(&data.to_json())
        .map_err(|error| AppError::Internal(error.to_string()))?;
    Ok((
        [
            (
                CONTENT_TYPE,
                HeaderValue::from_static("application/json; charset=utf-8"),
            ),
            (
                CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"kreisportal-meine-daten.json\""),
            ),
        ],
        body,
    )
        .into_response())
}

async fn delete_view(
    state: &AppState,
    session: &ActiveSession,
    confirmation_missing: bool,
) -> Result<DeleteAccountView, AppError> {
    let applications = services::accounts::applications(&state.portal, session.account).await?;
    let submissions = applications
        .iter()
        .filter(|application| application.submission.is_some())
        .count();
    Ok(DeleteAccountView {
        open_drafts: applications.len() - submissions,
        submissions,
        confirmation_missing,
        sole_administrator_of: personal_data::sole_administrator_of(&state.portal, session.account)
            .await?,
    })
}

/// `GET /konto/loeschen`
pub async fn show_delete(
    State(state): State<AppState>,
    page: PageRequest,
) -> Result<Response, AppError> {
    let Some(session) = &page.session else {
        return Ok(to_login("/konto/loeschen"));
    };
    let view = delete_view(&state, session, false).await?;
    Ok(page.render(&state, Page::DeleteAccount { view }))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeletePost {
    bestaetigung: Option<String>,
}

/// `POST /konto/loeschen`: deletes the account once the person ticked the confirmation.
pub async fn delete(
    State(state): State<AppState>,
    page: PageRequest,
    Form(post): Form<DeletePost>,
) -> Result<Response, AppError> {
    let Some(session) = &page.session else {
        return Ok(to_login("/konto/loeschen"));
    };
    if post.bestaetigung.as_deref() != Some("ja") {
        let view = delete_view(&state, session, true).await?;
        return Ok(page.render_with_status(
            &state,
            StatusCode::UNPROCESSABLE_ENTITY,
            Page::DeleteAccount { view },
        ));
    }
    match personal_data::delete_account(&state.portal, session).await {
        Ok(_) => {}
        Err(DeleteAccountError::SoleAdministrator(_)) => {
            let view = delete_view(&state, session, false).await?;
            return Ok(page.render_with_status(
                &state,
                StatusCode::CONFLICT,
                Page::DeleteAccount { view },
            ));
        }
        Err(DeleteAccountError::Storage(error)) => return Err(error.into()),
    }
    let mut response = Redirect::to("/konto-geloescht").into_response();
    response.headers_mut().insert(SET_COOKIE, clear_cookie());
    Ok(response)
}

/// `GET /konto-geloescht`
pub async fn deleted(State(state): State<AppState>, page: PageRequest) -> Response {
    page.render(&state, Page::AccountDeleted)
}
