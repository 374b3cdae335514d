//! The header of every page: the tenant's name and the portal's, the language switcher, the
//! login or account links, and the main navigation.

use leptos::prelude::*;

use crate::components::LanguageSwitcher;
use crate::context::{Visitor, page_context};
use crate::t;

/// "Anmelden", or "Mein Konto" and "Abmelden" (a form: logging out changes state).
#[component]
fn AccountLinks() -> impl IntoView {
    let context = page_context();
    let login = format!("/anmelden?weiter={}", context.path);
    match context.visitor {
        Visitor::Anonymous { can_log_in: false } => ().into_any(),
        Visitor::Anonymous { can_log_in: true } => view! {
            <nav class="account-links" aria-label=t("account-nav-label")>
                <a href=login>{t("nav-login")}</a>
            </nav>
        }
        .into_any(),
        Visitor::LoggedIn { .. } => view! {
            <nav class="account-links" aria-label=t("account-nav-label")>
                <a href="/konto" aria-current=(context.path == "/konto").then_some("page")>{t("nav-account")}</a>
                <form method="post" action="/abmelden">
                    <button class="link-button" type="submit">{t("nav-logout")}</button>
                </form>
            </nav>
        }
        .into_any(),
    }
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    let context = page_context();
    let tenant_name = context.tenant.name.get(context.locale).to_owned();
    let current = |href: &str| (context.path == href).then_some("page");
    view! {
        <header class="site-header">
            <div class="container site-header__top">
                <a class="site-header__brand" href="/">
                    <span class="site-header__tenant">{tenant_name}</span>
                    <span class="site-header__portal">{t("portal-name")}</span>
                </a>
                <LanguageSwitcher/>
                <AccountLinks/>
            </div>
            <nav class="main-nav" aria-label=t("main-nav-label")>
                <ul class="container">
                    <li><a href="/" aria-current=current("/")>{t("nav-home")}</a></li>
                    <li><a href="/leistungen" aria-current=current("/leistungen")>{t("catalogue-title")}</a></li>
                    <li><a href="/leichte-sprache" aria-current=current("/leichte-sprache")>{t("nav-easy-language")}</a></li>
                    <li><a href="/gebaerdensprache" aria-current=current("/gebaerdensprache")>{t("nav-sign-language")}</a></li>
                </ul>
            </nav>
        </header>
    }
}
