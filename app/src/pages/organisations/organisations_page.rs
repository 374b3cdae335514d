//! Meine Organisationen: the person's organisations, and the form to found one.

use domain::FormErrors;
use domain::organisation::{LEGAL_FORMS, MemberRole, OrganisationId, legal_form_key};
use i18n::Args;
use leptos::prelude::*;

use crate::components::{ErrorSummary, FieldError, SummaryError, TextInput};
use crate::{error_text, t, t_with};

pub struct OrganisationRow {
    pub id: OrganisationId,
    pub name: String,
    pub legal_form: String,
    pub role: MemberRole,
}

#[derive(Debug, Clone, Default)]
pub struct OrganisationForm {
    pub name: String,
    pub legal_form: String,
    pub register_number: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub errors: FormErrors,
}

pub struct OrganisationsView {
    pub organisations: Vec<OrganisationRow>,
    pub form: OrganisationForm,
}

impl OrganisationsView {
    pub fn has_errors(&self) -> bool {
        !self.form.errors.is_empty()
    }
}

#[component]
pub fn OrganisationsPage(view: OrganisationsView) -> impl IntoView {
    let form = view.form;
    let list = if view.organisations.is_empty() {
        view! { <p>{t("organisations-none")}</p> }.into_any()
    } else {
        let items = view
            .organisations
            .into_iter()
            .map(|row| {
                let legal_form = legal_form_key(&row.legal_form).map(t).unwrap_or_default();
                view! {
                    <li class="account-list__item">
                        <h3 class="account-list__title">
                            <a href=format!("/organisationen/{}", row.id)>{row.name}</a>
                        </h3>
                        <p>{legal_form}" · "{t_with("organisation-your-role", &Args::new().text("role", t(row.role.message_key())))}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="account-list">{items}</ul> }.into_any()
    };
    let summary: Vec<SummaryError> = form
        .errors
        .iter()
        .map(|e| SummaryError::at_field(&e.field, error_text(&e.message)))
        .collect();
    let error = |field: &str| form.errors.for_field(field).map(error_text);
    let legal_form_error = error("legal_form");
    let legal_form_class = if legal_form_error.is_some() {
        "field field--error"
    } else {
        "field"
    };
    let legal_forms = LEGAL_FORMS
        .into_iter()
        .map(|code| {
            view! {
                <option value=code selected=form.legal_form == code>
                    {legal_form_key(code).map(t).unwrap_or_default()}
                </option>
            }
        })
        .collect_view();
    view! {
        <a class="back-link" href="/konto">{t("account-title")}</a>
        <ErrorSummary errors=summary/>
        <h1>{t("organisations-title")}</h1>
        {list}
        <h2>{t("organisations-create-heading")}</h2>
        <p>{t("organisations-create-intro")}</p>
        <form method="post" action="/organisationen" novalidate=true>
            <TextInput name="name" label=t("organisation-name-label") value=form.name.clone()
                error=error("name") required=true autocomplete="organization"/>
            <div class=legal_form_class>
                <label class="field__label" for="legal_form">{t("organisation-legal-form-label")}</label>
                <FieldError field_id="legal_form".to_owned() error=legal_form_error.clone()/>
                <select class="select" id="legal_form" name="legal_form"
                    aria-describedby=legal_form_error.is_some().then_some("legal_form-error")>
                    <option value="" selected=form.legal_form.is_empty()>{t("organisation-legal-form-choose")}</option>
                    {legal_forms}
                </select>
            </div>
            <TextInput name="register_number" label=t("organisation-register-label") hint=t("organisation-register-hint")
                value=form.register_number.clone() error=error("register_number") width="input--half" autocomplete="off"/>
            <TextInput name="street" label=t("organisation-street-label") value=form.street.clone()
                error=error("street") required=true autocomplete="address-line1"/>
            <TextInput name="postcode" label=t("organisation-postcode-label") value=form.postcode.clone()
                error=error("postcode") required=true inputmode="numeric" width="input--postcode" autocomplete="postal-code"/>
            <TextInput name="city" label=t("organisation-city-label") value=form.city.clone()
                error=error("city") required=true width="input--half" autocomplete="address-level2"/>
            <button class="button" type="submit">{t("organisations-create-submit")}</button>
        </form>
    }
}
