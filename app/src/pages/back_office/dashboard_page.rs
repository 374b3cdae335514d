//! Kennzahlen: the key figures of the staff member's units — cases by state, per unit (open,
//! overdue, closed, median processing time) and per calendar week — each chart drawn on the
//! server as SVG with the same numbers in a table.

use domain::case::figures::Figures;
use i18n::Args;
use leptos::prelude::*;

use crate::components::BarChart;
use crate::{t, t_with};

pub struct DashboardView {
    pub figures: Figures,
    /// Each week's Monday, formatted in the reader's language, oldest first.
    pub week_starts: Vec<String>,
}

#[component]
pub fn DashboardPage(view: DashboardView) -> impl IntoView {
    let figures = view.figures;
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
    }
}
