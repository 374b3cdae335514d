//! The imprint (Impressum): who runs the portal and who answers for it.

use i18n::Args;
use leptos::prelude::*;

use crate::components::ContactCard;
use crate::context::page_context;
use crate::{t, t_with};

#[component]
pub fn ImprintPage() -> impl IntoView {
    let context = page_context();
    let tenant = context.tenant.clone();
    let locale = context.locale;
    let demo = tenant
        .demo
        .then(|| view! { <p class="notice">{t("imprint-demo-notice")}</p> });
    view! {
        <h1>{t("imprint-title")}</h1>
        {demo}

        <h2>{t("imprint-provider-heading")}</h2>
        <ContactCard
            name=tenant.authority.get(locale).to_owned()
            address=tenant.address.clone()
            phone=tenant.phone.clone()
            email=tenant.email.clone()
        />
        <p>{t("imprint-legal-form")}</p>

        <h2>{t("imprint-representative-heading")}</h2>
        <p>{tenant.representative.clone()}</p>

        <h2>{t("imprint-supervisory-heading")}</h2>
        <p>{tenant.supervisory_authority.get(locale).to_owned()}</p>

        <h2>{t("imprint-responsible-heading")}</h2>
        <p>{t_with("imprint-responsible-text", &Args::new().text("representative", tenant.representative.clone()))}</p>

        <h2>{t("imprint-software-heading")}</h2>
        <p>{t("imprint-software-text")}</p>
    }
}
