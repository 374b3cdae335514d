//! The decision on the case page: the form the caseworker writes it with (outcome and
//! reasoning), and once written, what it says and what became of it — released after the
//! sign-off, filed, sent by Postfach or on paper, notified, retrieved, announced, and the last
//! day to act against it.

use domain::FormErrors;
use domain::case::CaseId;
use domain::letter::{OUTCOME_FIELD, Outcome, REASONING_FIELD};
use leptos::prelude::*;

use super::case_filing::radio;
use crate::components::{FieldError, TextArea};
use crate::{error_text, t};

/// What was typed, with its errors after a refused post.
#[derive(Debug, Clone, Default)]
pub struct DecisionForm {
    pub outcome: String,
    pub reasoning: String,
    pub errors: FormErrors,
}

/// A written decision as the page shows it (dates formatted).
pub struct DecisionSummary {
    pub outcome: Outcome,
    pub reasoning: String,
    pub written_on: String,
    pub release: Option<ReleaseSummary>,
}

pub struct ReleaseSummary {
    pub released_on: String,
    /// The letter in the Akte.
    pub letter_href: Option<String>,
    pub sha256: String,
    /// The Fluent key of the channel (Postfach, or paper with its reason).
    pub channel: &'static str,
    pub notified_on: Option<String>,
    pub retrieved_on: Option<String>,
    pub paper_on: Option<String>,
    pub announced_on: Option<String>,
    pub appeal_deadline: Option<String>,
}

fn fact(label: String, value: impl IntoView + 'static) -> impl IntoView {
    view! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{label}</dt>
            <dd class="summary-list__value">{value}</dd>
        </div>
    }
}

/// A row with an id, for the dates a reader (or a test) looks for.
fn dated_fact(id: &'static str, label: String, value: Option<String>) -> Option<impl IntoView> {
    value.map(|value| {
        view! {
            <div class="summary-list__row" id=id>
                <dt class="summary-list__key">{label}</dt>
                <dd class="summary-list__value">{value}</dd>
            </div>
        }
    })
}

fn release_facts(release: ReleaseSummary) -> impl IntoView {
    let optional = |label: String, value: Option<String>| value.map(|value| fact(label, value));
    let letter = release.letter_href.map(|href| {
        fact(
            t("decision-letter"),
            view! { <a href=href>{t("decision-letter-open")}</a> },
        )
    });
    view! {
        <dl class="summary-list" id="zustellung">
            {fact(t("decision-released"), release.released_on)}
            {letter}
            {fact(t("decision-sha256"), view! { <code class="hash">{release.sha256}</code> })}
            {fact(t("decision-channel"), t(release.channel))}
            {optional(t("decision-notified"), release.notified_on)}
            {dated_fact("abruf", t("decision-retrieved"), release.retrieved_on)}
            {optional(t("decision-paper"), release.paper_on)}
            {dated_fact("bekanntgabe", t("decision-announced"), release.announced_on)}
            {dated_fact("klagefrist", t("decision-appeal-deadline"), release.appeal_deadline)}
        </dl>
    }
}

#[component]
pub fn CaseDecision(
    id: CaseId,
    decision: Option<DecisionSummary>,
    /// The form, when the viewer may prepare the decision now.
    form: Option<DecisionForm>,
) -> impl IntoView {
    // While the form is open the text is in it: shown once.
    let written = decision.filter(|_| form.is_none()).map(|decision| {
        let release = match decision.release {
            Some(release) => release_facts(release).into_any(),
            None => view! { <p>{t("decision-not-released")}</p> }.into_any(),
        };
        view! {
            <dl class="summary-list">
                {fact(t("decision-outcome"), t(decision.outcome.message_key()))}
                {fact(t("decision-written"), decision.written_on)}
            </dl>
            <h3>{t("decision-reasoning")}</h3>
            <p class="multiline" lang="de">{decision.reasoning}</p>
            {release}
        }
    });
    let form = form.map(|form| {
        let outcome_error = form.errors.for_field(OUTCOME_FIELD).map(error_text);
        let class = if outcome_error.is_some() {
            "field field--error"
        } else {
            "field"
        };
        let outcomes = Outcome::ALL
            .into_iter()
            .map(|outcome| {
                radio(
                    OUTCOME_FIELD,
                    format!("{OUTCOME_FIELD}-{}", outcome.as_str()),
                    outcome.as_str().to_owned(),
                    form.outcome == outcome.as_str(),
                    t(outcome.message_key()),
                )
            })
            .collect_view();
        let reasoning_error = form.errors.for_field(REASONING_FIELD).map(error_text);
        view! {
            <form method="post" action=format!("/verwaltung/vorgaenge/{id}/entscheidung") novalidate>
                <div class=class>
                    <fieldset class="fieldset">
                        <legend class="fieldset__legend">{t("decision-outcome-legend")}</legend>
                        <FieldError field_id=OUTCOME_FIELD.to_owned() error=outcome_error/>
                        <div class="choices" id=OUTCOME_FIELD>{outcomes}</div>
                    </fieldset>
                </div>
                <TextArea name=REASONING_FIELD label=t("decision-reasoning-label")
                    hint=t("decision-reasoning-hint") value=form.reasoning error=reasoning_error rows=8/>
                <button class="button" type="submit">{t("case-step-prepare")}</button>
            </form>
        }
    });
    let none = (written.is_none() && form.is_none()).then(|| view! { <p>{t("decision-none")}</p> });
    view! {
        <h2 id="entscheidung">{t("decision-heading")}</h2>
        {none}
        {written}
        {form}
    }
}
