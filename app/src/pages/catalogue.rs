//! The service catalogue: search, life situations and town filter, the matching services.

use std::sync::Arc;

use domain::Ags;
use domain::service::{LifeSituation, ServiceDefinition};
use i18n::Args;
use leptos::prelude::*;

use crate::components::ServiceListItem;
use crate::context::page_context;
use crate::{t, t_with};

/// What the visitor filtered by, and what matched.
#[derive(Debug, Clone, Default)]
pub struct CatalogueView {
    pub text: String,
    pub life_situation: Option<LifeSituation>,
    pub town: Option<Ags>,
    pub results: Vec<Arc<ServiceDefinition>>,
}

impl CatalogueView {
    /// The catalogue address with these filters, one changed by `adjust`.
    fn link(&self, adjust: impl FnOnce(&mut Vec<(&'static str, String)>)) -> String {
        let mut pairs = Vec::new();
        if !self.text.trim().is_empty() {
            pairs.push(("q", self.text.trim().to_owned()));
        }
        if let Some(town) = &self.town {
            pairs.push(("ort", town.to_string()));
        }
        adjust(&mut pairs);
        if pairs.is_empty() {
            return "/leistungen".to_owned();
        }
        let query: Vec<String> = pairs
            .iter()
            .map(|(key, value)| format!("{key}={}", encode(value)))
            .collect();
        format!("/leistungen?{}", query.join("&"))
    }
}

/// Percent-encoding for query values.
fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[component]
pub fn CataloguePage(view: CatalogueView) -> impl IntoView {
    let context = page_context();
    let locale = context.locale;
    let tenant = context.tenant.clone();
    let count = i64::try_from(view.results.len()).unwrap_or(i64::MAX);

    let towns = tenant
        .towns
        .iter()
        .map(|town| {
            let selected = view.town.as_ref() == Some(&town.ags);
            view! { <option value=town.ags.to_string() selected=selected>{town.name.get(locale).to_owned()}</option> }
        })
        .collect_view();

    let situations = LifeSituation::ALL
        .into_iter()
        .map(|situation| {
            let href = view.link(|pairs| pairs.push(("lebenslage", situation.slug().to_owned())));
            let current = (view.life_situation == Some(situation)).then_some("true");
            view! { <li><a href=href aria-current=current>{t(situation.message_key())}</a></li> }
        })
        .collect_view();
    let all_situations = view.link(|_| {});
    let all_current = view.life_situation.is_none().then_some("true");

    let heading = if view.text.trim().is_empty() {
        t_with("catalogue-count", &Args::new().number("count", count))
    } else {
        t_with(
            "catalogue-count-for",
            &Args::new()
                .number("count", count)
                .text("query", view.text.trim()),
        )
    };
    let results = if view.results.is_empty() {
        view! {
            <p>{t("catalogue-none")}</p>
            <p><a class="link-standalone" href="/leistungen">{t("catalogue-show-all")}</a></p>
        }
        .into_any()
    } else {
        let items = view
            .results
            .iter()
            .map(|service| view! { <ServiceListItem service=service.clone()/> })
            .collect_view();
        view! { <ul class="service-list">{items}</ul> }.into_any()
    };
    let situation_value = view.life_situation.map(|s| s.slug());

    view! {
        <h1>{t("catalogue-title")}</h1>
        <form class="search-form catalogue-filter" role="search" action="/leistungen" method="get">
            <div class="field">
                <label class="field__label" for="q">{t("home-search-label")}</label>
                <div class="field__hint" id="q-hint">{t("home-search-hint")}</div>
                <input class="input" type="search" id="q" name="q" value=view.text.clone() aria-describedby="q-hint"/>
            </div>
            <div class="field">
                <label class="field__label" for="ort">{t("catalogue-town-label")}</label>
                <select class="select" id="ort" name="ort">
                    <option value="">{t("catalogue-town-all")}</option>
                    {towns}
                </select>
            </div>
            {situation_value.map(|slug| view! { <input type="hidden" name="lebenslage" value=slug/> })}
            <button class="button" type="submit">{t("home-search-button")}</button>
        </form>

        <nav class="life-situations" aria-labelledby="life-situations-heading">
            <h2 id="life-situations-heading">{t("catalogue-life-situations")}</h2>
            <ul>
                <li><a href=all_situations aria-current=all_current>{t("catalogue-all-situations")}</a></li>
                {situations}
            </ul>
        </nav>

        <section class="section" aria-labelledby="results-heading">
            <h2 id="results-heading">{heading}</h2>
            {results}
        </section>
    }
}
