//! Organisationseinheiten in the back office (administrators only): the list with the form to
//! add a unit, and one unit's page to change it. Thin callers of `services::units`.

use std::collections::BTreeMap;

use app::Page;
use app::pages::back_office::{UnitRow, UnitView, UnitsView};
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::FormErrors;
use domain::unit::RawUnit;
use serde::Deserialize;
use services::staff::{self, ActiveStaff, StaffError};
use services::units::{self, UnitError};

use crate::web::page::PageRequest;
use crate::web::staff_session::Administrator;
use crate::web::{AppError, AppState};

fn refused(error: UnitError) -> Result<Response, AppError> {
    match error {
        UnitError::NotAllowed => Ok(StatusCode::FORBIDDEN.into_response()),
        UnitError::NotFound => Ok(StatusCode::NOT_FOUND.into_response()),
        UnitError::Storage(error) => Err(error.into()),
        UnitError::Invalid(_) => Err(AppError::Internal("unhandled form problems".into())),
    }
}

/// How many active staff members have a role in each unit.
async fn staff_per_unit(
    state: &AppState,
    admin: &ActiveStaff,
) -> Result<BTreeMap<String, usize>, AppError> {
    let members = match staff::list(&state.portal, &state.tenant(), admin).await {
        Ok(members) => members,
        Err(StaffError::Storage(error)) => return Err(error.into()),
        Err(error) => return Err(AppError::Internal(error.to_string())),
    };
    let mut counts = BTreeMap::new();
    for member in members.iter().filter(|member| member.active) {
        let mut units: Vec<&String> = member
            .grants
            .iter()
            .filter_map(|g| g.unit.as_ref())
            .collect();
        units.dedup();
        for unit in units {
            *counts.entry(unit.clone()).or_default() += 1;
        }
    }
    Ok(counts)
}

async fn units_page(
    state: &AppState,
    page: &PageRequest,
    admin: &ActiveStaff,
    form: RawUnit,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let tenant = match units::list(&state.portal, &state.shared_tenant, admin).await {
        Ok(tenant) => tenant,
        Err(error) => return refused(error),
    };
    let counts = staff_per_unit(state, admin).await?;
    let locale = page.locale;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let view = UnitsView {
        units: tenant
            .units
            .iter()
            .map(|unit| UnitRow {
                code: unit.code.clone(),
                name: unit.name.get(locale).to_owned(),
                section: unit
                    .section
                    .as_ref()
                    .map(|section| section.get(locale).to_owned())
                    .unwrap_or_default(),
                email: unit.email.to_string(),
                staff: counts.get(&unit.code).copied().unwrap_or_default(),
            })
            .collect(),
        form,
        errors,
    };
    Ok(page.render_with_status(state, status, Page::Units { view }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct UnitPost {
    code: String,
    name: String,
    section: String,
    email: String,
}

impl UnitPost {
    /// The form as typed, cut to lengths a page can show back.
    fn into_raw(self) -> RawUnit {
        let cut = |text: String, chars| text.chars().take(chars).collect();
        RawUnit {
            code: cut(self.code, 20),
            name: cut(self.name, 200),
            section: cut(self.section, 200),
            email: cut(self.email, 254),
        }
    }
}

/// `GET /verwaltung/einheiten`
pub async fn list(
    State(state): State<AppState>,
    page: PageRequest,
    Administrator(admin): Administrator,
) -> Result<Response, AppError> {
    units_page(&state, &page, &admin, RawUnit::default(), FormErrors::new()).await
}

/// `POST /verwaltung/einheiten`: adds a unit.
pub async fn create(
    State(state): State<AppState>,
    page: PageRequest,
    Administrator(admin): Administrator,
    Form(post): Form<UnitPost>,
) -> Result<Response, AppError> {
    let raw = post.into_raw();
    match units::save(&state.portal, &state.shared_tenant, &admin, None, &raw).await {
        Ok(()) => Ok(Redirect::to(&format!(
            "/verwaltung/einheiten/{}?gespeichert=1",
            raw.code.trim()
        ))
        .into_response()),
        Err(UnitError::Invalid(errors)) => units_page(&state, &page, &admin, raw, errors).await,
        Err(error) => refused(error),
    }
}

#[derive(Debug, Deserialize)]
pub struct UnitQuery {
    gespeichert: Option<String>,
}

fn unit_page(
    state: &AppState,
    page: &PageRequest,
    code: &str,
    form: Option<RawUnit>,
    errors: FormErrors,
    saved: bool,
) -> Result<Response, AppError> {
    let tenant = state.tenant();
    let Some(unit) = tenant.units.iter().find(|unit| unit.code == code) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let view = UnitView {
        name: unit.name.get(page.locale).to_owned(),
        form: form.unwrap_or_else(|| RawUnit::of(unit)),
        errors,
        saved,
    };
    Ok(page.render_with_status(state, status, Page::Unit { view }))
}

/// `GET /verwaltung/einheiten/{code}`
pub async fn show(
    State(state): State<AppState>,
    page: PageRequest,
    Administrator(admin): Administrator,
    Path(code): Path<String>,
    Query(query): Query<UnitQuery>,
) -> Result<Response, AppError> {
    if let Err(error) = units::list(&state.portal, &state.shared_tenant, &admin).await {
        return refused(error);
    }
    unit_page(
        &state,
        &page,
        &code,
        None,
        FormErrors::new(),
        query.gespeichert.is_some(),
    )
}

/// `POST /verwaltung/einheiten/{code}`: changes the unit's name, section or address.
pub async fn update(
    State(state): State<AppState>,
    page: PageRequest,
    Administrator(admin): Administrator,
    Path(code): Path<String>,
    Form(post): Form<UnitPost>,
) -> Result<Response, AppError> {
    let mut raw = post.into_raw();
    raw.code = code.clone();
    match units::save(
        &state.portal,
        &state.shared_tenant,
        &admin,
        Some(&code),
        &raw,
    )
    .await
    {
        Ok(()) => Ok(
            Redirect::to(&format!("/verwaltung/einheiten/{code}?gespeichert=1")).into_response(),
        ),
        Err(UnitError::Invalid(errors)) => {
            unit_page(&state, &page, &code, Some(raw), errors, false)
        }
        Err(error) => refused(error),
    }
}
