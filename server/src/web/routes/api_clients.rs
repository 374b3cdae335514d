//! Anbindungen (administrators only): the integrations that use the API, adding one (its token
//! and webhook secret are shown once) and revoking one. Thin callers of `services::integration`.

use app::Page;
use app::pages::back_office::{
    API_SCOPES, ApiClientCreatedView, ApiClientForm, ApiClientRow, ApiClientsView, UnitOption,
};
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::FormErrors;
use domain::form::validate::format_date;
use domain::integration::ApiClientId;
use services::integration::{self, ApiClientInput};
use services::staff::ActiveStaff;
use storage::StorageError;

use super::akten::unit_label;
use crate::web::page::PageRequest;
use crate::web::staff_session::Administrator;
use crate::web::{AppError, AppState};

fn actor(admin: &ActiveStaff) -> String {
    format!("staff:{}", admin.member.id)
}

async fn clients_page(
    state: &AppState,
    page: &PageRequest,
    form: ApiClientForm,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let tenant = state.tenant();
    let locale = page.locale;
    let clients = integration::clients(&state.portal)
        .await?
        .into_iter()
        .map(|client| ApiClientRow {
            id: client.id.0,
            name: client.name,
            scope_keys: client
                .scopes
                .iter()
                .filter_map(|scope| {
                    API_SCOPES
                        .iter()
                        .find(|(value, _)| *value == scope.as_str())
                        .map(|(_, key)| *key)
                })
                .collect(),
            units: client
                .units
                .iter()
                .map(|unit| unit_label(&tenant, unit, locale))
                .collect::<Vec<_>>()
                .join(", "),
            webhook: client.webhook.map(|webhook| webhook.url),
            created_on: format_date(client.created_at.date(), locale),
            revoked_on: client.revoked_at.map(|at| format_date(at.date(), locale)),
        })
        .collect();
    let units = tenant
        .units
        .iter()
        .map(|unit| UnitOption {
            code: unit.code.clone(),
            name: unit.name.get(locale).to_owned(),
        })
        .chain(tenant.towns.iter().map(|town| UnitOption {
            code: format!("town:{}", town.ags),
            name: town.name.get(locale).to_owned(),
        }))
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let view = ApiClientsView {
        clients,
        units,
        form,
        errors,
    };
    Ok(page.render_with_status(state, status, Page::ApiClients { view }))
}

/// `GET /verwaltung/anbindungen`
pub async fn list(
    State(state): State<AppState>,
    page: PageRequest,
    Administrator(_): Administrator,
) -> Result<Response, AppError> {
    clients_page(&state, &page, ApiClientForm::default(), FormErrors::new()).await
}

/// `POST /verwaltung/anbindungen`: adds an integration; its token is shown this once.
pub async fn create(
    State(state): State<AppState>,
    page: PageRequest,
    Administrator(admin): Administrator,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let mut form = ApiClientForm::default();
    for (name, value) in pairs {
        match name.as_str() {
            integration::NAME_FIELD => form.name = value,
            integration::UNITS_FIELD => form.units.push(value),
            integration::SCOPES_FIELD => form.scopes.push(value),
            integration::WEBHOOK_FIELD => form.webhook = value,
            _ => return Ok(StatusCode::BAD_REQUEST.into_response()),
        }
    }
    let input = ApiClientInput {
        name: form.name.clone(),
        scopes: form.scopes.clone(),
        units: form.units.clone(),
        webhook: Some(form.webhook.clone()),
    };
    match integration::create_client(&state.portal, &state.tenant(), &actor(&admin), &input).await?
    {
        Ok(created) => {
            let view = ApiClientCreatedView {
                name: form.name.trim().to_owned(),
                token: created.token.as_str().to_owned(),
                webhook_secret: created.webhook_secret,
            };
            // Pages are never cached (no-store), so the token lives in this answer only.
            Ok(page.render(&state, Page::ApiClientCreated { view }))
        }
        Err(errors) => clients_page(&state, &page, form, errors).await,
    }
}

/// `POST /verwaltung/anbindungen/{id}/widerrufen`
pub async fn revoke(
    State(state): State<AppState>,
    Administrator(admin): Administrator,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let Ok(id) = id.parse::<i64>() else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    match integration::revoke_client(&state.portal, &actor(&admin), ApiClientId(id)).await {
        Ok(()) => Ok(Redirect::to("/verwaltung/anbindungen").into_response()),
        Err(StorageError::NotFound) => Ok(StatusCode::NOT_FOUND.into_response()),
        Err(error) => Err(error.into()),
    }
}
