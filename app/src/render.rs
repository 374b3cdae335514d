//! Rendering a page to a complete HTML document on the server.

use leptos::prelude::*;

use crate::components::Document;
use crate::context::PageContext;
use crate::{Page, t_with};

/// Renders `page` as a whole HTML document in the context's language.
pub fn render_page(context: PageContext, page: Page) -> String {
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(context.clone());
        let tenant = context.tenant.name.get(context.locale).to_owned();
        let args = i18n::Args::new()
            .text("page", page.title())
            .text("tenant", tenant);
        let title = t_with("document-title", &args);
        let body = page.into_view();
        view! { <Document title=title>{body}</Document> }.to_html()
    });
    owner.cleanup();
    format!("<!DOCTYPE html>{html}")
}
