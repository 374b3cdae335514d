//! Organisation accounts: the person's organisations, founding one, an organisation's page and
//! its changes, and accepting an invitation. Every route but the invitation's page needs a
//! login; non-members get 404.

use app::Page;
use app::pages::organisations::{
    InvitationRow, InvitationView, MemberRow, OrganisationApplicationRow, OrganisationForm,
    OrganisationRow, OrganisationView, OrganisationsView,
};
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::account::AccountId;
use domain::form::validate::format_date;
use domain::organisation::{InvitationToken, MemberRole, OrganisationId, RawOrganisation};
use domain::service::TrustLevel;
use domain::{FormErrors, msg_key};
use serde::Deserialize;
use services::accounts::ActiveSession;
use services::organisations::{self, OrganisationError};

use super::account::stage;
use crate::web::page::PageRequest;
use crate::web::session::login_href;
use crate::web::{AppError, AppState};

fn to_login(return_to: &str) -> Response {
    Redirect::to(&login_href(return_to, TrustLevel::Basis)).into_response()
}

fn to(path: String) -> Response {
    Redirect::to(&path).into_response()
}

fn parse_id(id: &str) -> Option<OrganisationId> {
    id.parse::<i64>().ok().map(OrganisationId)
}

fn refused(error: OrganisationError) -> Result<Response, AppError> {
    match error {
        OrganisationError::NotFound | OrganisationError::UnknownInvitation => {
            Ok(StatusCode::NOT_FOUND.into_response())
        }
        OrganisationError::NotAdmin => Ok(StatusCode::FORBIDDEN.into_response()),
        OrganisationError::Storage(error) => Err(error.into()),
        other => Err(AppError::Internal(format!("unhandled: {other}"))),
    }
}

async fn list_view(
    state: &AppState,
    session: &ActiveSession,
    form: OrganisationForm,
) -> Result<OrganisationsView, AppError> {
    let organisations = organisations::mine(&state.portal, session)
        .await?
        .into_iter()
        .map(|(organisation, role)| OrganisationRow {
            id: organisation.id,
            name: organisation.details.name,
            legal_form: organisation.details.legal_form,
            role,
        })
        .collect();
    Ok(OrganisationsView {
        organisations,
        form,
    })
}

/// `GET /organisationen`
pub async fn list(State(state): State<AppState>, page: PageRequest) -> Result<Response, AppError> {
    let Some(session) = &page.session else {
        return Ok(to_login("/organisationen"));
    };
    let view = list_view(&state, session, OrganisationForm::default()).await?;
    Ok(page.render(&state, Page::Organisations { view }))
}

/// `POST /organisationen`: founds an organisation.
pub async fn create(
    State(state): State<AppState>,
    page: PageRequest,
    Form(raw): Form<RawOrganisation>,
) -> Result<Response, AppError> {
    let Some(session) = &page.session else {
        return Ok(to_login("/organisationen"));
    };
    match organisations::create(&state.portal, &state.tenant(), session, &raw).await {
        Ok(id) => Ok(to(format!("/organisationen/{id}"))),
        Err(OrganisationError::Invalid(errors)) => {
            let cut = |text: &str, max: usize| text.chars().take(max).collect::<String>();
            let form = OrganisationForm {
                name: cut(&raw.name, 200),
                legal_form: cut(&raw.legal_form, 40),
                register_number: cut(&raw.register_number, 100),
                street: cut(&raw.street, 200),
                postcode: cut(&raw.postcode, 10),
                city: cut(&raw.city, 100),
                errors,
            };
            let view = list_view(&state, session, form).await?;
            Ok(page.render_with_status(
                &state,
                StatusCode::UNPROCESSABLE_ENTITY,
                Page::Organisations { view },
            ))
        }
        Err(error) => refused(error),
    }
}

async fn organisation_view(
    state: &AppState,
    page: &PageRequest,
    session: &ActiveSession,
    id: OrganisationId,
    errors: FormErrors,
    invite_email: String,
) -> Result<Result<OrganisationView, OrganisationError>, AppError> {
    let shown = match organisations::page(&state.portal, session, id).await {
        Ok(shown) => shown,
        Err(error) => return Ok(Err(error)),
    };
    let locale = page.locale;
    let details = shown.organisation.details;
    Ok(Ok(OrganisationView {
        id,
        name: details.name,
        legal_form: details.legal_form,
        register_number: details.register_number,
        address: format!(
            "{}, {} {}",
            details.street,
            details.postcode.as_str(),
            details.city
        ),
        my_role: shown.my_role,
        members: shown
            .members
            .into_iter()
            .map(|member| MemberRow {
                account: member.account,
                name: member.name.unwrap_or_else(|| member.account.to_string()),
                role: member.role,
                joined_on: format_date(member.joined_at.date(), locale),
                is_me: member.account == session.account,
            })
            .collect(),
        invitations: shown
            .invitations
            .into_iter()
            .map(|invitation| InvitationRow {
                token_hash: invitation.token_hash,
                email: invitation.email.to_string(),
                role: invitation.role,
                expires_on: format_date(invitation.expires_at.date(), locale),
            })
            .collect(),
        applications: shown
            .applications
            .into_iter()
            .map(|listed| {
                let application = listed.application;
                let submission = application
                    .submission
                    .as_ref()
                    .map(|(reference, case_state, at)| (reference, *case_state, *at));
                OrganisationApplicationRow {
                    service_title: state
                        .catalogue
                        .get(&application.service_id)
                        .map(|service| service.title.get(locale).to_owned())
                        .unwrap_or_else(|| application.service_id.clone()),
                    stage: stage(
                        &application.token,
                        submission,
                        application.expires_at,
                        locale,
                    ),
                    started_by: listed.started_by.unwrap_or_default(),
                }
            })
            .collect(),
        errors,
        invite_email,
    }))
}

/// Renders the organisation's page with `errors` (422), or the refusal.
async fn with_errors(
    state: &AppState,
    page: &PageRequest,
    session: &ActiveSession,
    id: OrganisationId,
    errors: FormErrors,
    invite_email: String,
) -> Result<Response, AppError> {
    match organisation_view(state, page, session, id, errors, invite_email).await? {
        Ok(view) => Ok(page.render_with_status(
            state,
            StatusCode::UNPROCESSABLE_ENTITY,
            Page::Organisation { view },
        )),
        Err(error) => refused(error),
    }
}

/// `GET /organisationen/{id}`
pub async fn show(
    State(state): State<AppState>,
    page: PageRequest,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let Some(session) = &page.session else {
        return Ok(to_login(&page.path));
    };
    let Some(id) = parse_id(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    match organisation_view(&state, &page, session, id, FormErrors::new(), String::new()).await? {
        Ok(view) => Ok(page.render(&state, Page::Organisation { view })),
        Err(error) => refused(error),
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InvitePost {
    email: String,
    role: String,
}

/// `POST /organisationen/{id}/einladungen`
pub async fn invite(
    State(state): State<AppState>,
    page: PageRequest,
    Path(id): Path<String>,
    Form(post): Form<InvitePost>,
) -> Result<Response, AppError> {
    let Some(session) = &page.session else {
        return Ok(to_login(&page.path));
    };
    let Some(id) = parse_id(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    match organisations::invite(
        &state.portal,
        session,
        id,
        &post.email,
        &post.role,
        page.locale,
    )
    .await
    {
        Ok(()) => Ok(to(format!("/organisationen/{id}"))),
        Err(OrganisationError::Invalid(errors)) => {
            let typed = post.email.chars().take(200).collect();
            with_errors(&state, &page, session, id, errors, typed).await
        }
        Err(error) => refused(error),
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WithdrawPost {
    einladung: String,
}

/// `POST /organisationen/{id}/einladungen/zurueckziehen`
pub async fn withdraw(
    State(state): State<AppState>,
    page: PageRequest,
    Path(id): Path<String>,
    Form(post): Form<WithdrawPost>,
) -> Result<Response, AppError> {
    let Some(session) = &page.session else {
        return Ok(to_login(&page.path));
    };
    let Some(id) = parse_id(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    match organisations::withdraw(&state.portal, session, id, &post.einladung).await {
        Ok(()) | Err(OrganisationError::UnknownInvitation) => {
            Ok(to(format!("/organisationen/{id}")))
        }
        Err(error) => refused(error),
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RolePost {
    role: String,
}

fn member_of(id: &str, member: &str) -> Option<(OrganisationId, AccountId)> {
    Some((parse_id(id)?, AccountId(member.parse().ok()?)))
}

/// Answers a change of membership: back to the page, or the page with why not.
async fn after_change(
    state: &AppState,
    page: &PageRequest,
    session: &ActiveSession,
    id: OrganisationId,
    changed: Result<(), OrganisationError>,
    on_success: String,
) -> Result<Response, AppError> {
    match changed {
        Ok(()) => Ok(to(on_success)),
        Err(OrganisationError::LastAdmin) => {
            let mut errors = FormErrors::new();
            errors.add("role", msg_key("organisation-last-admin"));
            with_errors(state, page, session, id, errors, String::new()).await
        }
        Err(error) => refused(error),
    }
}

/// `POST /organisationen/{id}/mitglieder/{member}/rolle`
pub async fn set_role(
    State(state): State<AppState>,
    page: PageRequest,
    Path((id, member)): Path<(String, String)>,
    Form(post): Form<RolePost>,
) -> Result<Response, AppError> {
    let Some(session) = &page.session else {
        return Ok(to_login("/organisationen"));
    };
    let (Some((id, member)), Some(role)) = (member_of(&id, &member), MemberRole::parse(&post.role))
    else {
        return Ok(StatusCode::BAD_REQUEST.into_response());
    };
    let changed = organisations::set_role(&state.portal, session, id, member, role).await;
    after_change(
        &state,
        &page,
        session,
        id,
        changed,
        format!("/organisationen/{id}"),
    )
    .await
}

/// `POST /organisationen/{id}/mitglieder/{member}/entfernen`
pub async fn remove(
    State(state): State<AppState>,
    page: PageRequest,
    Path((id, member)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let Some(session) = &page.session else {
        return Ok(to_login("/organisationen"));
    };
    let Some((id, member)) = member_of(&id, &member) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let changed = organisations::remove(&state.portal, session, id, member).await;
    after_change(
        &state,
        &page,
        session,
        id,
        changed,
        format!("/organisationen/{id}"),
    )
    .await
}

/// `POST /organisationen/{id}/verlassen`
pub async fn leave(
    State(state): State<AppState>,
    page: PageRequest,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let Some(session) = &page.session else {
        return Ok(to_login("/organisationen"));
    };
    let Some(id) = parse_id(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let changed = organisations::remove(&state.portal, session, id, session.account).await;
    after_change(
        &state,
        &page,
        session,
        id,
        changed,
        "/organisationen".into(),
    )
    .await
}

/// `GET /organisationen/einladung/{token}`
pub async fn show_invitation(
    State(state): State<AppState>,
    page: PageRequest,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let found = match InvitationToken::parse(&token) {
        Some(token) => organisations::invitation(&state.portal, &token).await?,
        None => None,
    };
    let Some((invitation, organisation)) = found else {
        return Ok(page.render_with_status(
            &state,
            StatusCode::NOT_FOUND,
            Page::Invitation {
                view: InvitationView::Gone,
            },
        ));
    };
    let view = InvitationView::Open {
        organisation: organisation.details.name,
        role_key: invitation.role.message_key(),
        accept_action: page
            .session
            .is_some()
            .then(|| format!("{}/annehmen", page.path)),
        login_href: login_href(&page.path, TrustLevel::Basis),
    };
    Ok(page.render(&state, Page::Invitation { view }))
}

/// `POST /organisationen/einladung/{token}/annehmen`
pub async fn accept(
    State(state): State<AppState>,
    page: PageRequest,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let invitation_page = format!("/organisationen/einladung/{token}");
    let Some(session) = &page.session else {
        return Ok(to_login(&invitation_page));
    };
    let Some(token) = InvitationToken::parse(&token) else {
        return Ok(to(invitation_page));
    };
    match organisations::accept(&state.portal, session, &token).await {
        Ok(id) => Ok(to(format!("/organisationen/{id}"))),
        Err(OrganisationError::UnknownInvitation) => Ok(to(invitation_page)),
        Err(OrganisationError::AlreadyMember) => Ok(to("/organisationen".into())),
        Err(error) => refused(error),
    }
}
