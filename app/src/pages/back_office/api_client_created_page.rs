//! After adding an integration: its bearer token and webhook secret, shown this once to be
//! handed to the people who run the Fachverfahren.

use i18n::Args;
use leptos::prelude::*;

use crate::{t, t_with};

pub struct ApiClientCreatedView {
    pub name: String,
    pub token: String,
    pub webhook_secret: Option<String>,
}

#[component]
pub fn ApiClientCreatedPage(view: ApiClientCreatedView) -> impl IntoView {
    let secret = view.webhook_secret.map(|secret| {
        view! {
            <div class="summary-list__row">
                <dt class="summary-list__key">{t("api-client-webhook-secret")}</dt>
                <dd class="summary-list__value"><code class="break-anywhere">{secret}</code></dd>
            </div>
        }
    });
    view! {
        <a class="back-link" href="/verwaltung/anbindungen">{t("api-clients-title")}</a>
        <div class="panel">
            <h1 class="panel__title">{t_with("api-client-created-title", &Args::new().text("name", view.name))}</h1>
        </div>
        <p class="lead">{t("api-client-created-intro")}</p>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">{t("api-client-token")}</dt>
                <dd class="summary-list__value"><code class="break-anywhere">{view.token}</code></dd>
            </div>
            {secret}
        </dl>
        <p>{t("api-client-created-once")}</p>
    }
}
