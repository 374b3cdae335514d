//! `GET /`

use axum::extract::State;
use axum::response::Response;

use crate::web::AppState;
use crate::web::page::PageRequest;

pub async fn show(State(state): State<AppState>, page: PageRequest) -> Response {
    page.render(&state, app::Page::Home)
}
