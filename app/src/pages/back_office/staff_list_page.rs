//! Mitarbeitende (administrators only): everyone with their roles, and a form to add someone.

use domain::FormErrors;
use domain::staff::StaffId;
use leptos::prelude::*;

use super::role_fields::RoleFields;
use super::{GrantView, UnitOption};
use crate::components::{ErrorSummary, TextInput, summary_of};
use crate::{error_text, t};

pub struct StaffRow {
    pub id: StaffId,
    pub username: String,
    pub name: String,
    pub grants: Vec<GrantView>,
    pub active: bool,
}

#[derive(Debug, Clone, Default)]
pub struct NewStaffForm {
    pub username: String,
    pub display_name: String,
    pub email: String,
    pub role: String,
    pub unit: String,
    pub errors: FormErrors,
}

pub struct StaffListView {
    pub members: Vec<StaffRow>,
    pub units: Vec<UnitOption>,
    pub form: NewStaffForm,
}

impl StaffListView {
    pub fn has_errors(&self) -> bool {
        !self.form.errors.is_empty()
    }
}

#[component]
pub fn StaffListPage(view: StaffListView) -> impl IntoView {
    let form = view.form;
    let rows = view
        .members
        .into_iter()
        .map(|member| {
            let roles = member
                .grants
                .iter()
                .map(GrantView::label)
                .collect::<Vec<_>>()
                .join(", ");
            let state = if member.active { t("staff-active") } else { t("staff-inactive") };
            view! {
                <tr>
                    <th scope="row"><a href=format!("/verwaltung/mitarbeitende/{}", member.id)>{member.name}</a></th>
                    <td>{member.username}</td>
                    <td>{roles}</td>
                    <td>{state}</td>
                </tr>
            }
        })
        .collect_view();
    let error = |field: &str| form.errors.for_field(field).map(error_text);
    view! {
        <a class="back-link" href="/verwaltung">{t("back-office-title")}</a>
        <ErrorSummary errors=summary_of(&form.errors)/>
        <h1>{t("staff-list-title")}</h1>
        <div class="table-wrapper">
            <table class="table">
                <caption class="visually-hidden">{t("staff-list-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("staff-name-label")}</th>
                        <th scope="col">{t("staff-username-label")}</th>
                        <th scope="col">{t("staff-roles-heading")}</th>
                        <th scope="col">{t("staff-state-heading")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <h2>{t("staff-add-heading")}</h2>
        <form method="post" action="/verwaltung/mitarbeitende" novalidate=true>
            <TextInput name="username" label=t("staff-username-label") hint=t("staff-username-hint")
                value=form.username.clone() error=error("username") required=true width="input--half" autocomplete="off"/>
            <TextInput name="display_name" label=t("staff-name-label") value=form.display_name.clone()
                error=error("display_name") required=true width="input--half" autocomplete="off"/>
            <TextInput name="email" label=t("staff-email-label") value=form.email.clone() error=error("email")
                input_type="email" required=true width="input--half" autocomplete="off"/>
            <RoleFields units=view.units role=form.role.clone() unit=form.unit.clone() errors=form.errors.clone()/>
            <button class="button" type="submit">{t("staff-add-submit")}</button>
        </form>
    }
}
