//! The Nachforderungen of a case: what was asked, by whom, and the applicant's answer with its
//! files; and, for the caseworker of a case in Bearbeitung, the form to ask something.

use domain::FormErrors;
use domain::case::CaseId;
use domain::case::request::QUESTION_FIELD;
use leptos::prelude::*;

use super::{CaseDocument, CaseDocumentItem};
use crate::components::TextArea;
use crate::{error_text, t, t_with};
use i18n::Args;

pub struct CaseRequest {
    pub question: String,
    pub asked_by: String,
    pub asked_on: String,
    /// The answer's text (may be empty) and its date; `None` while the applicant has not
    /// answered.
    pub answer: Option<(String, String)>,
    pub files: Vec<CaseDocument>,
}

/// What the ask form shows: the text typed and its errors.
pub struct AskForm {
    pub question: String,
    pub errors: FormErrors,
}

#[component]
pub fn CaseRequests(id: CaseId, requests: Vec<CaseRequest>, ask: Option<AskForm>) -> impl IntoView {
    let history = (!requests.is_empty()).then(|| {
        let items = requests
            .into_iter()
            .map(|request| {
                let asked = t_with(
                    "case-request-asked",
                    &Args::new()
                        .text("name", request.asked_by)
                        .text("date", request.asked_on),
                );
                let answer = match request.answer {
                    None => view! { <p><strong>{t("case-request-waiting")}</strong></p> }.into_any(),
                    Some((text, on)) => {
                        let files = request
                            .files
                            .into_iter()
                            .map(|file| view! { <CaseDocumentItem document=file/> })
                            .collect_view();
                        view! {
                            <h4>{t_with("case-request-answered", &Args::new().text("date", on))}</h4>
                            {(!text.is_empty()).then(|| view! { <p class="multiline">{text}</p> })}
                            <ul class="link-list">{files}</ul>
                        }
                        .into_any()
                    }
                };
                view! {
                    <li class="case-request">
                        <h3>{asked}</h3>
                        <p class="multiline">{request.question}</p>
                        {answer}
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="case-requests">{items}</ol> }
    });
    let form = ask.map(|ask| {
        let error = ask.errors.for_field(QUESTION_FIELD).map(error_text);
        view! {
            <form method="post" action=format!("/verwaltung/vorgaenge/{id}/nachforderung") novalidate>
                <TextArea name=QUESTION_FIELD label=t("case-request-question-label")
                    hint=t("case-request-question-hint") value=ask.question error=error required=true/>
                <button class="button button--secondary" type="submit">{t("case-step-request-information")}</button>
            </form>
        }
    });
    view! {
        <h2 id="nachforderungen">{t("case-requests-heading")}</h2>
        {history.is_none().then(|| view! { <p>{t("case-requests-none")}</p> })}
        {history}
        {form}
    }
}
