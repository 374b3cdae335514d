//! One unit (administrators only): its name, section and address can change; its code cannot,
//! because roles and services refer to it.

use domain::FormErrors;
use domain::unit::RawUnit;
use i18n::Args;
use leptos::prelude::*;

use super::unit_fields::UnitFields;
use crate::components::{ErrorSummary, summary_of};
use crate::{t, t_with};

pub struct UnitView {
    /// The unit's name as stored (the heading), whatever the form holds.
    pub name: String,
    pub form: RawUnit,
    pub errors: FormErrors,
    /// Just saved: say so.
    pub saved: bool,
}

impl UnitView {
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

#[component]
pub fn UnitPage(view: UnitView) -> impl IntoView {
    let form = view.form;
    let saved = view.saved.then(|| {
        view! { <div class="notice" role="status"><p>{t("unit-saved")}</p></div> }
    });
    view! {
        <a class="back-link" href="/verwaltung/einheiten">{t("units-title")}</a>
        <ErrorSummary errors=summary_of(&view.errors)/>
        <h1>{view.name}</h1>
        {saved}
        <p class="lead">{t_with("unit-code-fixed", &Args::new().text("code", form.code.clone()))}</p>
        <p>{t("unit-translations-note")}</p>
        <form method="post" action=format!("/verwaltung/einheiten/{}", form.code) novalidate=true>
            <UnitFields name=form.name section=form.section email=form.email errors=view.errors.clone()/>
            <button class="button" type="submit">{t("unit-save-submit")}</button>
        </form>
    }
}
