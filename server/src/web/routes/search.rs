//! `GET /verwaltung/suche`: the back office's full-text search, a plain GET form whose facets
//! are links.

use app::Page;
use app::pages::back_office::{
    FacetView, KIND_PARAM, STATE_PARAM, SearchForm, SearchHitView, SearchResultsView, SearchView,
    UNIT_PARAM, YEAR_PARAM,
};
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;
use services::search::{self, StaffSearch};
use storage::{EntryKind, FacetFilter, SearchResults};

use crate::web::page::PageRequest;
use crate::web::staff_session::Staff;
use crate::web::{AppError, AppState};

/// Unit codes and state keys are short; anything longer is not one.
const LONGEST_FACET_VALUE: usize = 40;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SearchParams {
    q: String,
    art: String,
    einheit: String,
    jahr: String,
    stand: String,
}

impl SearchParams {
    /// The facets as chosen; values that cannot be one are left out.
    fn filter(&self) -> FacetFilter {
        let short = |value: &str| {
            let value = value.trim();
            (!value.is_empty() && value.chars().count() <= LONGEST_FACET_VALUE)
                .then(|| value.to_owned())
        };
        FacetFilter {
            kind: EntryKind::parse(self.art.trim()),
            unit: short(&self.einheit),
            year: self.jahr.trim().parse().ok(),
            state: short(&self.stand),
        }
    }
}

fn chosen(filter: &FacetFilter) -> Vec<(&'static str, String)> {
    let mut chosen = Vec::new();
    if let Some(kind) = filter.kind {
        chosen.push((KIND_PARAM, kind.as_str().to_owned()));
    }
    if let Some(unit) = &filter.unit {
        chosen.push((UNIT_PARAM, unit.clone()));
    }
    if let Some(year) = filter.year {
        chosen.push((YEAR_PARAM, year.to_string()));
    }
    if let Some(state) = &filter.state {
        chosen.push((STATE_PARAM, state.clone()));
    }
    chosen
}

/// `GET /verwaltung/suche`
pub async fn search(
    State(state): State<AppState>,
    page: PageRequest,
    Staff(staff): Staff,
    Query(params): Query<SearchParams>,
) -> Result<Response, AppError> {
    let filter = params.filter();
    let mut form = SearchForm {
        text: params.q.trim().to_owned(),
        chosen: chosen(&filter),
        error: None,
    };
    let results = match search::parse_text(&params.q) {
        Err(key) => {
            form.error = Some(key);
            None
        }
        Ok(text) if text.is_empty() => None,
        Ok(text) => {
            let results =
                search::search(&state.portal, &staff, &StaffSearch { text, filter }).await?;
            Some(results_view(results))
        }
    };
    Ok(page.render(
        &state,
        Page::Search {
            view: SearchView { form, results },
        },
    ))
}

fn results_view(results: SearchResults) -> SearchResultsView {
    let facets = results.facets;
    SearchResultsView {
        total: results.total,
        hits: results
            .hits
            .into_iter()
            .map(|hit| SearchHitView {
                kind: hit.kind.as_str(),
                title: hit.title,
                link: hit.link,
                unit: hit.unit,
                year: hit.year,
                state: hit.state,
                snippet: hit
                    .snippet
                    .into_iter()
                    .map(|part| (part.text, part.matched))
                    .collect(),
            })
            .collect(),
        facets: vec![
            FacetView {
                parameter: KIND_PARAM,
                values: facets
                    .kind
                    .into_iter()
                    .map(|(kind, count)| (kind.as_str().to_owned(), count))
                    .collect(),
            },
            FacetView {
                parameter: UNIT_PARAM,
                values: facets.unit,
            },
            FacetView {
                parameter: YEAR_PARAM,
                values: facets
                    .year
                    .into_iter()
                    .map(|(year, count)| (year.to_string(), count))
                    .collect(),
            },
            FacetView {
                parameter: STATE_PARAM,
                values: facets.state,
            },
        ],
    }
}
