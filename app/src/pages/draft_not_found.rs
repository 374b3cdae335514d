//! A draft that does not exist (any more): why that may be, and how to go on.

use i18n::Args;
use leptos::prelude::*;

use crate::context::page_context;
use crate::{t, t_with};

#[component]
pub fn DraftNotFoundPage() -> impl IntoView {
    view! {
        <h1>{t("draft-not-found-title")}</h1>
        <p class="lead">{t_with("draft-not-found-text", &Args::new().number("days", page_context().draft_lifetime_days))}</p>
        <p><a class="link-standalone" href="/antrag/fortsetzen">{t("draft-not-found-resume")}</a></p>
        <p><a class="link-standalone" href="/leistungen">{t("catalogue-show-all")}</a></p>
    }
}
