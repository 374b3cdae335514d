//! Information in German Sign Language (DGS). The videos are being produced; until then the page
//! shows a clearly marked slot for each and the same content as text.

use i18n::Args;
use leptos::prelude::*;

use crate::context::page_context;
use crate::{t, t_with};

#[component]
pub fn SignLanguagePage() -> impl IntoView {
    let context = page_context();
    let contact = &context.tenant.accessibility_contact;
    let email = Args::new().text("email", contact.email.to_string());
    view! {
        <h1>{t("sign-language-title")}</h1>
        <p class="lead">{t("sign-language-intro")}</p>

        <figure class="video-slot" aria-labelledby="video-slot-caption">
            <div class="video-slot__frame">
                <p class="video-slot__status">{t("sign-language-video-pending")}</p>
            </div>
            <figcaption id="video-slot-caption">{t("sign-language-video-caption")}</figcaption>
        </figure>

        <h2>{t("sign-language-portal-heading")}</h2>
        <p>{t("sign-language-portal-text")}</p>

        <h2>{t("sign-language-interpreter-heading")}</h2>
        <p>{t("sign-language-interpreter-text")}</p>

        <h2>{t("sign-language-contact-heading")}</h2>
        <p>{t_with("sign-language-contact-text", &email)}</p>
        <p><a class="link-standalone" href=format!("mailto:{}", contact.email)>{contact.email.to_string()}</a></p>
    }
}
