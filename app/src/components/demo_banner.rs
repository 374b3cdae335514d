//! On demo installations, every page says that all data is invented.

use leptos::prelude::*;

use crate::context::page_context;
use crate::t;

#[component]
pub fn DemoBanner() -> impl IntoView {
    page_context().tenant.demo.then(|| {
        view! {
            <div class="demo-banner">
                <p class="container">
                    <strong class="demo-banner__tag">{t("demo-banner-tag")}</strong>
                    " "
                    {t("demo-banner-text")}
                </p>
            </div>
        }
    })
}
