//! The accessibility statement (§ 12b BGG, BITV 2.0) with the feedback form for reporting
//! barriers.

use domain::{FormErrors, RawAccessibilityFeedback};
use i18n::Args;
use leptos::prelude::*;

use crate::components::{ContactCard, ErrorSummary, SummaryError, TextArea, TextInput};
use crate::context::page_context;
use crate::{error_text, t, t_with};

/// The feedback form's state: what was typed, what is wrong with it, and its submission key.
#[derive(Debug, Clone, Default)]
pub struct FeedbackForm {
    pub values: RawAccessibilityFeedback,
    pub errors: FormErrors,
    pub key: String,
}

impl FeedbackForm {
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    fn error(&self, field: &str) -> Option<String> {
        self.errors.for_field(field).map(error_text)
    }
}

#[component]
pub fn AccessibilityPage(form: FeedbackForm) -> impl IntoView {
    let context = page_context();
    let tenant = context.tenant.clone();
    let locale = context.locale;
    let authority = Args::new().text("authority", tenant.authority.get(locale));
    let contact = tenant.accessibility_contact.clone();
    let summary: Vec<SummaryError> = form
        .errors
        .iter()
        .map(|e| SummaryError::at_field(&e.field, error_text(&e.message)))
        .collect();

    view! {
        <ErrorSummary errors=summary/>
        <h1>{t("accessibility-title")}</h1>
        <p class="lead">{t_with("accessibility-intro", &authority)}</p>

        <h2>{t("accessibility-status-heading")}</h2>
        <p>{t("accessibility-status-text")}</p>
        <p>{t("accessibility-method-text")}</p>

        <h2>{t("accessibility-gaps-heading")}</h2>
        <ul>
            <li>{t("accessibility-gap-sign-language")}</li>
            <li>{t("accessibility-gap-external-documents")}</li>
        </ul>

        <h2>{t("accessibility-prepared-heading")}</h2>
        <p>{t("accessibility-prepared-text")}</p>

        <h2>{t("accessibility-contact-heading")}</h2>
        <p>{t("accessibility-contact-text")}</p>
        <ContactCard
            name=contact.name.get(locale).to_owned()
            address=contact.address.clone()
            phone=contact.phone.clone()
            email=contact.email.clone()
        />

        <h2>{t("accessibility-enforcement-heading")}</h2>
        <p>{t("accessibility-enforcement-text")}</p>

        <section class="section" id="rueckmeldung" aria-labelledby="feedback-heading">
            <h2 id="feedback-heading">{t("feedback-heading")}</h2>
            <p>{t("feedback-intro")}</p>
            <form method="post" action="/barrierefreiheit/rueckmeldung" novalidate=true>
                <input type="hidden" name="key" value=form.key.clone()/>
                <TextArea
                    name="message"
                    label=t("feedback-message-label")
                    hint=t("feedback-message-hint")
                    value=form.values.message.clone()
                    error=form.error("message")
                    required=true
                />
                <TextInput
                    name="page"
                    label=t("feedback-page-label")
                    hint=t("feedback-page-hint")
                    value=form.values.page.clone()
                    error=form.error("page")
                />
                <TextInput
                    name="name"
                    label=t("feedback-name-label")
                    value=form.values.name.clone()
                    error=form.error("name")
                    autocomplete="name"
                    width="input--half"
                />
                <TextInput
                    name="email"
                    label=t("feedback-email-label")
                    hint=t("feedback-email-hint")
                    value=form.values.email.clone()
                    error=form.error("email")
                    input_type="email"
                    autocomplete="email"
                    width="input--half"
                />
                <p>
                    {t("feedback-privacy-note")}" "
                    <a href="/datenschutz">{t("feedback-privacy-link")}</a>
                </p>
                <button class="button" type="submit">{t("feedback-submit")}</button>
            </form>
        </section>
    }
}
