//! Logging in (to the identity provider and back), logging out, and the account page.

use app::Page;
use app::pages::account::{
    AccountApplicationView, AccountView, ApplicationStage, LoginProblem, SessionView,
};
use app::pages::local_account::{LoginNotice, LoginView};
use axum::Extension;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::header::{ACCEPT, SET_COOKIE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use domain::Locale;
use domain::application::{CaseState, DraftToken, Reference};
use domain::form::validate::format_date;
use domain::service::TrustLevel;
use serde::Deserialize;
use services::accounts::{self, LoginError};
use services::rate_limits::Bucket;
use time::OffsetDateTime;

use crate::web::client::ClientAddress;
use crate::web::page::PageRequest;
use crate::web::rate_limit::refuse_when_over;
use crate::web::session::{
    Visitor, clear_cookie, device_label, login_href, provider_login_href, set_cookie,
};
use crate::web::{AppError, AppState};

#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    weiter: Option<String>,
    niveau: Option<String>,
    /// A notice to show, e.g. `passwort-geaendert`.
    hinweis: Option<String>,
}

fn problem(
    state: &AppState,
    page: &PageRequest,
    problem: LoginProblem,
    status: StatusCode,
) -> Response {
    page.render_with_status(state, status, Page::LoginProblem { problem })
}

impl LoginQuery {
    fn level(&self) -> TrustLevel {
        self.niveau
            .as_deref()
            .and_then(TrustLevel::parse)
            .unwrap_or(TrustLevel::Basis)
    }

    fn return_to(&self) -> String {
        accounts::safe_return_path(self.weiter.as_deref().unwrap_or("/konto"))
    }
}

/// `GET /anmelden`: with local accounts and for trust level "basis", the page offering the
/// identity provider and the password form; otherwise straight to the provider.
pub async fn log_in(
    State(state): State<AppState>,
    page: PageRequest,
    client: ClientAddress,
    Query(query): Query<LoginQuery>,
) -> Result<Response, AppError> {
    let level = query.level();
    if !state.portal.settings.local_accounts || level > TrustLevel::Basis {
        return provider_login(State(state), page, client, Query(query)).await;
    }
    let notice = (query.hinweis.as_deref() == Some("passwort-geaendert"))
        .then_some(LoginNotice::PasswordChanged);
    let return_to = query.return_to();
    let view = LoginView {
        provider_href: state
            .portal
            .identity
            .is_some()
            .then(|| provider_login_href(&return_to, level)),
        return_to,
        notice,
        ..LoginView::default()
    };
    Ok(page.render(&state, Page::Login { view }))
}

/// `GET /anmelden/servicekonto`: off to the identity provider.
pub async fn provider_login(
    State(state): State<AppState>,
    page: PageRequest,
    client: ClientAddress,
    Query(query): Query<LoginQuery>,
) -> Result<Response, AppError> {
    if let Some(refused) = refuse_when_over(&state, &page, &client, Bucket::Login).await? {
        return Ok(refused);
    }
    let level = query.level();
    let return_to = query.return_to();
    let retry_href = provider_login_href(&return_to, level);
    match accounts::begin_login(&state.portal, level, &return_to).await {
        Ok(url) => Ok(Redirect::to(&url).into_response()),
        Err(LoginError::NotConfigured) => Ok(StatusCode::NOT_FOUND.into_response()),
        Err(LoginError::Identity(error)) => {
            tracing::error!(%error, "the identity provider cannot start a login");
            Ok(problem(
                &state,
                &page,
                LoginProblem::Unavailable { retry_href },
                StatusCode::SERVICE_UNAVAILABLE,
            ))
        }
        Err(error) => Err(AppError::Internal(error.to_string())),
    }
}

#[derive(Debug, Deserialize)]
pub struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    /// Set instead of `code` when the visitor cancelled or the provider refused.
    error: Option<String>,
}

/// `GET /anmelden/rueckkehr`: the provider's answer. A new session (a new id, whatever the
/// browser brought) and back to where the visitor was going.
pub async fn callback(
    State(state): State<AppState>,
    page: PageRequest,
    client: ClientAddress,
    Extension(visitor): Extension<Visitor>,
    headers: HeaderMap,
    Query(query): Query<CallbackQuery>,
) -> Result<Response, AppError> {
    if let Some(refused) = refuse_when_over(&state, &page, &client, Bucket::Login).await? {
        return Ok(refused);
    }
    let failed = |page: &PageRequest| {
        problem(
            &state,
            page,
            LoginProblem::Failed {
                retry_href: "/anmelden".into(),
            },
            StatusCode::BAD_REQUEST,
        )
    };
    let (Some(code), Some(flow_state), None) = (query.code, query.state, query.error.as_ref())
    else {
        if let Some(error) = &query.error {
            tracing::info!(%error, "the identity provider did not log the visitor in");
        }
        return Ok(failed(&page));
    };
    let label = device_label(&headers);
    match accounts::finish_login(
        &state.portal,
        &state.tenant(),
        &flow_state,
        &code,
        &label,
        visitor.cookie.as_ref(),
    )
    .await
    {
        Ok(logged_in) => {
            let mut response = Redirect::to(&logged_in.return_to).into_response();
            response
                .headers_mut()
                .insert(SET_COOKIE, set_cookie(&logged_in.session));
            Ok(response)
        }
        Err(LoginError::UnknownState | LoginError::Expired) => Ok(failed(&page)),
        Err(LoginError::Identity(services::identity::IdentityError::Rejected(reason))) => {
            tracing::warn!(%reason, "a login answer was refused");
            Ok(failed(&page))
        }
        Err(LoginError::Identity(error)) => {
            tracing::error!(%error, "the identity provider cannot finish a login");
            Ok(problem(
                &state,
                &page,
                LoginProblem::Unavailable {
                    retry_href: "/anmelden".into(),
                },
                StatusCode::SERVICE_UNAVAILABLE,
            ))
        }
        Err(LoginError::NotConfigured) => Ok(StatusCode::NOT_FOUND.into_response()),
        Err(LoginError::Storage(error)) => Err(error.into()),
    }
}

/// `POST /abmelden`
pub async fn log_out(
    State(state): State<AppState>,
    page: PageRequest,
) -> Result<Response, AppError> {
    if let Some(session) = &page.session {
        accounts::logout(&state.portal, session).await?;
    }
    let mut response = Redirect::to("/abgemeldet").into_response();
    response.headers_mut().insert(SET_COOKIE, clear_cookie());
    Ok(response)
}

#[derive(Debug, Deserialize)]
pub struct LoggedOutQuery {
    ueberall: Option<String>,
}

/// `GET /abgemeldet`
pub async fn logged_out(
    State(state): State<AppState>,
    page: PageRequest,
    Query(query): Query<LoggedOutQuery>,
) -> Response {
    page.render(
        &state,
        Page::LoggedOut {
            everywhere: query.ueberall.is_some(),
        },
    )
}

/// `POST /konto/sitzungen-beenden`: logs out on every device.
pub async fn log_out_everywhere(
    State(state): State<AppState>,
    page: PageRequest,
) -> Result<Response, AppError> {
    if let Some(session) = &page.session {
        accounts::logout_everywhere(&state.portal, session.account).await?;
    }
    let mut response = Redirect::to("/abgemeldet?ueberall=1").into_response();
    response.headers_mut().insert(SET_COOKIE, clear_cookie());
    Ok(response)
}

/// `GET /konto`
pub async fn show(State(state): State<AppState>, page: PageRequest) -> Result<Response, AppError> {
    let Some(session) = &page.session else {
        return Ok(Redirect::to(&login_href("/konto", TrustLevel::Basis)).into_response());
    };
    let locale = page.locale;
    let applications = accounts::applications(&state.portal, session.account)
        .await?
        .into_iter()
        .map(|application| {
            let service_title = state
                .catalogue
                .get(&application.service_id)
                .map(|service| service.title.get(locale).to_owned())
                .unwrap_or_else(|| application.service_id.clone());
            let submission = application
                .submission
                .as_ref()
                .map(|(reference, case_state, at)| (reference, *case_state, *at));
            AccountApplicationView {
                service_title,
                stage: stage(
                    &application.token,
                    submission,
                    application.expires_at,
                    locale,
                ),
            }
        })
        .collect();
    let sessions = accounts::sessions(&state.portal, session.account)
        .await?
        .into_iter()
        .map(|listed| SessionView {
            current: listed.id_hash == session.id_hash,
            since: format_date(listed.created_at.date(), locale),
            device: listed.label,
        })
        .collect();
    let view = AccountView {
        name: session.name(),
        level: session.trust_level,
        applications,
        sessions,
    };
    Ok(page.render(&state, Page::Account { view }))
}

/// Where an application of the account stands, with the link that fits.
pub(super) fn stage(
    token: &DraftToken,
    submission: Option<(&Reference, CaseState, OffsetDateTime)>,
    draft_expires_at: OffsetDateTime,
    locale: Locale,
) -> ApplicationStage {
    match submission {
        Some((reference, case_state, submitted_at)) => ApplicationStage::Submitted {
            reference: reference.to_string(),
            submitted_on: format_date(submitted_at.date(), locale),
            state_key: case_state.message_key(),
            receipt_href: format!("/antrag/{token}/eingereicht"),
        },
        None => ApplicationStage::Draft {
            continue_href: format!("/antrag/{token}"),
            expires_on: format_date(draft_expires_at.date(), locale),
        },
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeepAlivePost {
    weiter: Option<String>,
}

/// `POST /sitzung/verlaengern`: "Angemeldet bleiben" in the timeout warning. The script asks
/// for JSON and gets 204 (or 401 when the session is over); a plain form post goes back to
/// the page it came from.
pub async fn keep_alive(
    State(state): State<AppState>,
    page: PageRequest,
    headers: HeaderMap,
    Form(post): Form<KeepAlivePost>,
) -> Result<Response, AppError> {
    let from_script = headers
        .get(ACCEPT)
        .and_then(|accept| accept.to_str().ok())
        .is_some_and(|accept| accept.contains("application/json"));
    let return_to = accounts::safe_return_path(post.weiter.as_deref().unwrap_or("/konto"));
    let Some(session) = &page.session else {
        return Ok(if from_script {
            StatusCode::UNAUTHORIZED.into_response()
        } else {
            Redirect::to(&login_href(&return_to, TrustLevel::Basis)).into_response()
        });
    };
    accounts::keep_alive(&state.portal, session).await?;
    Ok(if from_script {
        StatusCode::NO_CONTENT.into_response()
    } else {
        Redirect::to(&return_to).into_response()
    })
}
