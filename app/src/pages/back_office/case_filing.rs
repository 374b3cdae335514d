//! The Akte section of a case page: the Aktenzeichen once the case is filed; before that, for
//! the caseworker working on it, the choice of a new Akte under the service's file plan key or
//! an open one of the unit ("zu den Akten nehmen").

use domain::FormErrors;
use domain::case::CaseId;
use domain::record::{Confidentiality, TITLE_FIELD};
use i18n::Args;
use leptos::prelude::*;

use crate::components::{FieldError, TextInput};
use crate::{error_text, t, t_with};

/// An open Akte to choose.
pub struct AkteChoice {
    pub id: i64,
    pub aktenzeichen: String,
    pub title: String,
}

/// The filing form: the plan entry, the open Akten, and what was chosen and typed.
pub struct FilingForm {
    pub plan_key: String,
    pub plan_title: String,
    pub open_akten: Vec<AkteChoice>,
    /// `neu` or an Akte's id.
    pub chosen: String,
    pub title: String,
    pub confidentiality: Confidentiality,
    pub errors: FormErrors,
}

pub enum CaseFiling {
    /// Filed: the Aktenzeichen and where the Akte is.
    Filed {
        aktenzeichen: String,
        href: String,
    },
    Form(FilingForm),
    /// Not filed, and not for the viewer to file now.
    NotYet,
}

pub(crate) fn radio(
    name: &'static str,
    id: String,
    value: String,
    checked: bool,
    label: String,
) -> impl IntoView {
    view! {
        <div class="choices__item">
            <input class="choices__input" type="radio" id=id.clone() name=name value=value checked=checked/>
            <label class="choices__label" for=id>{label}</label>
        </div>
    }
}

#[component]
pub fn CaseFilingSection(id: CaseId, filing: CaseFiling) -> impl IntoView {
    let body = match filing {
        CaseFiling::Filed { aktenzeichen, href } => view! {
            <p>{t("case-filed-in")}" "<a href=href>{aktenzeichen}</a></p>
        }
        .into_any(),
        CaseFiling::NotYet => view! { <p>{t("case-not-filed")}</p> }.into_any(),
        CaseFiling::Form(form) => {
            let plan = t_with(
                "case-file-plan",
                &Args::new()
                    .text("key", form.plan_key.clone())
                    .text("title", form.plan_title.clone()),
            );
            let existing = form
                .open_akten
                .into_iter()
                .map(|akte| {
                    let value = akte.id.to_string();
                    radio(
                        "akte",
                        format!("akte-{}", akte.id),
                        value.clone(),
                        form.chosen == value,
                        format!("{} – {}", akte.aktenzeichen, akte.title),
                    )
                })
                .collect_view();
            let akte_error = form.errors.for_field("akte").map(error_text);
            let akte_class = if akte_error.is_some() {
                "field field--error"
            } else {
                "field"
            };
            let title_error = form.errors.for_field(TITLE_FIELD).map(error_text);
            let levels = [Confidentiality::Normal, Confidentiality::Vertraulich]
                .into_iter()
                .map(|level| {
                    radio(
                        "vertraulichkeit",
                        format!("vertraulichkeit-{}", level.as_str()),
                        level.as_str().to_owned(),
                        form.confidentiality == level,
                        t(level.message_key()),
                    )
                })
                .collect_view();
            view! {
                <p>{plan}</p>
                <form method="post" action=format!("/verwaltung/vorgaenge/{id}/zda") novalidate>
                    <div class=akte_class>
                        <fieldset class="fieldset">
                            <legend class="fieldset__legend">{t("case-file-akte-legend")}</legend>
                            <FieldError field_id="akte".to_owned() error=akte_error/>
                            <div class="choices" id="akte">
                                {radio("akte", "akte-neu".to_owned(), "neu".to_owned(), form.chosen == "neu", t("case-file-new"))}
                                {existing}
                            </div>
                        </fieldset>
                    </div>
                    <TextInput name=TITLE_FIELD label=t("case-file-title-label") hint=t("case-file-title-hint")
                        value=form.title error=title_error autocomplete="off"/>
                    <div class="field">
                        <fieldset class="fieldset">
                            <legend class="fieldset__legend">{t("case-file-confidentiality-legend")}</legend>
                            <div class="choices">{levels}</div>
                        </fieldset>
                    </div>
                    <button class="button button--secondary" type="submit">{t("case-file-submit")}</button>
                </form>
            }
            .into_any()
        }
    };
    view! {
        <h2 id="akte-abschnitt">{t("case-akte-heading")}</h2>
        {body}
    }
}
