//! The receipt after submitting: the reference, the access code for the status, what happens
//! next.

use i18n::Args;
use leptos::prelude::*;

use crate::{t, t_with};

pub struct ReceiptView {
    pub service_title: String,
    pub reference: String,
    /// Grouped for reading, e.g. `K7QF-M2XR-9HTW`.
    pub access_code: String,
    pub submitted_on: String,
    /// A confirmation mail is on its way.
    pub confirmation_mailed: bool,
    pub processing_time: String,
    /// The confirmation of receipt as a PDF.
    pub pdf_href: String,
    /// Where to answer the authority's open question (Nachforderung), if there is one.
    pub answer_href: Option<String>,
}

#[component]
pub fn ReceiptPage(view: ReceiptView) -> impl IntoView {
    let reference = Args::new().text("reference", view.reference.clone());
    let dated = Args::new()
        .text("service", view.service_title.clone())
        .text("date", view.submitted_on.clone());
    let code = Args::new().text("code", view.access_code.clone());
    let question = view.answer_href.map(|href| {
        view! {
            <div class="notice" role="status">
                <h2>{t("receipt-question-heading")}</h2>
                <p>{t("receipt-question-body")}</p>
                <p><a class="link-standalone" href=href>{t("receipt-question-link")}</a></p>
            </div>
        }
    });
    view! {
        <div class="panel">
            <h1 class="panel__title">{t("receipt-title")}</h1>
            <p class="panel__body">
                {t("receipt-reference-label")}<br/>
                <strong class="panel__reference">{view.reference.clone()}</strong>
            </p>
        </div>
        {question}
        <p>{t_with("receipt-received", &dated)}</p>
        {view.confirmation_mailed.then(|| view! { <p>{t("receipt-mailed")}</p> })}
        <p><a class="link-standalone" href=view.pdf_href.clone() download="">{t("receipt-pdf-link")}</a></p>
        <h2>{t("receipt-status-heading")}</h2>
        <p>{t_with("receipt-access-code", &code)}</p>
        <p>{t_with("receipt-status-how", &reference)}</p>
        <p><a class="link-standalone" href="/status">{t("receipt-status-link")}</a></p>
        <h2>{t("receipt-next-heading")}</h2>
        <p>{t_with("receipt-next", &Args::new().text("time", view.processing_time.clone()))}</p>
        <p><a class="link-standalone" href="/">{t("back-to-home")}</a></p>
    }
}
