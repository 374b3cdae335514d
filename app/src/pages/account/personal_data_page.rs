//! Meine gespeicherten Daten: everything the portal stores about the person (Art. 15 DSGVO),
//! with the same as a JSON download (Art. 20 DSGVO).

use i18n::Args;
use leptos::prelude::*;

use super::{ApplicationStage, SessionView};
use crate::{t, t_with};

pub struct PersonalDataView {
    pub name: Option<String>,
    pub birth_date: Option<String>,
    pub email: Option<String>,
    /// One line: street, postcode and place.
    pub address: Option<String>,
    pub identity_provider: String,
    pub created_on: String,
    pub last_login_on: String,
    pub sessions: Vec<SessionView>,
    pub applications: Vec<StoredApplicationView>,
    /// How many messages the Postfach holds.
    pub messages: usize,
}

pub struct StoredApplicationView {
    pub service_title: String,
    pub started_on: String,
    pub stage: ApplicationStage,
    /// Question and answer lines, as the check page shows them.
    pub answers: Vec<(String, Vec<String>)>,
    pub files: Vec<String>,
}

fn fact(label: String, value: Option<String>) -> impl IntoView {
    view! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{label}</dt>
            <dd class="summary-list__value">{value.unwrap_or_else(|| t("data-not-given"))}</dd>
        </div>
    }
}

fn stage_line(stage: &ApplicationStage) -> String {
    match stage {
        ApplicationStage::Draft { expires_on, .. } => t_with(
            "account-application-draft",
            &Args::new().text("date", expires_on.clone()),
        ),
        ApplicationStage::Submitted {
            reference,
            submitted_on,
            state_key,
            ..
        } => t_with(
            "account-application-submitted",
            &Args::new()
                .text("date", submitted_on.clone())
                .text("reference", reference.clone())
                .text("state", t(state_key)),
        ),
    }
}

fn application(application: StoredApplicationView) -> impl IntoView {
    let answers = if application.answers.is_empty() {
        view! { <p>{t("data-no-answers")}</p> }.into_any()
    } else {
        let rows = application
            .answers
            .into_iter()
            .map(|(label, lines)| {
                let value = lines
                    .into_iter()
                    .enumerate()
                    .map(|(index, line)| view! { {(index > 0).then(|| view! { <br/> })} {line} })
                    .collect_view();
                view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{label}</dt>
                        <dd class="summary-list__value">{value}</dd>
                    </div>
                }
            })
            .collect_view();
        view! { <dl class="summary-list">{rows}</dl> }.into_any()
    };
    let files = (!application.files.is_empty()).then(|| {
        let items = application
            .files
            .into_iter()
            .map(|name| view! { <li>{name}</li> })
            .collect_view();
        view! {
            <h4>{t("data-files")}</h4>
            <ul>{items}</ul>
        }
    });
    view! {
        <section class="data-application">
            <h3>{application.service_title}</h3>
            <p>
                {t_with("data-started", &Args::new().text("date", application.started_on))}
                <br/>
                {stage_line(&application.stage)}
            </p>
            {answers}
            {files}
        </section>
    }
}

#[component]
pub fn PersonalDataPage(view: PersonalDataView) -> impl IntoView {
    let sessions = view
        .sessions
        .into_iter()
        .map(|session| {
            view! {
                <li>{t_with(
                    "account-session",
                    &Args::new().text("device", session.device).text("date", session.since),
                )}</li>
            }
        })
        .collect_view();
    let applications = if view.applications.is_empty() {
        view! { <p>{t("data-applications-none")}</p> }.into_any()
    } else {
        view.applications
            .into_iter()
            .map(application)
            .collect_view()
            .into_any()
    };
    view! {
        <a class="back-link" href="/konto">{t("account-title")}</a>
        <h1>{t("data-title")}</h1>
        <p class="lead">{t("data-intro")}</p>
        <p>
            <a class="link-standalone" href="/konto/daten.json" download="kreisportal-meine-daten.json">
                {t("data-download")}
            </a>
        </p>
        <h2>{t("data-account-heading")}</h2>
        <dl class="summary-list">
            {fact(t("data-name"), view.name)}
            {fact(t("data-birth-date"), view.birth_date)}
            {fact(t("data-email"), view.email)}
            {fact(t("data-address"), view.address)}
            {fact(t("data-provider"), Some(view.identity_provider))}
            {fact(t("data-created"), Some(view.created_on))}
            {fact(t("data-last-login"), Some(view.last_login_on))}
        </dl>
        <h2>{t("account-sessions-heading")}</h2>
        <ul>{sessions}</ul>
        <h2>{t("account-applications-heading")}</h2>
        {applications}
        <h2>{t("postfach-title")}</h2>
        <p>
            {t_with("data-postfach-count", &Args::new().number("count", i64::try_from(view.messages).unwrap_or(i64::MAX)))}" "
            <a href="/konto/postfach">{t("postfach-title")}</a>
        </p>
    }
}
