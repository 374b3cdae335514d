//! Suche: full-text search over the cases, Akten and documents the staff member may read, as
//! a plain GET form; facets are links that narrow the search, hits show a marked snippet.

use domain::application::CaseState;
use domain::msg_key;
use domain::record::AkteState;
use i18n::Args;
use leptos::prelude::*;

use crate::components::{ErrorSummary, FieldError, SummaryError};
use crate::{t, t_with};

/// The facet parameters of the search's URL.
pub const KIND_PARAM: &str = "art";
pub const UNIT_PARAM: &str = "einheit";
pub const YEAR_PARAM: &str = "jahr";
pub const STATE_PARAM: &str = "stand";

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchForm {
    pub text: String,
    /// The chosen facets as (parameter, value).
    pub chosen: Vec<(&'static str, String)>,
    /// A Fluent key when the text cannot be searched.
    pub error: Option<&'static str>,
}

impl SearchForm {
    /// The URL of this search with `change` applied: a facet set (`Some`) or removed (`None`).
    pub fn url_with(&self, parameter: &'static str, value: Option<&str>) -> String {
        let mut pairs = vec![("q", self.text.clone())];
        for (name, chosen) in &self.chosen {
            if *name != parameter {
                pairs.push((name, chosen.clone()));
            }
        }
        if let Some(value) = value {
            pairs.push((parameter, value.to_owned()));
        }
        let query: Vec<String> = pairs
            .into_iter()
            .map(|(name, value)| format!("{name}={}", encode(&value)))
            .collect();
        format!("/verwaltung/suche?{}", query.join("&"))
    }

    fn chosen(&self, parameter: &str) -> Option<&str> {
        self.chosen
            .iter()
            .find(|(name, _)| *name == parameter)
            .map(|(_, value)| value.as_str())
    }
}

pub struct SearchHitView {
    /// `vorgang`, `akte` or `dokument`.
    pub kind: &'static str,
    pub title: String,
    pub link: String,
    pub unit: String,
    pub year: i32,
    pub state: String,
    /// The passage, with the matched words marked.
    pub snippet: Vec<(String, bool)>,
}

pub struct FacetView {
    /// The parameter it sets.
    pub parameter: &'static str,
    /// Values with their counts.
    pub values: Vec<(String, u64)>,
}

pub struct SearchResultsView {
    pub total: u64,
    pub hits: Vec<SearchHitView>,
    pub facets: Vec<FacetView>,
}

pub struct SearchView {
    pub form: SearchForm,
    /// `None` before anything was searched.
    pub results: Option<SearchResultsView>,
}

#[component]
pub fn SearchPage(view: SearchView) -> impl IntoView {
    let form = view.form;
    let errors: Vec<SummaryError> = form
        .error
        .map(|key| SummaryError::at_field("q", t(key)))
        .into_iter()
        .collect();
    let described = if form.error.is_some() {
        "q-hinweis q-error"
    } else {
        "q-hinweis"
    };
    let hidden = form
        .chosen
        .iter()
        .map(|(name, value)| view! { <input type="hidden" name=*name value=value.clone()/> })
        .collect_view();
    let results = view.results.map(|results| results_view(&form, results));
    view! {
        <a class="back-link" href="/verwaltung">{t("back-office-title")}</a>
        <ErrorSummary errors=errors/>
        <h1>{t("search-title")}</h1>
        <form method="get" action="/verwaltung/suche" role="search" class="search-form">
            <div class="field">
                <label class="field__label" for="q">{t("search-label")}</label>
                <p class="field__hint" id="q-hinweis">{t("search-hint")}</p>
                <FieldError field_id="q".to_owned() error=form.error.map(t)/>
                <input class="input" id="q" name="q" type="search" value=form.text.clone()
                    aria-describedby=described aria-invalid=form.error.map(|_| "true")
                    autocomplete="off"/>
            </div>
            {hidden}
            <button class="button" type="submit">{t("search-submit")}</button>
        </form>
        {results}
    }
}

fn results_view(form: &SearchForm, results: SearchResultsView) -> impl IntoView + use<> {
    let count = t_with(
        "search-count",
        &Args::new().number("count", i64::try_from(results.total).unwrap_or(i64::MAX)),
    );
    let shown = (results.total > results.hits.len() as u64).then(|| {
        view! {
            <p>{t_with("search-shown", &Args::new().number("count", results.hits.len() as i64))}</p>
        }
    });
    let facets = results
        .facets
        .into_iter()
        .filter(|facet| !facet.values.is_empty())
        .map(|facet| facet_view(form, facet))
        .collect_view();
    let hits = results.hits.into_iter().map(hit_view).collect_view();
    view! {
        <p class="lead" role="status">{count}</p>
        <div class="search-results">
            <nav class="search-results__facets" aria-label=t("search-facets-label")>{facets}</nav>
            <ol class="search-results__hits">{hits}</ol>
        </div>
        {shown}
    }
}

fn facet_view(form: &SearchForm, facet: FacetView) -> impl IntoView + use<> {
    let parameter = facet.parameter;
    let chosen = form.chosen(parameter).map(str::to_owned);
    let remove = chosen.as_ref().map(|_| {
        view! {
            <li><a href=form.url_with(parameter, None)>{t("search-facet-all")}</a></li>
        }
    });
    let values = facet
        .values
        .into_iter()
        .map(|(value, count)| {
            let label = format!("{} ({count})", facet_label(parameter, &value));
            if chosen.as_deref() == Some(value.as_str()) {
                view! { <li><strong aria-current="true">{label}</strong></li> }.into_any()
            } else {
                view! { <li><a href=form.url_with(parameter, Some(&value))>{label}</a></li> }
                    .into_any()
            }
        })
        .collect_view();
    let heading = match parameter {
        KIND_PARAM => msg_key("search-facet-kind"),
        UNIT_PARAM => msg_key("search-facet-unit"),
        YEAR_PARAM => msg_key("search-facet-year"),
        _ => msg_key("search-facet-state"),
    };
    view! {
        <h2 class="search-results__facet-heading">{t(heading)}</h2>
        <ul class="link-list">{remove}{values}</ul>
    }
}

/// How a facet's value reads: kinds and states translated, units and years as they are.
fn facet_label(parameter: &str, value: &str) -> String {
    match parameter {
        KIND_PARAM => t(kind_key(value)),
        STATE_PARAM => state_label(value),
        _ => value.to_owned(),
    }
}

fn kind_key(kind: &str) -> &'static str {
    match kind {
        "vorgang" => msg_key("search-kind-vorgang"),
        "akte" => msg_key("search-kind-akte"),
        _ => msg_key("search-kind-dokument"),
    }
}

fn state_label(state: &str) -> String {
    if let Some(state) = CaseState::parse(state) {
        t(state.staff_label_key())
    } else if let Some(state) = AkteState::parse(state) {
        t(state.message_key())
    } else {
        state.to_owned()
    }
}

fn hit_view(hit: SearchHitView) -> impl IntoView {
    let facts = format!(
        "{} · {} · {} · {}",
        t(kind_key(hit.kind)),
        t_with("search-hit-unit", &Args::new().text("unit", hit.unit)),
        hit.year,
        state_label(&hit.state)
    );
    let snippet = hit
        .snippet
        .into_iter()
        .map(|(text, matched)| {
            if matched {
                view! { <mark>{text}</mark> }.into_any()
            } else {
                text.into_any()
            }
        })
        .collect_view();
    view! {
        <li class="search-hit">
            <h2 class="search-hit__title"><a href=hit.link>{hit.title}</a></h2>
            <p class="search-hit__facts">{facts}</p>
            <p class="search-hit__snippet">{snippet}</p>
        </li>
    }
}

/// Percent-encodes a query parameter's value.
fn encode(value: &str) -> String {
    let mut encoded = String::new();
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                encoded.push(byte as char);
            }
            b' ' => encoded.push('+'),
            _ => encoded.push_str(&format!("%{byte:02X}")),
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facet_links_keep_the_text_and_the_other_facets() {
        let form = SearchForm {
            text: "Gebühr & Brunnen".into(),
            chosen: vec![(KIND_PARAM, "akte".into()), (YEAR_PARAM, "2026".into())],
            error: None,
        };
        assert_eq!(
            form.url_with(UNIT_PARAM, Some("69.2")),
            "/verwaltung/suche?q=Geb%C3%BChr+%26+Brunnen&art=akte&jahr=2026&einheit=69.2"
        );
        assert_eq!(
            form.url_with(KIND_PARAM, None),
            "/verwaltung/suche?q=Geb%C3%BChr+%26+Brunnen&jahr=2026"
        );
    }
}
