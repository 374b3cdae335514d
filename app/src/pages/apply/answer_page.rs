//! The applicant answers the authority's question (Nachforderung): the question, a text box
//! and files; or, once answered, that the answer arrived.

use domain::FormErrors;
use domain::case::request::{ANSWER_FIELD, ANSWER_FILES_FIELD};
use i18n::Args;
use leptos::prelude::*;

use crate::components::{ErrorSummary, FieldError, FieldHint, TextArea, described_by, summary_of};
use crate::{error_text, t, t_with};

pub struct AnswerView {
    pub service_title: String,
    pub reference: String,
    pub token: String,
    /// The open question; `None` when there is nothing (left) to answer.
    pub question: Option<AskedQuestion>,
    /// What the applicant typed, shown again after a refused post (files must be chosen again).
    pub answer: String,
    pub errors: FormErrors,
    /// The answer has just arrived.
    pub sent: bool,
}

pub struct AskedQuestion {
    pub text: String,
    pub asked_on: String,
}

impl AnswerView {
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

#[component]
pub fn AnswerPage(view: AnswerView) -> impl IntoView {
    let receipt = format!("/antrag/{}/eingereicht", view.token);
    let heading = Args::new().text("reference", view.reference.clone());
    let Some(question) = view.question else {
        let (title, body) = if view.sent {
            (t("answer-sent-title"), t_with("answer-sent-body", &heading))
        } else {
            (
                t("answer-nothing-title"),
                t_with("answer-nothing-body", &heading),
            )
        };
        return view! {
            <h1>{title}</h1>
            <p>{body}</p>
            <p><a class="link-standalone" href=receipt>{t("answer-back-to-receipt")}</a></p>
        }
        .into_any();
    };
    let text_error = view.errors.for_field(ANSWER_FIELD).map(error_text);
    let file_errors: Vec<String> = view
        .errors
        .iter()
        .filter(|error| error.field == ANSWER_FILES_FIELD)
        .map(|error| error_text(&error.message))
        .collect();
    let file_error = (!file_errors.is_empty()).then(|| file_errors.join(" "));
    let files_hint = t_with(
        "answer-files-hint",
        &Args::new().number("megabytes", 10).number("max", 5),
    );
    let described = described_by(ANSWER_FILES_FIELD, true, file_error.is_some());
    let asked = Args::new().text("date", question.asked_on);
    view! {
        <a class="back-link" href=receipt.clone()>{t("answer-back-to-receipt")}</a>
        <ErrorSummary errors=summary_of(&view.errors)/>
        <span class="caption">{view.service_title.clone()}</span>
        <h1>{t_with("answer-title", &heading)}</h1>
        <h2>{t_with("answer-question-heading", &asked)}</h2>
        <blockquote class="multiline" lang="de">{question.text}</blockquote>
        <form method="post" enctype="multipart/form-data" novalidate>
            <TextArea name=ANSWER_FIELD label=t("answer-text-label") hint=t("answer-text-hint")
                value=view.answer error=text_error/>
            <div class=if file_error.is_some() { "field field--error" } else { "field" }>
                <label class="field__label" for=ANSWER_FILES_FIELD>{t("information-answer-files-label")}</label>
                <FieldHint field_id=ANSWER_FILES_FIELD.to_owned() hint=Some(files_hint)/>
                <FieldError field_id=ANSWER_FILES_FIELD.to_owned() error=file_error.clone()/>
                <input class="file-input" type="file" id=ANSWER_FILES_FIELD name=ANSWER_FILES_FIELD
                    accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" multiple=true
                    aria-describedby=described aria-invalid=file_error.is_some().then_some("true")/>
            </div>
            <button class="button" type="submit">{t("answer-submit")}</button>
        </form>
    }
    .into_any()
}
