//! Organisationseinheiten (administrators only): the units with their address and how many
//! staff have a role in each, and the form to add one.

use domain::FormErrors;
use domain::unit::RawUnit;
use leptos::prelude::*;

use super::unit_fields::UnitFields;
use crate::components::{ErrorSummary, TextInput, summary_of};
use crate::{error_text, t};

pub struct UnitRow {
    pub code: String,
    pub name: String,
    pub section: String,
    pub email: String,
    /// Staff members with a role in the unit.
    pub staff: usize,
}

pub struct UnitsView {
    pub units: Vec<UnitRow>,
    pub form: RawUnit,
    pub errors: FormErrors,
}

impl UnitsView {
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

#[component]
pub fn UnitsPage(view: UnitsView) -> impl IntoView {
    let rows = view
        .units
        .into_iter()
        .map(|unit| {
            view! {
                <tr>
                    <td>{unit.code.clone()}</td>
                    <th scope="row"><a href=format!("/verwaltung/einheiten/{}", unit.code)>{unit.name}</a></th>
                    <td>{unit.section}</td>
                    <td>{unit.email}</td>
                    <td class="table__number">{unit.staff}</td>
                </tr>
            }
        })
        .collect_view();
    let form = view.form;
    let code_error = view.errors.for_field("code").map(error_text);
    view! {
        <a class="back-link" href="/verwaltung">{t("back-office-title")}</a>
        <ErrorSummary errors=summary_of(&view.errors)/>
        <h1>{t("units-title")}</h1>
        <p class="lead">{t("units-intro")}</p>
        <div class="table-wrapper">
            <table class="table">
                <caption class="visually-hidden">{t("units-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("unit-code-label")}</th>
                        <th scope="col">{t("unit-name-label")}</th>
                        <th scope="col">{t("unit-section-label")}</th>
                        <th scope="col">{t("unit-email-label")}</th>
                        <th scope="col" class="table__number">{t("units-staff-heading")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <h2>{t("units-add-heading")}</h2>
        <form method="post" action="/verwaltung/einheiten" novalidate=true>
            <TextInput name="code" label=t("unit-code-label") hint=t("unit-code-hint") value=form.code
                error=code_error required=true width="input--short" autocomplete="off"/>
            <UnitFields name=form.name section=form.section email=form.email errors=view.errors.clone()/>
            <button class="button" type="submit">{t("units-add-submit")}</button>
        </form>
    }
}
