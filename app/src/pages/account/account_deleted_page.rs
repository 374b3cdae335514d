//! After the account was deleted.

use leptos::prelude::*;

use crate::t;

#[component]
pub fn AccountDeletedPage() -> impl IntoView {
    view! {
        <h1>{t("deleted-title")}</h1>
        <p class="lead">{t("deleted-text")}</p>
        <p><a class="link-standalone" href="/">{t("back-to-home")}</a></p>
    }
}
