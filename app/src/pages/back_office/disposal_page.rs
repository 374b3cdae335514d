//! Aussonderung: the closed Akten past their retention that the staff member hands to the
//! archive and then has deleted. Each is one section with its facts, the xdomea package to
//! download first, and a form whose checkbox confirms the irreversible deletion.

use i18n::Args;
use leptos::prelude::*;

use crate::components::{ErrorSummary, FieldError, SummaryError};
use crate::{t, t_with};

pub struct DisposalCandidateView {
    pub id: i64,
    pub aktenzeichen: String,
    pub unit: String,
    pub closed_on: String,
    pub retained_through: i32,
    pub archival_value: bool,
    /// Its package was exported since it was closed: it may go now.
    pub exported: bool,
    pub export_href: String,
    pub dispose_action: String,
}

/// A refusal or a missing confirmation, for one Akte.
pub struct DisposalProblem {
    pub akte: i64,
    /// The Fluent key of the message.
    pub key: &'static str,
}

pub struct DisposalView {
    pub candidates: Vec<DisposalCandidateView>,
    pub problem: Option<DisposalProblem>,
    /// The Akte just ausgesondert: Aktenzeichen, documents and cases deleted.
    pub done: Option<(String, u32, u32)>,
}

impl DisposalView {
    pub fn has_errors(&self) -> bool {
        self.problem.is_some()
    }
}

fn confirm_id(akte: i64) -> String {
    format!("bestaetigung-{akte}")
}

fn fact(label: String, value: String) -> impl IntoView {
    view! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{label}</dt>
            <dd class="summary-list__value">{value}</dd>
        </div>
    }
}

fn candidate(item: DisposalCandidateView, problem: Option<&'static str>) -> impl IntoView {
    let confirm = confirm_id(item.id);
    let heading = format!("akte-{}", item.id);
    let labelled_by = heading.clone();
    let error = problem.map(t);
    let field_class = if error.is_some() {
        "field field--error"
    } else {
        "field"
    };
    let dispose = if item.exported {
        view! {
            <form method="post" action=item.dispose_action novalidate=true>
                <div class=field_class>
                    <FieldError field_id=confirm.clone() error=error/>
                    <div class="choices">
                        <div class="choices__item">
                            <input class="choices__input choices__input--checkbox" type="checkbox"
                                id=confirm.clone() name="bestaetigung" value="ja"
                                aria-describedby=problem.map(|_| format!("{confirm}-error"))/>
                            <label class="choices__label" for=confirm.clone()>{t("disposal-confirm")}</label>
                        </div>
                    </div>
                </div>
                <button class="button button--warning" type="submit">{t("disposal-button")}</button>
            </form>
        }
        .into_any()
    } else {
        view! {
            <div class=field_class id=confirm.clone()>
                <FieldError field_id=confirm.clone() error=error/>
                <p>{t("disposal-export-first")}</p>
            </div>
        }
        .into_any()
    };
    let archival = if item.archival_value {
        t("disposal-archival-yes")
    } else {
        t("disposal-archival-no")
    };
    view! {
        <section class="disposal" aria-labelledby=labelled_by>
            <h2 id=heading>{item.aktenzeichen}</h2>
            <dl class="summary-list">
                {fact(t("akte-unit"), item.unit)}
                {fact(t("akte-closed"), item.closed_on)}
                {fact(t("disposal-retained-through"), item.retained_through.to_string())}
                {fact(t("disposal-archival"), archival)}
            </dl>
            <p><a class="link-standalone" href=item.export_href download="">{t("akte-export-link")}</a></p>
            {dispose}
        </section>
    }
}

#[component]
pub fn DisposalPage(view: DisposalView) -> impl IntoView {
    let errors: Vec<SummaryError> = view
        .problem
        .as_ref()
        .map(|problem| SummaryError::at_field(&confirm_id(problem.akte), t(problem.key)))
        .into_iter()
        .collect();
    let done = view.done.map(|(aktenzeichen, documents, cases)| {
        view! {
            <div class="notice" role="status">
                <p>{t_with("disposal-done", &Args::new()
                    .text("aktenzeichen", aktenzeichen)
                    .number("documents", i64::from(documents))
                    .number("cases", i64::from(cases)))}</p>
            </div>
        }
    });
    let problem = view.problem;
    let empty = view
        .candidates
        .is_empty()
        .then(|| view! { <p>{t("disposal-none")}</p> });
    let candidates = view
        .candidates
        .into_iter()
        .map(|item| {
            let problem = problem
                .as_ref()
                .filter(|problem| problem.akte == item.id)
                .map(|problem| problem.key);
            candidate(item, problem)
        })
        .collect_view();
    view! {
        <a class="back-link" href="/verwaltung">{t("back-office-title")}</a>
        <ErrorSummary errors=errors/>
        <h1>{t("disposal-title")}</h1>
        {done}
        <p class="lead">{t("disposal-intro")}</p>
        <p>{t("disposal-what-goes")}</p>
        {empty}
        {candidates}
    }
}
