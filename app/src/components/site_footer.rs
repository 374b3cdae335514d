//! The footer of every page: accessibility statement and feedback, Leichte Sprache, DGS,
//! imprint and privacy — required on every page of a public authority's site.

use leptos::prelude::*;

use crate::context::page_context;
use crate::t;

#[component]
pub fn SiteFooter() -> impl IntoView {
    let context = page_context();
    let authority = context.tenant.authority.get(context.locale).to_owned();
    let report_barrier = format!(
        "/barrierefreiheit?seite={}#rueckmeldung",
        encode_query(&context.path)
    );
    view! {
        <footer class="site-footer">
            <div class="container">
                <nav aria-label=t("footer-nav-label")>
                    <ul class="site-footer__links">
                        <li><a href="/barrierefreiheit">{t("footer-accessibility")}</a></li>
                        <li><a href=report_barrier>{t("footer-report-barrier")}</a></li>
                        <li><a href="/leichte-sprache">{t("nav-easy-language")}</a></li>
                        <li><a href="/gebaerdensprache">{t("nav-sign-language")}</a></li>
                        <li><a href="/impressum">{t("footer-imprint")}</a></li>
                        <li><a href="/datenschutz">{t("footer-privacy")}</a></li>
                    </ul>
                </nav>
                <p class="site-footer__owner">{authority}</p>
            </div>
        </footer>
    }
}

/// Percent-encodes a path for use as a query value (only what a path can contain).
fn encode_query(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
