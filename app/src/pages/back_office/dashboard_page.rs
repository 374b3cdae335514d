//! Kennzahlen: the key figures of the staff member's units — cases by state, per unit (open,
//! overdue, closed, median processing time) and per calendar week, and the tenant's letters by
//! the way they went with what digital delivery saved — each chart drawn on the server as SVG
//! with the same numbers in a table.

use domain::case::figures::Figures;
use domain::delivery::figures::{MonthlyLetters, Savings};
use i18n::Args;
use leptos::prelude::*;

use crate::components::BarChart;
use crate::{t, t_with};

pub struct DashboardView {
    pub figures: Figures,
    /// Each week's Monday, formatted in the reader's language, oldest first.
    pub week_starts: Vec<String>,
    /// The tenant's letters per month, oldest first.
    pub letters: Vec<MonthlyLetters>,
    pub saved: Savings,
    /// The money saved, formatted in the reader's language.
    pub saved_euros: String,
}

fn letters_section(letters: Vec<MonthlyLetters>, saved: Savings, saved_euros: String) -> AnyView {
    if letters.is_empty() {
        return view! {
            <h2 id="bescheide">{t("dashboard-letters")}</h2>
            <p>{t("dashboard-letters-none")}</p>
        }
        .into_any();
    }
    let bars: Vec<(String, u32)> = letters
        .iter()
        .flat_map(|month| {
            let args = Args::new().text("month", month.label());
            [
                (
                    t_with("dashboard-letters-bar-digital", &args),
                    month.digital,
                ),
                (t_with("dashboard-letters-bar-paper", &args), month.paper),
            ]
        })
        .collect();
    let rows = letters
        .iter()
        .map(|month| {
            view! {
                <tr>
                    <th scope="row">{month.label()}</th>
                    <td class="table__number">{month.digital.to_string()}</td>
                    <td class="table__number">{month.paper.to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    let fact = |label: String, value: String| {
        view! {
            <div class="summary-list__row">
                <dt class="summary-list__key">{label}</dt>
                <dd class="summary-list__value">{value}</dd>
            </div>
        }
    };
    let share = saved
        .digital_percent()
        .map(|percent| fact(t("dashboard-letters-share"), format!("{percent} %")));
    let trees = saved
        .trees
        .map(|trees| fact(t("dashboard-letters-trees"), format!("{trees:.1}")));
    view! {
        <h2 id="bescheide">{t("dashboard-letters")}</h2>
        <dl class="summary-list">
            {share}
            {fact(t("dashboard-letters-sheets"), saved.sheets.to_string())}
            {fact(t("dashboard-letters-euros"), saved_euros)}
            {trees}
        </dl>
        <BarChart summary=t("dashboard-letters-summary") rows=bars/>
        <div class="table-wrapper">
            <table class="table">
                <caption>{t("dashboard-letters")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("dashboard-letters-month")}</th>
                        <th scope="col" class="table__number">{t("dashboard-letters-digital")}</th>
                        <th scope="col" class="table__number">{t("dashboard-letters-paper")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p>
            {t("dashboard-letters-open-data")}" "
            <a href="/offene-daten/bescheide.csv">{t("dashboard-letters-csv")}</a>", "
            <a href="/offene-daten/bescheide.json">{t("dashboard-letters-json")}</a>
        </p>
    }
    .into_any()
}

#[component]
pub fn DashboardPage(view: DashboardView) -> impl IntoView {
    let figures = view.figures;
    let letters = letters_section(view.letters, view.saved, view.saved_euros);
    let states: Vec<(String, u32)> = figures
        .by_state
        .iter()
        .map(|(state, count)| (t(state.staff_label_key()), *count))
        .collect();
    let state_rows = states
        .iter()
        .map(|(label, count)| {
            view! { <tr><th scope="row">{label.clone()}</th><td class="table__number">{count.to_string()}</td></tr> }
        })
        .collect_view();
    let week_label = |index: usize, iso_week: u8| {
        t_with(
            "dashboard-week",
            &Args::new().number("week", i64::from(iso_week)).text(
                "date",
                view.week_starts.get(index).cloned().unwrap_or_default(),
            ),
        )
    };
    let received: Vec<(String, u32)> = figures
        .weeks
        .iter()
        .enumerate()
        .map(|(index, week)| (week_label(index, week.iso_week), week.received))
        .collect();
    let week_rows = figures
        .weeks
        .iter()
        .enumerate()
        .map(|(index, week)| {
            view! {
                <tr>
                    <th scope="row">{week_label(index, week.iso_week)}</th>
                    <td class="table__number">{week.received.to_string()}</td>
                    <td class="table__number">{week.closed.to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    let unit_rows = figures
        .units
        .iter()
        .map(|unit| {
            let median = unit.median_days.map_or_else(
                || t("dashboard-median-none"),
                |days| {
                    t_with(
                        "dashboard-days",
                        &Args::new().number("count", i64::from(days)),
                    )
                },
            );
            view! {
                <tr>
                    <th scope="row">{unit.unit.clone()}</th>
                    <td class="table__number">{unit.open.to_string()}</td>
                    <td class="table__number">{unit.overdue.to_string()}</td>
                    <td class="table__number">{unit.closed.to_string()}</td>
                    <td class="table__number">{median}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <a class="back-link" href="/verwaltung">{t("back-office-title")}</a>
        <h1>{t("dashboard-title")}</h1>
        <p class="lead">{t("dashboard-intro")}</p>

        <h2 id="nach-stand">{t("dashboard-by-state")}</h2>
        <BarChart summary=t("dashboard-by-state-summary") rows=states/>
        <div class="table-wrapper">
            <table class="table">
                <caption>{t("dashboard-by-state")}</caption>
                <thead><tr><th scope="col">{t("case-state")}</th><th scope="col" class="table__number">{t("dashboard-count")}</th></tr></thead>
                <tbody>{state_rows}</tbody>
            </table>
        </div>

        <h2 id="nach-woche">{t("dashboard-per-week")}</h2>
        <BarChart summary=t("dashboard-per-week-summary") rows=received/>
        <div class="table-wrapper">
            <table class="table">
                <caption>{t("dashboard-per-week")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("dashboard-week-heading")}</th>
                        <th scope="col" class="table__number">{t("dashboard-received")}</th>
                        <th scope="col" class="table__number">{t("dashboard-closed")}</th>
                    </tr>
                </thead>
                <tbody>{week_rows}</tbody>
            </table>
        </div>

        <h2 id="nach-einheit">{t("dashboard-units")}</h2>
        <div class="table-wrapper">
            <table class="table">
                <caption>{t("dashboard-units")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("dashboard-unit")}</th>
                        <th scope="col" class="table__number">{t("dashboard-open")}</th>
                        <th scope="col" class="table__number">{t("dashboard-overdue")}</th>
                        <th scope="col" class="table__number">{t("dashboard-closed")}</th>
                        <th scope="col" class="table__number">{t("dashboard-median")}</th>
                    </tr>
                </thead>
                <tbody>{unit_rows}</tbody>
            </table>
        </div>
        {letters}
    }
}
