//! The privacy statement (Datenschutzerklärung, Art. 13 DSGVO).

use leptos::prelude::*;

use crate::components::ContactCard;
use crate::context::page_context;
use crate::t;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let context = page_context();
    let tenant = context.tenant.clone();
    let locale = context.locale;
    let officer = tenant.data_protection_officer.clone();
    view! {
        <h1>{t("privacy-title")}</h1>
        <p class="lead">{t("privacy-intro")}</p>

        <h2>{t("privacy-controller-heading")}</h2>
        <ContactCard
            name=tenant.authority.get(locale).to_owned()
            address=tenant.address.clone()
            phone=tenant.phone.clone()
            email=tenant.email.clone()
        />

        <h2>{t("privacy-officer-heading")}</h2>
        <ContactCard
            name=officer.name.get(locale).to_owned()
            address=officer.address.clone()
            phone=officer.phone.clone()
            email=officer.email.clone()
        />

        <h2>{t("privacy-visit-heading")}</h2>
        <p>{t("privacy-visit-text")}</p>

        <h2>{t("privacy-applications-heading")}</h2>
        <p>{t("privacy-applications-text")}</p>

        <h2>{t("privacy-feedback-heading")}</h2>
        <p>{t("privacy-feedback-text")}</p>

        <h2>{t("privacy-cookies-heading")}</h2>
        <p>{t("privacy-cookies-text")}</p>

        <h2>{t("privacy-external-heading")}</h2>
        <p>{t("privacy-external-text")}</p>

        <h2>{t("privacy-retention-heading")}</h2>
        <p>{t("privacy-retention-text")}</p>

        <h2>{t("privacy-rights-heading")}</h2>
        <p>{t("privacy-rights-intro")}</p>
        <ul>
            <li>{t("privacy-right-access")}</li>
            <li>{t("privacy-right-rectification")}</li>
            <li>{t("privacy-right-erasure")}</li>
            <li>{t("privacy-right-restriction")}</li>
            <li>{t("privacy-right-objection")}</li>
            <li>{t("privacy-right-portability")}</li>
        </ul>
        <p>{t("privacy-complaint-text")}</p>
    }
}
