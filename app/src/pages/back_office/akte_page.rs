//! An Akte of the e-Akte: its facts and its documents (Schriftstücke) with every version, its
//! SHA-256 and when it went zu den Akten.

use domain::record::{AkteState, Confidentiality};
use i18n::Args;
use leptos::prelude::*;

use crate::components::{ErrorSummary, SummaryError};
use crate::{t, t_with};

pub struct AkteVersionRow {
    pub version: u32,
    pub file_name: String,
    pub href: String,
    pub size: String,
    pub sha256: String,
    /// The date it went zu den Akten; `None` while it may still change.
    pub filed_on: Option<String>,
}

pub struct AkteDocumentRow {
    pub number: u32,
    pub title: String,
    /// The Fluent key of its kind.
    pub kind_key: &'static str,
    pub versions: Vec<AkteVersionRow>,
}

pub struct AkteView {
    pub aktenzeichen: String,
    pub title: String,
    pub plan: String,
    pub unit: String,
    pub confidentiality: Confidentiality,
    pub retention_years: u32,
    pub state: AkteState,
    pub created_on: String,
    /// When it was closed, and the last year it is kept.
    pub closed: Option<(String, i32)>,
    /// The viewer may close it now.
    pub may_close: bool,
    /// A refused closing: the Fluent key of why.
    pub refusal: Option<&'static str>,
    /// Ausgesondert: the date, and how many documents and cases were deleted.
    pub disposal: Option<(String, u32, u32)>,
    pub documents: Vec<AkteDocumentRow>,
    /// The xdomea 3.0 package (Aussonderung 0503).
    pub export_href: String,
    /// The Akte's own address.
    pub href: String,
}

fn fact(label: String, value: String) -> impl IntoView {
    view! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{label}</dt>
            <dd class="summary-list__value">{value}</dd>
        </div>
    }
}

#[component]
pub fn AktePage(view: AkteView) -> impl IntoView {
    let rows = view
        .documents
        .into_iter()
        .flat_map(|document| {
            let number = document.number;
            let title = document.title;
            let kind = t(document.kind_key);
            document.versions.into_iter().map(move |version| {
                let filed = version.filed_on.map_or_else(
                    || t("akte-version-not-filed"),
                    |on| t_with("akte-version-filed", &Args::new().text("date", on)),
                );
                view! {
                    <tr>
                        <td>{number}</td>
                        <td>{title.clone()}</td>
                        <td>{kind.clone()}</td>
                        <td>{version.version}</td>
                        <td><a href=version.href>{version.file_name}</a>" ("{version.size}")"</td>
                        <td><code class="hash">{version.sha256}</code></td>
                        <td>{filed}</td>
                    </tr>
                }
            })
        })
        .collect_view();
    let errors: Vec<SummaryError> = view
        .refusal
        .map(|key| SummaryError {
            href: "#schliessen".to_owned(),
            message: t(key),
        })
        .into_iter()
        .collect();
    let closed = view.closed.map(|(on, through)| {
        let kept = t_with(
            "akte-closed-kept",
            &Args::new()
                .text("date", on)
                .number("year", i64::from(through)),
        );
        fact(t("akte-closed"), kept)
    });
    let close = view.may_close.then(|| {
        view! {
            <form id="schliessen" method="post" action=format!("{}/schliessen", view.href)>
                <p>{t("akte-close-note")}</p>
                <button class="button button--secondary" type="submit">{t("akte-close")}</button>
            </form>
        }
    });
    let content = match view.disposal {
        Some((on, documents, cases)) => view! {
            <h2>{t("akte-disposed-heading")}</h2>
            <p>{t_with("akte-disposed", &Args::new()
                .text("date", on)
                .number("documents", i64::from(documents))
                .number("cases", i64::from(cases)))}</p>
        }
        .into_any(),
        None => view! {
            <h2>{t("akte-documents-heading")}</h2>
            <div class="table-wrapper" role="region" aria-labelledby="akte-documents-caption" tabindex="0">
                <table class="table">
                    <caption id="akte-documents-caption" class="visually-hidden">{t("akte-documents-heading")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("akte-column-number")}</th>
                            <th scope="col">{t("akte-column-title")}</th>
                            <th scope="col">{t("akte-column-kind")}</th>
                            <th scope="col">{t("akte-column-version")}</th>
                            <th scope="col">{t("akte-column-file")}</th>
                            <th scope="col">{t("akte-column-sha256")}</th>
                            <th scope="col">{t("akte-column-filed")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h2>{t("akte-export-heading")}</h2>
            <p>{t("akte-export-note")}</p>
            <p><a class="link-standalone" href=view.export_href download="">{t("akte-export-link")}</a></p>
        }
        .into_any(),
    };
    let subject = (!view.title.is_empty()).then(|| fact(t("akte-subject"), view.title));
    view! {
        <a class="back-link" href="/verwaltung/posteingang">{t("inbox-title")}</a>
        <ErrorSummary errors=errors/>
        <h1>{t_with("akte-title", &Args::new().text("aktenzeichen", view.aktenzeichen.clone()))}</h1>
        <dl class="summary-list">
            {subject}
            {fact(t("akte-plan"), view.plan)}
            {fact(t("akte-unit"), view.unit)}
            {fact(t("akte-confidentiality"), t(view.confidentiality.message_key()))}
            {fact(t("akte-retention"), t_with("akte-retention-years", &Args::new().number("years", i64::from(view.retention_years))))}
            {fact(t("akte-state"), t(view.state.message_key()))}
            {fact(t("akte-created"), view.created_on)}
            {closed}
        </dl>
        {close}
        {content}
    }
}
