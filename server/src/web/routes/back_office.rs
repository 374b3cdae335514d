//! The back office's login and start page, and the administration of staff.

use app::Page;
use app::pages::back_office::{
    BackOfficeView, GrantView, NewStaffForm, StaffCreatedView, StaffListView, StaffLoginView,
    StaffMemberView, StaffRow, UnitOption,
};
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use domain::staff::{Grants, RoleGrant, StaffId};
use domain::{FormErrors, Locale, msg_key};
use serde::Deserialize;
use services::rate_limits::Bucket;
use services::staff::{
    self, ActiveStaff, NewStaffInput, ProviderLoginError, StaffError, StaffLoginError,
};
use storage::StaffMember;

use crate::web::client::ClientAddress;
use crate::web::page::PageRequest;
use crate::web::rate_limit::refuse_when_over;
use crate::web::staff_session::{
    Administrator, Staff, clear_staff_cookie, set_staff_cookie, staff_cookie,
};
use crate::web::{AppError, AppState};

fn units(state: &AppState, locale: Locale) -> Vec<UnitOption> {
    state
        .tenant()
        .units
        .iter()
        .map(|unit| UnitOption {
            code: unit.code.clone(),
            name: unit.name.get(locale).to_owned(),
        })
        .collect()
}

fn grant_views(state: &AppState, grants: &[RoleGrant], locale: Locale) -> Vec<GrantView> {
    grants
        .iter()
        .map(|grant| GrantView {
            role: grant.role,
            unit_name: grant.unit.as_ref().map(|code| {
                state
                    .tenant()
                    .units
                    .iter()
                    .find(|unit| &unit.code == code)
                    .map_or_else(|| code.clone(), |unit| unit.name.get(locale).to_owned())
            }),
            unit_code: grant.unit.clone(),
        })
        .collect()
}

fn staff_error(error: StaffError) -> Result<Response, AppError> {
    match error {
        StaffError::NotAllowed => Ok(StatusCode::FORBIDDEN.into_response()),
        StaffError::NotFound => Ok(StatusCode::NOT_FOUND.into_response()),
        StaffError::Storage(error) => Err(error.into()),
        StaffError::Hashing(error) => Err(AppError::Internal(error)),
        StaffError::Invalid(_) => Err(AppError::Internal("unhandled form problems".into())),
    }
}

/// `GET /verwaltung/anmelden`
pub async fn show_login(State(state): State<AppState>, page: PageRequest) -> Response {
    let view = StaffLoginView {
        provider: state.portal.staff_identity.is_some(),
        ..StaffLoginView::default()
    };
    page.render(&state, Page::StaffLogin { view })
}

fn login_problem(
    state: &AppState,
    page: &PageRequest,
    status: StatusCode,
    problem: &'static str,
) -> Response {
    let view = StaffLoginView {
        username: String::new(),
        problem: Some(problem),
        provider: state.portal.staff_identity.is_some(),
    };
    page.render_with_status(state, status, Page::StaffLogin { view })
}

/// `GET /verwaltung/anmelden/dienst`: off to the authority's identity provider.
pub async fn provider_login(
    State(state): State<AppState>,
    page: PageRequest,
    client: ClientAddress,
) -> Result<Response, AppError> {
    if let Some(refused) = refuse_when_over(&state, &page, &client, Bucket::StaffLogin).await? {
        return Ok(refused);
    }
    match staff::begin_provider_login(&state.portal).await {
        Ok(url) => Ok(Redirect::to(&url).into_response()),
        Err(ProviderLoginError::NotConfigured) => Ok(StatusCode::NOT_FOUND.into_response()),
        Err(ProviderLoginError::Storage(error)) => Err(error.into()),
        Err(error) => {
            tracing::error!(%error, "the staff identity provider cannot start a login");
            Ok(login_problem(
                &state,
                &page,
                StatusCode::SERVICE_UNAVAILABLE,
                msg_key("staff-login-provider-unavailable"),
            ))
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct ProviderAnswer {
    code: Option<String>,
    state: Option<String>,
}

/// `GET /verwaltung/anmelden/rueckkehr`: back from the authority's identity provider.
pub async fn provider_callback(
    State(state): State<AppState>,
    page: PageRequest,
    client: ClientAddress,
    headers: HeaderMap,
    Query(answer): Query<ProviderAnswer>,
) -> Result<Response, AppError> {
    if let Some(refused) = refuse_when_over(&state, &page, &client, Bucket::StaffLogin).await? {
        return Ok(refused);
    }
    let (Some(code), Some(flow)) = (answer.code, answer.state) else {
        return Ok(login_problem(
            &state,
            &page,
            StatusCode::BAD_REQUEST,
            msg_key("staff-login-provider-failed"),
        ));
    };
    let previous = staff_cookie(&headers);
    match staff::finish_provider_login(
        &state.portal,
        &state.tenant(),
        &flow,
        &code,
        previous.as_ref(),
    )
    .await
    {
        Ok((id, _)) => {
            let mut response = Redirect::to("/verwaltung").into_response();
            response
                .headers_mut()
                .insert(SET_COOKIE, set_staff_cookie(&id));
            Ok(response)
        }
        Err(ProviderLoginError::NoAccess) => Ok(login_problem(
            &state,
            &page,
            StatusCode::FORBIDDEN,
            msg_key("staff-login-no-access"),
        )),
        Err(ProviderLoginError::NotConfigured) => Ok(StatusCode::NOT_FOUND.into_response()),
        Err(ProviderLoginError::Storage(error)) => Err(error.into()),
        Err(error) => {
            tracing::warn!(%error, "a staff login through the provider failed");
            Ok(login_problem(
                &state,
                &page,
                StatusCode::BAD_REQUEST,
                msg_key("staff-login-provider-failed"),
            ))
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoginPost {
    username: String,
    password: String,
    code: String,
}

/// `POST /verwaltung/anmelden`
pub async fn log_in(
    State(state): State<AppState>,
    page: PageRequest,
    client: ClientAddress,
    headers: HeaderMap,
    Form(post): Form<LoginPost>,
) -> Result<Response, AppError> {
    if let Some(refused) = refuse_when_over(&state, &page, &client, Bucket::StaffLogin).await? {
        return Ok(refused);
    }
    match staff::log_in(
        &state.portal,
        &state.tenant(),
        &post.username,
        &post.password,
        &post.code,
        staff_cookie(&headers).as_ref(),
    )
    .await
    {
        Ok((id, _)) => {
            let mut response = Redirect::to("/verwaltung").into_response();
            response
                .headers_mut()
                .insert(SET_COOKIE, set_staff_cookie(&id));
            Ok(response)
        }
        Err(StaffLoginError::Refused) => {
            let view = StaffLoginView {
                username: post.username.chars().take(40).collect(),
                problem: Some(msg_key("staff-login-failed")),
                provider: state.portal.staff_identity.is_some(),
            };
            Ok(page.render_with_status(
                &state,
                StatusCode::UNPROCESSABLE_ENTITY,
                Page::StaffLogin { view },
            ))
        }
        Err(StaffLoginError::Storage(error)) => Err(error.into()),
    }
}

/// `POST /verwaltung/abmelden`
pub async fn log_out(
    State(state): State<AppState>,
    Staff(staff): Staff,
) -> Result<Response, AppError> {
    staff::log_out(&state.portal, &staff).await?;
    let mut response = Redirect::to("/verwaltung/anmelden").into_response();
    response
        .headers_mut()
        .insert(SET_COOKIE, clear_staff_cookie());
    Ok(response)
}

/// `GET /verwaltung`
pub async fn home(
    State(state): State<AppState>,
    page: PageRequest,
    Staff(staff): Staff,
) -> Response {
    let view = BackOfficeView {
        name: staff.member.display_name.clone(),
        grants: grant_views(&state, &staff.member.grants, page.locale),
        may_manage_staff: staff.may_manage_staff(),
        has_inbox: !domain::case::inboxes_of(&staff).is_empty(),
        may_dispose: domain::record::disposal_scope(&staff).is_some(),
    };
    page.render(&state, Page::BackOffice { view })
}

async fn list_view(
    state: &AppState,
    page: &PageRequest,
    admin: &ActiveStaff,
    form: NewStaffForm,
) -> Result<Result<StaffListView, StaffError>, AppError> {
    let members = match staff::list(&state.portal, &state.tenant(), admin).await {
        Ok(members) => members,
        Err(error) => return Ok(Err(error)),
    };
    Ok(Ok(StaffListView {
        members: members
            .iter()
            .map(|member| StaffRow {
                id: member.id,
                username: member.username.to_string(),
                name: member.display_name.clone(),
                grants: grant_views(state, &member.grants, page.locale),
                active: member.active,
            })
            .collect(),
        units: units(state, page.locale),
        form,
    }))
}

/// `GET /verwaltung/mitarbeitende`
pub async fn list(
    State(state): State<AppState>,
    page: PageRequest,
    Administrator(admin): Administrator,
) -> Result<Response, AppError> {
    match list_view(&state, &page, &admin, NewStaffForm::default()).await? {
        Ok(view) => Ok(page.render(&state, Page::StaffList { view })),
        Err(error) => staff_error(error),
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewStaffPost {
    username: String,
    display_name: String,
    email: String,
    role: String,
    unit: String,
}

/// `POST /verwaltung/mitarbeitende`: adds someone and shows their credentials once.
pub async fn create(
    State(state): State<AppState>,
    page: PageRequest,
    Administrator(admin): Administrator,
    Form(post): Form<NewStaffPost>,
) -> Result<Response, AppError> {
    let input = NewStaffInput {
        username: post.username,
        display_name: post.display_name,
        email: post.email,
        role: post.role,
        unit: post.unit,
    };
    match staff::create(&state.portal, &state.tenant(), Some(&admin), &input).await {
        Ok(created) => {
            let issuer = format!("Kreisportal {}", state.tenant().name.get(Locale::De));
            let view = StaffCreatedView {
                username: created.username.to_string(),
                name: input.display_name.trim().to_owned(),
                initial_password: created.initial_password,
                totp_secret: created.totp.to_base32(),
                otpauth_uri: created.totp.otpauth_uri(&issuer, created.username.as_str()),
            };
            // Shown this once; pages are `no-store`, so the browser keeps no copy.
            Ok(page.render(&state, Page::StaffCreated { view }))
        }
        Err(StaffError::Invalid(errors)) => {
            let form = NewStaffForm {
                username: input.username.chars().take(40).collect(),
                display_name: input.display_name.chars().take(100).collect(),
                email: input.email.chars().take(200).collect(),
                role: input.role,
                unit: input.unit,
                errors,
            };
            match list_view(&state, &page, &admin, form).await? {
                Ok(view) => Ok(page.render_with_status(
                    &state,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    Page::StaffList { view },
                )),
                Err(error) => staff_error(error),
            }
        }
        Err(error) => staff_error(error),
    }
}

fn member_view(
    state: &AppState,
    page: &PageRequest,
    admin: &ActiveStaff,
    member: StaffMember,
    errors: FormErrors,
) -> StaffMemberView {
    StaffMemberView {
        id: member.id,
        username: member.username.to_string(),
        name: member.display_name.clone(),
        email: member.email.to_string(),
        active: member.active,
        grants: grant_views(state, &member.grants, page.locale),
        units: units(state, page.locale),
        errors,
        is_self: member.id == admin.member.id,
    }
}

/// Answers a change to a member: back to their page, or the page with why not (422).
async fn after_change(
    state: &AppState,
    page: &PageRequest,
    admin: &ActiveStaff,
    id: StaffId,
    changed: Result<(), StaffError>,
) -> Result<Response, AppError> {
    match changed {
        Ok(()) => Ok(Redirect::to(&format!("/verwaltung/mitarbeitende/{id}")).into_response()),
        Err(StaffError::Invalid(errors)) => match staff::member(&state.portal, admin, id).await {
            Ok(member) => {
                let view = member_view(state, page, admin, member, errors);
                Ok(page.render_with_status(
                    state,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    Page::StaffMember { view },
                ))
            }
            Err(error) => staff_error(error),
        },
        Err(error) => staff_error(error),
    }
}

fn parse_id(id: &str) -> Option<StaffId> {
    id.parse::<i64>().ok().map(StaffId)
}

/// `GET /verwaltung/mitarbeitende/{id}`
pub async fn show_member(
    State(state): State<AppState>,
    page: PageRequest,
    Administrator(admin): Administrator,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let Some(id) = parse_id(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    match staff::member(&state.portal, &admin, id).await {
        Ok(member) => {
            let view = member_view(&state, &page, &admin, member, FormErrors::new());
            Ok(page.render(&state, Page::StaffMember { view }))
        }
        Err(error) => staff_error(error),
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrantPost {
    role: String,
    unit: String,
}

async fn change_grant(
    state: AppState,
    page: PageRequest,
    admin: ActiveStaff,
    id: String,
    post: GrantPost,
    give: bool,
) -> Result<Response, AppError> {
    let Some(id) = parse_id(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let mut errors = FormErrors::new();
    let changed = match staff::grant_from(&state.tenant(), &post.role, &post.unit, &mut errors) {
        Some(grant) => {
            staff::change_grant(&state.portal, &state.tenant(), &admin, id, grant, give).await
        }
        None => Err(StaffError::Invalid(errors)),
    };
    after_change(&state, &page, &admin, id, changed).await
}

/// `POST /verwaltung/mitarbeitende/{id}/rollen`
pub async fn grant(
    State(state): State<AppState>,
    page: PageRequest,
    Administrator(admin): Administrator,
    Path(id): Path<String>,
    Form(post): Form<GrantPost>,
) -> Result<Response, AppError> {
    change_grant(state, page, admin, id, post, true).await
}

/// `POST /verwaltung/mitarbeitende/{id}/rollen/entfernen`
pub async fn revoke(
    State(state): State<AppState>,
    page: PageRequest,
    Administrator(admin): Administrator,
    Path(id): Path<String>,
    Form(post): Form<GrantPost>,
) -> Result<Response, AppError> {
    change_grant(state, page, admin, id, post, false).await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivePost {
    aktiv: String,
}

/// `POST /verwaltung/mitarbeitende/{id}/aktiv`
pub async fn set_active(
    State(state): State<AppState>,
    page: PageRequest,
    Administrator(admin): Administrator,
    Path(id): Path<String>,
    Form(post): Form<ActivePost>,
) -> Result<Response, AppError> {
    let Some(id) = parse_id(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let active = match post.aktiv.as_str() {
        "ja" => true,
        "nein" => false,
        _ => return Ok(StatusCode::BAD_REQUEST.into_response()),
    };
    let changed = staff::set_active(&state.portal, &admin, id, active).await;
    after_change(&state, &page, &admin, id, changed).await
}
