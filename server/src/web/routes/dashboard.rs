//! `GET /verwaltung/kennzahlen`: the key figures of the staff member's units.

use app::Page;
use app::pages::back_office::DashboardView;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::form::validate::format_date;
use services::cases::{self, CaseError};

use crate::web::page::PageRequest;
use crate::web::staff_session::Staff;
use crate::web::{AppError, AppState};

pub async fn show(
    State(state): State<AppState>,
    page: PageRequest,
    Staff(staff): Staff,
) -> Result<Response, AppError> {
    let figures = match cases::figures(&state.portal, &state.tenant().slug, &staff).await {
        Ok(figures) => figures,
        Err(CaseError::NoInbox) => return Ok(StatusCode::FORBIDDEN.into_response()),
        Err(CaseError::Storage(error)) => return Err(error.into()),
        Err(error) => return Err(AppError::Internal(error.to_string())),
    };
    let week_starts = figures
        .weeks
        .iter()
        .map(|week| format_date(week.monday, page.locale))
        .collect();
    Ok(page.render(
        &state,
        Page::Dashboard {
            view: DashboardView {
                figures,
                week_starts,
            },
        },
    ))
}
