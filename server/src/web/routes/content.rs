//! Pages with fixed content: Leichte Sprache, Gebärdensprache, Impressum, Datenschutz.

use axum::extract::State;
use axum::response::Response;

use crate::web::AppState;
use crate::web::page::PageRequest;

pub async fn easy_language(State(state): State<AppState>, page: PageRequest) -> Response {
    page.render(&state, app::Page::EasyLanguage)
}

pub async fn sign_language(State(state): State<AppState>, page: PageRequest) -> Response {
    page.render(&state, app::Page::SignLanguage)
}

pub async fn imprint(State(state): State<AppState>, page: PageRequest) -> Response {
    page.render(&state, app::Page::Imprint)
}

pub async fn privacy(State(state): State<AppState>, page: PageRequest) -> Response {
    page.render(&state, app::Page::Privacy)
}
