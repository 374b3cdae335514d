//! After logging out.

use leptos::prelude::*;

use crate::t;

#[component]
pub fn LoggedOutPage(everywhere: bool) -> impl IntoView {
    view! {
        <h1>{t("logged-out-title")}</h1>
        <p class="lead">{if everywhere { t("logged-out-everywhere") } else { t("logged-out-text") }}</p>
        <p><a class="link-standalone" href="/">{t("back-to-home")}</a></p>
    }
}
