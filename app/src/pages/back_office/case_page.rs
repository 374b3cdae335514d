//! One case (Vorgang): its facts, taking it up, the answers as submitted (in German, the
//! language of the file), the documents, the Nachforderungen, and the place where the KI
//! pre-check's findings go.

use i18n::answers::StepSummary;
use leptos::prelude::*;

use domain::application::CaseState;
use domain::case::CaseId;
use domain::case::workflow::Step;

use super::{
    AskForm, CaseAssign, CaseDecision, CaseDocumentItem, CaseFiling, CaseFilingSection, CaseNotes,
    CaseRequest, CaseRequests, CaseResubmission, Colleague, DecisionForm, DecisionSummary,
    HistoryRow, NoteForm, NoteRow, ResubmissionForm,
};
use crate::components::{ErrorSummary, SummaryError, summary_of};
use crate::t;

pub struct CaseDocument {
    pub name: String,
    pub media_type: String,
    pub size: String,
    pub href: String,
    /// A picture of it (an image, or a PDF's first page), when there is one.
    pub preview: Option<String>,
}

pub struct CaseView {
    pub id: CaseId,
    pub reference: String,
    pub service: String,
    pub received: String,
    pub due: String,
    pub overdue: bool,
    pub state: CaseState,
    pub assignee: Option<String>,
    /// The viewer works on it already.
    pub mine: bool,
    /// The workflow steps the viewer may take now.
    pub steps: Vec<Step>,
    /// A refused step: the Fluent key of why.
    pub refusal: Option<&'static str>,
    pub answers: Vec<StepSummary>,
    pub documents: Vec<CaseDocument>,
    pub requests: Vec<CaseRequest>,
    /// The form to ask the applicant something, when the viewer may (with what they typed
    /// and its errors after a refused post).
    pub ask: Option<AskForm>,
    pub filing: CaseFiling,
    pub notes: Vec<NoteRow>,
    pub note_form: NoteForm,
    pub history: Vec<HistoryRow>,
    /// The colleagues the viewer may hand the case to (empty: not theirs to hand over).
    pub colleagues: Vec<Colleague>,
    pub assignee_id: Option<i64>,
    /// The Wiedervorlage set, formatted, and whether it has come.
    pub resubmission: Option<(String, bool)>,
    /// The form to set it, when the viewer may.
    pub resubmission_form: Option<ResubmissionForm>,
    /// The decision written, with what became of it.
    pub decision: Option<DecisionSummary>,
    /// The form to write it, when the viewer may prepare the decision now.
    pub decision_form: Option<DecisionForm>,
}

impl CaseView {
    /// A refused step or a refused question: the page title says so.
    pub fn has_errors(&self) -> bool {
        self.refusal.is_some()
            || self.ask.as_ref().is_some_and(|ask| !ask.errors.is_empty())
            || matches!(&self.filing, CaseFiling::Form(form) if !form.errors.is_empty())
            || !self.note_form.errors.is_empty()
            || self
                .resubmission_form
                .as_ref()
                .is_some_and(|form| !form.errors.is_empty())
            || self
                .decision_form
                .as_ref()
                .is_some_and(|form| !form.errors.is_empty())
    }
}

fn fact(label: String, value: impl IntoView + 'static) -> impl IntoView {
    view! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{label}</dt>
            <dd class="summary-list__value">{value}</dd>
        </div>
    }
}

#[component]
pub fn CasePage(view: CaseView) -> impl IntoView {
    let due = if view.overdue {
        view! { <strong class="overdue">{format!("{} ({})", view.due, t("inbox-overdue"))}</strong> }
            .into_any()
    } else {
        view! { <span>{view.due.clone()}</span> }.into_any()
    };
    // A closed case is nobody's work any more.
    let take = (!view.mine && view.state != CaseState::Abgeschlossen).then(|| {
        view! {
            <form method="post" action=format!("/verwaltung/vorgaenge/{}/uebernehmen", view.id)>
                <button class="button" type="submit">{t("case-take")}</button>
            </form>
        }
    });
    let mut summary = view
        .refusal
        .map(|key| {
            vec![SummaryError {
                href: "#schritte".to_owned(),
                message: t(key),
            }]
        })
        .unwrap_or_default();
    if let Some(ask) = &view.ask {
        summary.extend(summary_of(&ask.errors));
    }
    if let CaseFiling::Form(form) = &view.filing {
        summary.extend(summary_of(&form.errors));
    }
    summary.extend(summary_of(&view.note_form.errors));
    if let Some(form) = &view.resubmission_form {
        summary.extend(summary_of(&form.errors));
    }
    if let Some(form) = &view.decision_form {
        summary.extend(summary_of(&form.errors));
    }
    let assign = (!view.colleagues.is_empty()).then(
        || view! { <CaseAssign id=view.id colleagues=view.colleagues current=view.assignee_id/> },
    );
    // Asking the applicant needs the question, preparing the decision its text: those steps
    // have their own forms.
    let steps = view
        .steps
        .iter()
        .filter(|step| !matches!(step, Step::RequestInformation | Step::PrepareDecision))
        .map(|step| {
            view! {
                <form method="post" action=format!("/verwaltung/vorgaenge/{}/schritt", view.id)>
                    <input type="hidden" name="schritt" value=step.as_str()/>
                    <button class="button button--secondary" type="submit">{t(step.message_key())}</button>
                </form>
            }
        })
        .collect_view();
    let answers = view
        .answers
        .into_iter()
        .map(|step| {
            let rows = step
                .rows
                .into_iter()
                .map(|row| {
                    let lines = row
                        .lines
                        .into_iter()
                        .enumerate()
                        .map(
                            |(index, line)| view! { {(index > 0).then(|| view! { <br/> })} {line} },
                        )
                        .collect_view();
                    fact(row.label, lines)
                })
                .collect_view();
            view! {
                <h3>{step.title}</h3>
                <dl class="summary-list">{rows}</dl>
            }
        })
        .collect_view();
    let documents = if view.documents.is_empty() {
        view! { <p>{t("case-no-documents")}</p> }.into_any()
    } else {
        let items = view
            .documents
            .into_iter()
            .map(|document| view! { <CaseDocumentItem document=document/> })
            .collect_view();
        view! { <ul class="link-list">{items}</ul> }.into_any()
    };
    view! {
        <a class="back-link" href="/verwaltung/posteingang">{t("inbox-title")}</a>
        <ErrorSummary errors=summary/>
        <h1>{t("case-title")}" "{view.reference.clone()}</h1>
        <dl class="summary-list">
            {fact(t("case-service"), view.service.clone())}
            {fact(t("case-received"), view.received.clone())}
            {fact(t("case-due"), due)}
            {fact(t("case-state"), t(view.state.staff_label_key()))}
            {fact(t("case-assignee"), view.assignee.clone().unwrap_or_else(|| t("inbox-unassigned")))}
        </dl>
        {take}
        {assign}
        <div id="schritte" class="button-group">{steps}</div>
        <CaseResubmission id=view.id current=view.resubmission form=view.resubmission_form/>
        <CaseDecision id=view.id decision=view.decision form=view.decision_form/>
        <h2>{t("case-answers-heading")}</h2>
        <p>{t("case-answers-note")}</p>
        <div lang="de">{answers}</div>
        <h2>{t("case-documents-heading")}</h2>
        {documents}
        <CaseRequests id=view.id requests=view.requests ask=view.ask/>
        <CaseFilingSection id=view.id filing=view.filing/>
        <CaseNotes id=view.id notes=view.notes form=view.note_form history=view.history/>
        <h2>{t("case-ki-heading")}</h2>
        <p>{t("case-ki-none")}</p>
    }
}
