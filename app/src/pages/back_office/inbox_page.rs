//! Posteingang: the cases of the staff member's units, the earliest deadline first, with
//! filters (state, only mine, reference) that work as a plain GET form.

use domain::application::CaseState;
use domain::case::CaseId;
use i18n::Args;
use leptos::prelude::*;

use crate::{t, t_with};

pub struct InboxRow {
    pub id: CaseId,
    pub reference: String,
    pub service: String,
    pub received: String,
    pub due: String,
    pub overdue: bool,
    pub state: CaseState,
    pub assignee: Option<String>,
    /// The Wiedervorlage, formatted, and whether it has come.
    pub resubmission: Option<(String, bool)>,
}

#[derive(Debug, Clone, Default)]
pub struct InboxFilter {
    pub state: Option<CaseState>,
    pub only_mine: bool,
    pub reference: String,
    pub resubmission_due: bool,
}

pub struct InboxView {
    pub rows: Vec<InboxRow>,
    pub filter: InboxFilter,
}

const STATES: [CaseState; 6] = [
    CaseState::Eingegangen,
    CaseState::InBearbeitung,
    CaseState::Nachforderung,
    CaseState::EntscheidungVorbereitet,
    CaseState::Mitzeichnung,
    CaseState::Abgeschlossen,
];

#[component]
pub fn InboxPage(view: InboxView) -> impl IntoView {
    let overdue = view.rows.iter().filter(|row| row.overdue).count();
    let counts = t_with(
        "inbox-counts",
        &Args::new()
            .number("count", view.rows.len() as i64)
            .number("overdue", overdue as i64),
    );
    let filter = view.filter;
    let options = STATES
        .into_iter()
        .map(|state| {
            view! {
                <option value=state.as_str() selected=filter.state == Some(state)>{t(state.staff_label_key())}</option>
            }
        })
        .collect_view();
    let rows = view
        .rows
        .into_iter()
        .map(|row| {
            let due = if row.overdue {
                view! { <td><strong class="overdue">{format!("{} ({})", row.due, t("inbox-overdue"))}</strong></td> }.into_any()
            } else {
                view! { <td>{row.due}</td> }.into_any()
            };
            let resubmission = row.resubmission.map(|(day, due)| {
                let text = t_with("inbox-resubmission", &Args::new().text("date", day));
                if due {
                    view! { <br/><strong class="overdue">{text}</strong> }.into_any()
                } else {
                    view! { <br/><span>{text}</span> }.into_any()
                }
            });
            view! {
                <tr>
                    <th scope="row"><a href=format!("/verwaltung/vorgaenge/{}", row.id)>{row.reference}</a></th>
                    <td>{row.service}</td>
                    <td>{row.received}</td>
                    {due}
                    <td>{t(row.state.staff_label_key())}{resubmission}</td>
                    <td>{row.assignee.unwrap_or_else(|| t("inbox-unassigned"))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <a class="back-link" href="/verwaltung">{t("back-office-title")}</a>
        <h1>{t("inbox-title")}</h1>
        <p><a href="/verwaltung/suche">{t("search-title")}</a></p>
        <p class="lead" role="status">{counts}</p>
        <form method="get" action="/verwaltung/posteingang" class="filter-form">
            <div class="field">
                <label class="field__label" for="stand">{t("inbox-filter-state")}</label>
                <select class="select" id="stand" name="stand">
                    <option value="">{t("inbox-filter-all")}</option>
                    {options}
                </select>
            </div>
            <div class="field">
                <label class="field__label" for="referenz">{t("inbox-filter-reference")}</label>
                <input class="input input--half" id="referenz" name="referenz" type="search"
                    value=filter.reference.clone() autocomplete="off" spellcheck="false"/>
            </div>
            <div class="field">
                <div class="choices">
                    <div class="choices__item">
                        <input class="choices__input choices__input--checkbox" id="meine" name="meine" type="checkbox"
                            value="1" checked=filter.only_mine/>
                        <label class="choices__label" for="meine">{t("inbox-filter-mine")}</label>
                    </div>
                    <div class="choices__item">
                        <input class="choices__input choices__input--checkbox" id="wiedervorlage" name="wiedervorlage" type="checkbox"
                            value="1" checked=filter.resubmission_due/>
                        <label class="choices__label" for="wiedervorlage">{t("inbox-filter-resubmission")}</label>
                    </div>
                </div>
            </div>
            <button class="button button--secondary" type="submit">{t("inbox-filter-submit")}</button>
        </form>
        <div class="table-wrapper">
            <table class="table">
                <caption class="visually-hidden">{t("inbox-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("case-reference")}</th>
                        <th scope="col">{t("case-service")}</th>
                        <th scope="col">{t("case-received")}</th>
                        <th scope="col">{t("case-due")}</th>
                        <th scope="col">{t("case-state")}</th>
                        <th scope="col">{t("case-assignee")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
