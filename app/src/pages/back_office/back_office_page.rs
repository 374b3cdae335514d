//! The back office's start page: who is logged in, with which roles, and where to go.

use i18n::Args;
use leptos::prelude::*;

use super::GrantView;
use crate::{t, t_with};

pub struct BackOfficeView {
    pub name: String,
    pub grants: Vec<GrantView>,
    pub may_manage_staff: bool,
    /// A case role in some unit: the Posteingang is theirs.
    pub has_inbox: bool,
    /// Records managers and team leads: Akten past their retention are theirs to hand over.
    pub may_dispose: bool,
}

#[component]
pub fn BackOfficePage(view: BackOfficeView) -> impl IntoView {
    let grants = view
        .grants
        .iter()
        .map(|grant| view! { <li>{grant.label()}</li> })
        .collect_view();
    let inbox = view.has_inbox.then(|| {
        view! {
            <p class="button-group">
                <a class="button" href="/verwaltung/posteingang">{t("inbox-title")}</a>
                <a class="button button--secondary" href="/verwaltung/suche">{t("search-title")}</a>
                <a class="button button--secondary" href="/verwaltung/kennzahlen">{t("dashboard-title")}</a>
            </p>
        }
    });
    let admin = view.may_manage_staff.then(|| {
        view! {
            <h2>{t("back-office-admin-heading")}</h2>
            <ul class="link-list">
                <li><a href="/verwaltung/mitarbeitende">{t("staff-list-title")}</a></li>
                <li><a href="/verwaltung/einheiten">{t("units-title")}</a></li>
                <li><a href="/verwaltung/anbindungen">{t("api-clients-title")}</a></li>
            </ul>
        }
    });
    let disposal = view.may_dispose.then(|| {
        view! {
            <h2>{t("back-office-records-heading")}</h2>
            <ul class="link-list">
                <li><a href="/verwaltung/aussonderung">{t("disposal-title")}</a></li>
            </ul>
        }
    });
    view! {
        <h1>{t("back-office-title")}</h1>
        <p class="lead">{t_with("back-office-greeting", &Args::new().text("name", view.name))}</p>
        {inbox}
        <h2>{t("back-office-roles-heading")}</h2>
        <ul>{grants}</ul>
        {disposal}
        {admin}
        <form method="post" action="/verwaltung/abmelden">
            <button class="button button--secondary" type="submit">{t("nav-logout")}</button>
        </form>
    }
}
