//! Local citizen accounts: the password login, registering, confirming the address, and setting
//! a new password. Every handler is a thin caller of `services::local_accounts`; all answer 404
//! when local accounts are switched off.

use app::Page;
use app::pages::local_account::{
    ConfirmEmailView, ForgotPasswordView, LoginView, MailSentKind, NewPasswordView, RegisterView,
};
use axum::extract::{Path, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use domain::account::local::{LinkPurpose, LoginEmail};
use domain::service::TrustLevel;
use domain::{FormErrors, msg_key};
use serde::Deserialize;
use services::accounts;
use services::local_accounts::{self, LocalAccountError};
use services::rate_limits::Bucket;

use crate::web::client::ClientAddress;
use crate::web::page::PageRequest;
use crate::web::rate_limit::{refuse_when_key_over, refuse_when_over};
use crate::web::session::{Visitor, clear_cookie, device_label, provider_login_href, set_cookie};
use crate::web::{AppError, AppState};

/// What a visitor typed as an address, kept for the form (never longer than an address can be).
fn typed(email: &str) -> String {
    email.trim().chars().take(254).collect()
}

/// The key that limits attempts on one address from anywhere.
fn address_key(email: &str) -> String {
    let email = LoginEmail::parse(email).map_or_else(|| typed(email), |e| e.to_string());
    format!("address:{email}")
}

/// Counts the request for the client and for the address typed; `Some` when either must wait.
async fn limited(
    state: &AppState,
    page: &PageRequest,
    client: &ClientAddress,
    bucket: Bucket,
    email: &str,
) -> Result<Option<Response>, AppError> {
    if let Some(refused) = refuse_when_over(state, page, client, bucket).await? {
        return Ok(Some(refused));
    }
    refuse_when_key_over(state, page, &address_key(email), bucket).await
}

fn not_found() -> Result<Response, AppError> {
    Ok(StatusCode::NOT_FOUND.into_response())
}

fn link_gone(state: &AppState, page: &PageRequest) -> Result<Response, AppError> {
    Ok(page.render_with_status(state, StatusCode::GONE, Page::AccountLinkGone))
}

fn invalid(state: &AppState, page: &PageRequest, view: Page) -> Result<Response, AppError> {
    Ok(page.render_with_status(state, StatusCode::UNPROCESSABLE_ENTITY, view))
}

fn logged_in(session: &domain::account::SessionId, to: &str) -> Response {
    let mut response = Redirect::to(to).into_response();
    response
        .headers_mut()
        .insert(SET_COOKIE, set_cookie(session));
    response
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LoginPost {
    email: String,
    password: String,
    weiter: String,
}

/// `POST /anmelden/passwort`
pub async fn log_in(
    State(state): State<AppState>,
    page: PageRequest,
    client: ClientAddress,
    Extension(visitor): Extension<Visitor>,
    headers: HeaderMap,
    Form(post): Form<LoginPost>,
) -> Result<Response, AppError> {
    if !state.portal.settings.local_accounts {
        return not_found();
    }
    if let Some(refused) = limited(&state, &page, &client, Bucket::Login, &post.email).await? {
        return Ok(refused);
    }
    let return_to = accounts::safe_return_path(&post.weiter);
    let mut errors = FormErrors::new();
    if post.email.trim().is_empty() {
        errors.add("email", msg_key("local-error-email-missing"));
    }
    if post.password.is_empty() {
        errors.add("password", msg_key("local-error-password-missing"));
    }
    if errors.is_empty() {
        match local_accounts::log_in(
            &state.portal,
            &state.tenant(),
            &post.email,
            &post.password,
            &device_label(&headers),
            visitor.cookie.as_ref(),
        )
        .await
        {
            Ok(session) => return Ok(logged_in(&session, &return_to)),
            Err(LocalAccountError::Refused) => {
                errors.add("email", msg_key("local-error-login-refused"));
            }
            Err(LocalAccountError::NotConfirmed) => {
                errors.add("email", msg_key("local-error-not-confirmed"));
            }
            Err(LocalAccountError::Disabled) => return not_found(),
            Err(error) => return Err(AppError::Internal(error.to_string())),
        }
    }
    let view = LoginView {
        provider_href: state
            .portal
            .identity
            .is_some()
            .then(|| provider_login_href(&return_to, TrustLevel::Basis)),
        return_to,
        email: typed(&post.email),
        errors,
        notice: None,
    };
    invalid(&state, &page, Page::Login { view })
}

/// `GET /registrieren`
pub async fn show_register(State(state): State<AppState>, page: PageRequest) -> Response {
    if !state.portal.settings.local_accounts {
        return StatusCode::NOT_FOUND.into_response();
    }
    page.render(
        &state,
        Page::Register {
            view: RegisterView::default(),
        },
    )
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RegisterPost {
    email: String,
    password: String,
}

/// `POST /registrieren`
pub async fn register(
    State(state): State<AppState>,
    page: PageRequest,
    client: ClientAddress,
    Form(post): Form<RegisterPost>,
) -> Result<Response, AppError> {
    if !state.portal.settings.local_accounts {
        return not_found();
    }
    if let Some(refused) = limited(&state, &page, &client, Bucket::MailLink, &post.email).await? {
        return Ok(refused);
    }
    match local_accounts::register(
        &state.portal,
        &state.tenant(),
        &post.email,
        &post.password,
        page.locale,
    )
    .await
    {
        Ok(()) => Ok(Redirect::to("/registrieren/gesendet").into_response()),
        Err(LocalAccountError::Invalid(errors)) => {
            let view = RegisterView {
                email: typed(&post.email),
                errors,
            };
            invalid(&state, &page, Page::Register { view })
        }
        Err(LocalAccountError::Disabled) => not_found(),
        Err(error) => Err(AppError::Internal(error.to_string())),
    }
}

/// `GET /registrieren/gesendet`
pub async fn registration_sent(State(state): State<AppState>, page: PageRequest) -> Response {
    page.render(
        &state,
        Page::MailSent {
            kind: MailSentKind::Registration,
        },
    )
}

/// `GET /konto/bestaetigen/{token}`: shows the button; opening the link changes nothing.
pub async fn show_confirm(
    State(state): State<AppState>,
    page: PageRequest,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    match local_accounts::link(&state.portal, &token).await {
        Ok(link) if link.purpose == LinkPurpose::Verify => {
            let view = ConfirmEmailView {
                token,
                email: link.email.to_string(),
            };
            Ok(page.render(&state, Page::ConfirmEmail { view }))
        }
        Ok(_) | Err(LocalAccountError::LinkGone) => link_gone(&state, &page),
        Err(LocalAccountError::Disabled) => not_found(),
        Err(error) => Err(AppError::Internal(error.to_string())),
    }
}

/// `POST /konto/bestaetigen/{token}`: confirms the address and logs in.
pub async fn confirm(
    State(state): State<AppState>,
    page: PageRequest,
    Extension(visitor): Extension<Visitor>,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    match local_accounts::confirm(
        &state.portal,
        &state.tenant(),
        &token,
        &device_label(&headers),
        visitor.cookie.as_ref(),
    )
    .await
    {
        Ok(session) => Ok(logged_in(&session, "/konto")),
        Err(LocalAccountError::LinkGone) => link_gone(&state, &page),
        Err(LocalAccountError::Disabled) => not_found(),
        Err(error) => Err(AppError::Internal(error.to_string())),
    }
}

/// `GET /passwort-vergessen`
pub async fn show_forgot(State(state): State<AppState>, page: PageRequest) -> Response {
    if !state.portal.settings.local_accounts {
        return StatusCode::NOT_FOUND.into_response();
    }
    page.render(
        &state,
        Page::ForgotPassword {
            view: ForgotPasswordView::default(),
        },
    )
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ForgotPost {
    email: String,
}

/// `POST /passwort-vergessen`
pub async fn forgot(
    State(state): State<AppState>,
    page: PageRequest,
    client: ClientAddress,
    Form(post): Form<ForgotPost>,
) -> Result<Response, AppError> {
    if !state.portal.settings.local_accounts {
        return not_found();
    }
    if let Some(refused) = limited(&state, &page, &client, Bucket::MailLink, &post.email).await? {
        return Ok(refused);
    }
    match local_accounts::request_reset(&state.portal, &state.tenant(), &post.email, page.locale)
        .await
    {
        Ok(()) => Ok(Redirect::to("/passwort-vergessen/gesendet").into_response()),
        Err(LocalAccountError::Invalid(errors)) => {
            let view = ForgotPasswordView {
                email: typed(&post.email),
                errors,
            };
            invalid(&state, &page, Page::ForgotPassword { view })
        }
        Err(LocalAccountError::Disabled) => not_found(),
        Err(error) => Err(AppError::Internal(error.to_string())),
    }
}

/// `GET /passwort-vergessen/gesendet`
pub async fn reset_sent(State(state): State<AppState>, page: PageRequest) -> Response {
    page.render(
        &state,
        Page::MailSent {
            kind: MailSentKind::Reset,
        },
    )
}

/// `GET /passwort-neu/{token}`
pub async fn show_new_password(
    State(state): State<AppState>,
    page: PageRequest,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    match local_accounts::link(&state.portal, &token).await {
        Ok(link) if link.purpose.sets_password() => {
            let view = NewPasswordView {
                token,
                email: link.email.to_string(),
                errors: FormErrors::new(),
            };
            Ok(page.render(&state, Page::NewPassword { view }))
        }
        Ok(_) | Err(LocalAccountError::LinkGone) => link_gone(&state, &page),
        Err(LocalAccountError::Disabled) => not_found(),
        Err(error) => Err(AppError::Internal(error.to_string())),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewPasswordPost {
    password: String,
}

/// `POST /passwort-neu/{token}`: sets the password; every session of the account ends, so the
/// person logs in again with it.
pub async fn set_password(
    State(state): State<AppState>,
    page: PageRequest,
    Path(token): Path<String>,
    Form(post): Form<NewPasswordPost>,
) -> Result<Response, AppError> {
    match local_accounts::set_password(&state.portal, &token, &post.password).await {
        Ok(()) => {
            let mut response = Redirect::to("/anmelden?hinweis=passwort-geaendert").into_response();
            response.headers_mut().insert(SET_COOKIE, clear_cookie());
            Ok(response)
        }
        Err(LocalAccountError::Invalid(errors)) => {
            let email = local_accounts::link(&state.portal, &token)
                .await
                .map(|link| link.email.to_string())
                .unwrap_or_default();
            let view = NewPasswordView {
                token,
                email,
                errors,
            };
            invalid(&state, &page, Page::NewPassword { view })
        }
        Err(LocalAccountError::LinkGone) => link_gone(&state, &page),
        Err(LocalAccountError::Disabled) => not_found(),
        Err(error) => Err(AppError::Internal(error.to_string())),
    }
}
