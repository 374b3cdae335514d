//! The portal explained in Leichte Sprache (and in easy-to-read versions of the other
//! languages): short sentences, one thought per sentence, hard words explained.

use i18n::Args;
use leptos::prelude::*;

use crate::context::page_context;
use crate::{t, t_with};

#[component]
pub fn EasyLanguagePage() -> impl IntoView {
    let context = page_context();
    let tenant = context.tenant.clone();
    let name = Args::new().text("tenant", tenant.name.get(context.locale));
    let contact = Args::new()
        .text("phone", tenant.phone.as_str())
        .text("email", tenant.email.to_string());
    view! {
        <div class="easy-read">
            <h1>{t("easy-language-title")}</h1>
            <p>{t("easy-language-intro")}</p>

            <h2>{t("easy-language-what-heading")}</h2>
            <p>{t_with("easy-language-what-1", &name)}</p>
            <p>{t("easy-language-what-2")}</p>
            <p>{t("easy-language-what-3")}</p>

            <h2>{t("easy-language-can-heading")}</h2>
            <ul>
                <li>{t("easy-language-can-apply")}</li>
                <li>{t("easy-language-can-send")}</li>
                <li>{t("easy-language-can-status")}</li>
                <li>{t("easy-language-can-answer")}</li>
            </ul>

            <h2>{t("easy-language-how-heading")}</h2>
            <p>{t("easy-language-how-1")}</p>
            <p>{t("easy-language-how-2")}</p>
            <p>{t("easy-language-how-3")}</p>

            <h2>{t("easy-language-help-heading")}</h2>
            <p>{t_with("easy-language-help-phone", &contact)}</p>
            <p>{t_with("easy-language-help-email", &contact)}</p>

            <h2>{t("easy-language-barrier-heading")}</h2>
            <p>{t("easy-language-barrier-text")}</p>
            <p><a class="link-standalone" href="/barrierefreiheit#rueckmeldung">{t("footer-report-barrier")}</a></p>
        </div>
    }
}
