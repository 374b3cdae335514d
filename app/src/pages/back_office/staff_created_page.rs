//! After adding a staff member: the initial password and the authenticator secret, shown this
//! once to be handed over in person.

use i18n::Args;
use leptos::prelude::*;

use crate::{t, t_with};

pub struct StaffCreatedView {
    pub username: String,
    pub name: String,
    pub initial_password: String,
    pub totp_secret: String,
    pub otpauth_uri: String,
}

#[component]
pub fn StaffCreatedPage(view: StaffCreatedView) -> impl IntoView {
    view! {
        <a class="back-link" href="/verwaltung/mitarbeitende">{t("staff-list-title")}</a>
        <div class="panel">
            <h1 class="panel__title">{t_with("staff-created-title", &Args::new().text("name", view.name))}</h1>
        </div>
        <p class="lead">{t("staff-created-intro")}</p>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">{t("staff-username-label")}</dt>
                <dd class="summary-list__value"><code>{view.username}</code></dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{t("staff-initial-password")}</dt>
                <dd class="summary-list__value"><code>{view.initial_password}</code></dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{t("staff-totp-secret")}</dt>
                <dd class="summary-list__value"><code>{view.totp_secret}</code></dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{t("staff-totp-address")}</dt>
                <dd class="summary-list__value"><code class="break-anywhere">{view.otpauth_uri}</code></dd>
            </div>
        </dl>
        <p>{t("staff-created-once")}</p>
    }
}
