//! Handing a case to a colleague of its unit (for the person working on it and the unit's team
//! leads).

use domain::case::CaseId;
use leptos::prelude::*;

use crate::t;

/// A colleague to choose: staff id and name.
pub struct Colleague {
    pub id: i64,
    pub name: String,
}

#[component]
pub fn CaseAssign(id: CaseId, colleagues: Vec<Colleague>, current: Option<i64>) -> impl IntoView {
    let options = colleagues
        .into_iter()
        .map(|colleague| {
            let selected = current == Some(colleague.id);
            view! { <option value=colleague.id.to_string() selected=selected>{colleague.name}</option> }
        })
        .collect_view();
    view! {
        <form method="post" action=format!("/verwaltung/vorgaenge/{id}/zuweisen") class="filter-form">
            <div class="field">
                <label class="field__label" for="an">{t("case-assign-label")}</label>
                <select class="select" id="an" name="an">{options}</select>
            </div>
            <button class="button button--secondary" type="submit">{t("case-assign-submit")}</button>
        </form>
    }
}
