//! Anbindungen (administrators only): the integrations (Fachverfahren) that use the API, with
//! what they may do and for which units, revoking one, and the form to add one.

use domain::{FormErrors, msg_key};
use leptos::prelude::*;

use super::UnitOption;
use crate::components::{ErrorSummary, FieldError, TextInput, summary_of};
use crate::{error_text, t};

pub struct ApiClientRow {
    pub id: i64,
    pub name: String,
    /// The Fluent keys of its scopes.
    pub scope_keys: Vec<&'static str>,
    pub units: String,
    pub webhook: Option<String>,
    pub created_on: String,
    pub revoked_on: Option<String>,
}

/// The add form as typed.
#[derive(Debug, Clone, Default)]
pub struct ApiClientForm {
    pub name: String,
    pub units: Vec<String>,
    pub scopes: Vec<String>,
    pub webhook: String,
}

pub struct ApiClientsView {
    pub clients: Vec<ApiClientRow>,
    pub units: Vec<UnitOption>,
    pub form: ApiClientForm,
    pub errors: FormErrors,
}

impl ApiClientsView {
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

/// The scopes to choose, as the API names them, with the Fluent key of their label.
pub const SCOPES: [(&str, &str); 2] = [
    ("cases:read", msg_key("api-client-scope-read")),
    ("cases:write", msg_key("api-client-scope-write")),
];

/// A group of checkboxes under a legend; the first box carries the group's id, so the error
/// summary's link lands on it.
fn checkboxes(
    name: &'static str,
    legend: String,
    options: Vec<(String, String)>,
    chosen: Vec<String>,
    error: Option<String>,
) -> impl IntoView {
    let class = if error.is_some() {
        "field field--error"
    } else {
        "field"
    };
    let described = error.as_ref().map(|_| format!("{name}-error"));
    let items = options
        .into_iter()
        .enumerate()
        .map(|(index, (value, label))| {
            let id = if index == 0 {
                name.to_owned()
            } else {
                format!("{name}-{index}")
            };
            let checked = chosen.contains(&value);
            view! {
                <div class="choices__item">
                    <input class="choices__input choices__input--checkbox" type="checkbox"
                        id=id.clone() name=name value=value checked=checked/>
                    <label class="choices__label" for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=class>
            <fieldset class="fieldset" aria-describedby=described>
                <legend class="fieldset__legend">{legend}</legend>
                <FieldError field_id=name.to_owned() error=error/>
                <div class="choices">{items}</div>
            </fieldset>
        </div>
    }
}

#[component]
pub fn ApiClientsPage(view: ApiClientsView) -> impl IntoView {
    let rows = view
        .clients
        .into_iter()
        .map(|client| {
            let scopes = client
                .scope_keys
                .iter()
                .map(|key| t(key))
                .collect::<Vec<_>>()
                .join(", ");
            let state = match &client.revoked_on {
                Some(on) => view! { <span>{format!("{} {on}", t("api-client-revoked"))}</span> }.into_any(),
                None => view! {
                    <form method="post" action=format!("/verwaltung/anbindungen/{}/widerrufen", client.id)>
                        <button class="button button--secondary button--small" type="submit">
                            {t("api-client-revoke")}
                            <span class="visually-hidden">{format!(" {}", client.name)}</span>
                        </button>
                    </form>
                }
                .into_any(),
            };
            view! {
                <tr>
                    <th scope="row">{client.name}</th>
                    <td>{scopes}</td>
                    <td>{client.units}</td>
                    <td class="break-anywhere">{client.webhook.unwrap_or_else(|| t("api-client-no-webhook"))}</td>
                    <td>{client.created_on}</td>
                    <td>{state}</td>
                </tr>
            }
        })
        .collect_view();
    let form = view.form;
    let errors = view.errors;
    let name_error = errors.for_field("name").map(error_text);
    let webhook_error = errors.for_field("webhook").map(error_text);
    let units = checkboxes(
        "einheiten",
        t("api-client-units-label"),
        view.units
            .into_iter()
            .map(|unit| (unit.code.clone(), format!("{} {}", unit.code, unit.name)))
            .collect(),
        form.units,
        errors.for_field("einheiten").map(error_text),
    );
    let scopes = checkboxes(
        "rechte",
        t("api-client-scopes-label"),
        SCOPES
            .iter()
            .map(|(value, key)| ((*value).to_owned(), t(key)))
            .collect(),
        form.scopes,
        errors.for_field("rechte").map(error_text),
    );
    view! {
        <a class="back-link" href="/verwaltung">{t("back-office-title")}</a>
        <ErrorSummary errors=summary_of(&errors)/>
        <h1>{t("api-clients-title")}</h1>
        <p class="lead">{t("api-clients-intro")}</p>
        <p><a class="link-standalone" href="/api/v1/openapi.json">{t("api-clients-openapi")}</a></p>
        <div class="table-wrapper" role="region" aria-labelledby="api-clients-caption" tabindex="0">
            <table class="table">
                <caption id="api-clients-caption" class="visually-hidden">{t("api-clients-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("api-client-name-label")}</th>
                        <th scope="col">{t("api-client-scopes-label")}</th>
                        <th scope="col">{t("api-client-units-label")}</th>
                        <th scope="col">{t("api-client-webhook-label")}</th>
                        <th scope="col">{t("api-client-created")}</th>
                        <th scope="col">{t("api-client-state")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <h2>{t("api-clients-add-heading")}</h2>
        <form method="post" action="/verwaltung/anbindungen" novalidate=true>
            <TextInput name="name" label=t("api-client-name-label") hint=t("api-client-name-hint")
                value=form.name error=name_error required=true autocomplete="off"/>
            {units}
            {scopes}
            <TextInput name="webhook" label=t("api-client-webhook-label") hint=t("api-client-webhook-hint")
                value=form.webhook error=webhook_error input_type="url" autocomplete="off"/>
            <button class="button" type="submit">{t("api-clients-add-submit")}</button>
        </form>
    }
}
