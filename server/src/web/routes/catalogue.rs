//! The service catalogue and the service pages.

use app::Page;
use app::pages::CatalogueView;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::Ags;
use domain::service::LifeSituation;
use serde::Deserialize;
use services::catalogue::CatalogueQuery;

use crate::web::page::PageRequest;
use crate::web::{AppError, AppState};

/// Longest search text taken into account.
const MAX_QUERY_CHARS: usize = 200;

#[derive(Debug, Deserialize)]
pub struct Filters {
    q: Option<String>,
    lebenslage: Option<String>,
    ort: Option<String>,
}

/// `GET /leistungen`: filters that name no real life situation or town are a bad request.
pub async fn list(
    State(state): State<AppState>,
    page: PageRequest,
    Query(filters): Query<Filters>,
) -> Response {
    let text: String = filters
        .q
        .unwrap_or_default()
        .chars()
        .take(MAX_QUERY_CHARS)
        .collect();
    let life_situation = match filters.lebenslage.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(slug) => match LifeSituation::from_slug(slug) {
            Some(situation) => Some(situation),
            None => return StatusCode::BAD_REQUEST.into_response(),
        },
    };
    let town = match filters.ort.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(ags) => match Ags::parse(ags)
            .ok()
            .filter(|ags| state.tenant().towns.iter().any(|t| &t.ags == ags))
        {
            Some(ags) => Some(ags),
            None => return StatusCode::BAD_REQUEST.into_response(),
        },
    };
    let query = CatalogueQuery {
        text: Some(text.clone()),
        life_situation,
        town: town.clone(),
    };
    let results = state
        .catalogue
        .find(&query, page.locale)
        .into_iter()
        .cloned()
        .collect();
    page.render(
        &state,
        Page::Catalogue {
            view: CatalogueView {
                text,
                life_situation,
                town,
                results,
            },
        },
    )
}

/// `GET /leistungen/{id}`
pub async fn show(
    State(state): State<AppState>,
    page: PageRequest,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let Some(service) = state.catalogue.get(&id) else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let apply_for = match &page.session {
        Some(session) => services::organisations::mine(&state.portal, session)
            .await?
            .into_iter()
            .map(|(organisation, _)| (organisation.id, organisation.details.name))
            .collect(),
        None => Vec::new(),
    };
    Ok(page.render(
        &state,
        Page::Service {
            service: service.clone(),
            apply_for,
        },
    ))
}
