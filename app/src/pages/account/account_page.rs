//! Mein Konto: who is logged in and how securely, the account's applications, the devices it
//! is logged in on, and the way to the person's data and to deleting the account.

use domain::service::TrustLevel;
use i18n::Args;
use leptos::prelude::*;

use super::trust_level_name;
use crate::{t, t_with};

pub struct AccountView {
    pub name: Option<String>,
    pub level: TrustLevel,
    pub applications: Vec<AccountApplicationView>,
    pub sessions: Vec<SessionView>,
}

pub struct AccountApplicationView {
    pub service_title: String,
    pub stage: ApplicationStage,
}

pub enum ApplicationStage {
    Draft {
        continue_href: String,
        expires_on: String,
    },
    Submitted {
        reference: String,
        submitted_on: String,
        /// The Fluent key of its state.
        state_key: &'static str,
        receipt_href: String,
    },
}

pub struct SessionView {
    pub device: String,
    pub since: String,
    pub current: bool,
}

#[component]
pub fn AccountPage(view: AccountView) -> impl IntoView {
    let greeting = view
        .name
        .clone()
        .map(|name| t_with("account-greeting", &Args::new().text("name", name)));
    let level = t_with(
        "account-level",
        &Args::new().text("level", trust_level_name(view.level)),
    );
    let applications = if view.applications.is_empty() {
        view! { <p>{t("account-applications-none")}</p> }.into_any()
    } else {
        let items = view
            .applications
            .into_iter()
            .map(|application| {
                let title = application.service_title.clone();
                let (detail, link) = match application.stage {
                    ApplicationStage::Draft {
                        continue_href,
                        expires_on,
                    } => (
                        t_with(
                            "account-application-draft",
                            &Args::new().text("date", expires_on),
                        ),
                        view! {
                            <a href=continue_href>
                                {t("account-application-continue")}
                                <span class="visually-hidden">": "{title.clone()}</span>
                            </a>
                        },
                    ),
                    ApplicationStage::Submitted {
                        reference,
                        submitted_on,
                        state_key,
                        receipt_href,
                    } => (
                        t_with(
                            "account-application-submitted",
                            &Args::new()
                                .text("date", submitted_on)
                                .text("reference", reference)
                                .text("state", t(state_key)),
                        ),
                        view! {
                            <a href=receipt_href>
                                {t("account-application-receipt")}
                                <span class="visually-hidden">": "{title.clone()}</span>
                            </a>
                        },
                    ),
                };
                view! {
                    <li class="account-list__item">
                        <h3 class="account-list__title">{application.service_title}</h3>
                        <p>{detail}</p>
                        <p>{link}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="account-list">{items}</ul> }.into_any()
    };
    let sessions = view
        .sessions
        .into_iter()
        .map(|session| {
            let line = t_with(
                "account-session",
                &Args::new().text("device", session.device).text("date", session.since),
            );
            view! {
                <li>
                    {line}
                    {session.current.then(|| view! { " " <strong>{format!("({})", t("account-session-current"))}</strong> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{t("account-title")}</h1>
        {greeting.map(|greeting| view! { <p class="lead">{greeting}</p> })}
        <p>{level}</p>
        <h2>{t("account-applications-heading")}</h2>
        {applications}
        <h2>{t("account-sessions-heading")}</h2>
        <ul>{sessions}</ul>
        <form method="post" action="/konto/sitzungen-beenden">
            <button class="button button--secondary" type="submit">{t("account-logout-everywhere")}</button>
        </form>
        <h2>{t("account-data-heading")}</h2>
        <ul>
            <li><a href="/konto/postfach">{t("postfach-title")}</a></li>
            <li><a href="/organisationen">{t("organisations-title")}</a></li>
            <li><a href="/konto/daten">{t("account-data-link")}</a></li>
            <li><a href="/konto/loeschen">{t("account-delete-link")}</a></li>
        </ul>
    }
}
