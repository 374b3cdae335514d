//! The start page: finding a service, the towns of the district, ways in for everyone, contact.

use domain::TownKind;
use i18n::Args;
use leptos::prelude::*;

use crate::components::ContactCard;
use crate::context::page_context;
use crate::{t, t_with};

#[component]
pub fn HomePage() -> impl IntoView {
    let context = page_context();
    let tenant = context.tenant.clone();
    let locale = context.locale;
    let tenant_name = tenant.name.get(locale).to_owned();
    let towns = tenant
        .towns
        .iter()
        .map(|town| {
            let args = Args::new().text("name", town.name.get(locale));
            let label = match town.kind {
                TownKind::Stadt => t_with("town-stadt", &args),
                TownKind::Gemeinde => t_with("town-gemeinde", &args),
            };
            view! { <li>{label}</li> }
        })
        .collect_view();

    view! {
        <h1>{t_with("home-heading", &Args::new().text("tenant", tenant_name))}</h1>
        <p class="lead">{t("home-lead")}</p>

        <section class="section" aria-labelledby="find-services">
            <h2 id="find-services">{t("home-find-services")}</h2>
            <form class="search-form" role="search" action="/leistungen" method="get">
                <label class="field__label" for="q">{t("home-search-label")}</label>
                <div class="field__hint" id="q-hint">{t("home-search-hint")}</div>
                <div class="search-form__row">
                    <input class="input" type="search" id="q" name="q" aria-describedby="q-hint"/>
                    <button class="button" type="submit">{t("home-search-button")}</button>
                </div>
            </form>
            <p><a class="link-standalone" href="/leistungen">{t("home-all-services")}</a></p>
        </section>

        <section class="section" aria-labelledby="your-application">
            <h2 id="your-application">{t("home-your-application-heading")}</h2>
            <ul class="link-list">
                <li><a href="/antrag/fortsetzen">{t("home-resume-link")}</a></li>
                <li><a href="/status">{t("home-status-link")}</a></li>
            </ul>
        </section>

        <section class="section" aria-labelledby="access-for-all">
            <h2 id="access-for-all">{t("home-access-heading")}</h2>
            <ul class="link-list">
                <li><a href="/leichte-sprache">{t("nav-easy-language")}</a>": "{t("home-access-easy-language")}</li>
                <li><a href="/gebaerdensprache">{t("nav-sign-language")}</a>": "{t("home-access-sign-language")}</li>
                <li><a href="/barrierefreiheit">{t("footer-accessibility")}</a>": "{t("home-access-statement")}</li>
            </ul>
        </section>

        <section class="section" aria-labelledby="towns">
            <h2 id="towns">{t("home-towns-heading")}</h2>
            <p>{t("home-towns-intro")}</p>
            <ul class="town-list">{towns}</ul>
        </section>

        <section class="section" aria-labelledby="contact">
            <h2 id="contact">{t("home-contact-heading")}</h2>
            <p>{t("home-contact-intro")}</p>
            <ContactCard
                name=tenant.authority.get(locale).to_owned()
                address=tenant.address.clone()
                phone=tenant.phone.clone()
                email=tenant.email.clone()
            />
        </section>
    }
}
