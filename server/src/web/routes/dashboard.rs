//! `GET /verwaltung/kennzahlen`: the key figures of the staff member's units and the tenant's
//! letters; `GET /offene-daten/bescheide.{csv,json}`: the letters' figures as open data.

use app::Page;
use app::pages::back_office::DashboardView;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::Locale;
use domain::delivery::figures::{csv, savings};
use domain::form::validate::format_date;
use services::cases::{self, CaseError};
use services::decisions;

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
    let (letters, saved) = decisions::letter_figures(&state.portal, &state.tenant()).await?;
    Ok(page.render(
        &state,
        Page::Dashboard {
            view: DashboardView {
                figures,
                week_starts,
                letters,
                saved,
                saved_euros: euros(saved.euro_cents, page.locale),
            },
        },
    ))
}

/// An amount of money as the reader's language writes it: `1.234,56 €` or `€1,234.56`.
fn euros(cents: u64, locale: Locale) -> String {
    let whole = (cents / 100).to_string();
    let (group, decimal) = match locale {
        Locale::En => (',', '.'),
        Locale::Ar => ('٬', '٫'),
        Locale::De | Locale::Tr => ('.', ','),
        Locale::Uk | Locale::Ru | Locale::Pl => ('\u{a0}', ','),
    };
    let mut grouped = String::new();
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index).is_multiple_of(3) {
            grouped.push(group);
        }
        grouped.push(digit);
    }
    let amount = format!("{grouped}{decimal}{:02}", cents % 100);
    if locale == Locale::En {
        format!("€{amount}")
    } else {
        format!("{amount}\u{a0}€")
    }
}

/// `GET /offene-daten/bescheide.csv`: the letters per month and what digital delivery saved,
/// as open data (aggregates only), for anyone.
pub async fn open_data_csv(State(state): State<AppState>) -> Result<Response, AppError> {
    let tenant = state.tenant();
    let (letters, _) = decisions::letter_figures(&state.portal, &tenant).await?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/csv; charset=utf-8; header=present",
            ),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        csv(&letters, &tenant.paper_costs),
    )
        .into_response())
}

/// `GET /offene-daten/bescheide.json`: the same as JSON, with the unit costs it rests on.
pub async fn open_data_json(State(state): State<AppState>) -> Result<Response, AppError> {
    let tenant = state.tenant();
    let (letters, saved) = decisions::letter_figures(&state.portal, &tenant).await?;
    let months: Vec<serde_json::Value> = letters
        .iter()
        .map(|month| {
            let saved = savings(std::slice::from_ref(month), &tenant.paper_costs);
            serde_json::json!({
                "month": month.label(),
                "digital": month.digital,
                "paper": month.paper,
                "sheets_saved": saved.sheets,
                "euro_cents_saved": saved.euro_cents,
            })
        })
        .collect();
    let body = serde_json::json!({
        "publisher": tenant.authority.get(Locale::SOURCE),
        "unit_costs": tenant.paper_costs,
        "months": months,
        "total": saved,
    });
    Ok((
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body.to_string(),
    )
        .into_response())
}
