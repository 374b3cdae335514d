//! A draft that does not exist (any more): why that may be, and how to go on.

use leptos::prelude::*;

use crate::t;

#[component]
pub fn DraftNotFoundPage() -> impl IntoView {
    view! {
        <h1>{t("draft-not-found-title")}</h1>
        <p class="lead">{t("draft-not-found-text")}</p>
        <p><a class="link-standalone" href="/antrag/fortsetzen">{t("draft-not-found-resume")}</a></p>
        <p><a class="link-standalone" href="/leistungen">{t("catalogue-show-all")}</a></p>
    }
}
