//! One staff member (administrators only): their roles, with a button to take each away and a
//! form to give another, and deactivating or reactivating them.

use domain::FormErrors;
use domain::staff::StaffId;
use i18n::Args;
use leptos::prelude::*;

use super::role_fields::RoleFields;
use super::{GrantView, UnitOption};
use crate::components::{ErrorSummary, summary_of};
use crate::{t, t_with};

pub struct StaffMemberView {
    pub id: StaffId,
    pub username: String,
    pub name: String,
    pub email: String,
    pub active: bool,
    pub grants: Vec<GrantView>,
    pub units: Vec<UnitOption>,
    /// Problems with the last change.
    pub errors: FormErrors,
    /// The administrator looks at themselves (who cannot deactivate themselves).
    pub is_self: bool,
}

impl StaffMemberView {
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

#[component]
pub fn StaffMemberPage(view: StaffMemberView) -> impl IntoView {
    let base = format!("/verwaltung/mitarbeitende/{}", view.id);
    let grants = view
        .grants
        .iter()
        .map(|grant| {
            let label = grant.label();
            view! {
                <li class="grant-list__item">
                    <span>{label.clone()}</span>
                    <form method="post" action=format!("{base}/rollen/entfernen")>
                        <input type="hidden" name="role" value=grant.role.as_str()/>
                        <input type="hidden" name="unit" value=grant.unit_code.clone().unwrap_or_default()/>
                        <button class="button button--secondary button--small" type="submit">
                            {t("staff-revoke")}<span class="visually-hidden">": "{label}</span>
                        </button>
                    </form>
                </li>
            }
        })
        .collect_view();
    let state = if view.active {
        t("staff-active")
    } else {
        t("staff-inactive")
    };
    let toggle = (!view.is_self).then(|| {
        let (label, value) = if view.active {
            (t("staff-deactivate"), "nein")
        } else {
            (t("staff-activate"), "ja")
        };
        view! {
            <form method="post" action=format!("{base}/aktiv")>
                <input type="hidden" name="aktiv" value=value/>
                <button class="button button--secondary" type="submit">{label}</button>
            </form>
        }
    });
    view! {
        <a class="back-link" href="/verwaltung/mitarbeitende">{t("staff-list-title")}</a>
        <ErrorSummary errors=summary_of(&view.errors)/>
        <h1>{view.name.clone()}</h1>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">{t("staff-username-label")}</dt>
                <dd class="summary-list__value">{view.username}</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{t("staff-email-label")}</dt>
                <dd class="summary-list__value">{view.email}</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{t("staff-state-heading")}</dt>
                <dd class="summary-list__value">{state}</dd>
            </div>
        </dl>
        {toggle}
        <h2>{t("staff-roles-heading")}</h2>
        <ul class="grant-list">{grants}</ul>
        <h2>{t_with("staff-grant-heading", &Args::new().text("name", view.name))}</h2>
        <form method="post" action=format!("{base}/rollen") novalidate=true>
            <RoleFields units=view.units role=String::new() unit=String::new() errors=view.errors.clone()/>
            <button class="button" type="submit">{t("staff-grant-submit")}</button>
        </form>
    }
}
