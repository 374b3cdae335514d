//! A horizontal bar chart drawn on the server as SVG: one labelled bar per row, its value beside
//! it. The SVG is an image with a text summary for screen readers; the table next to it on the
//! page holds the same numbers (the accessible alternative). No script, no inline style.

use leptos::prelude::*;

/// Width of the drawing, in its own units; it scales to the page.
const WIDTH: u32 = 640;
const LABEL_WIDTH: u32 = 220;
const VALUE_WIDTH: u32 = 60;
const ROW_HEIGHT: u32 = 30;
const BAR_HEIGHT: u32 = 20;

#[component]
pub fn BarChart(
    /// Read out instead of the drawing: what it shows, in one sentence.
    summary: String,
    rows: Vec<(String, u32)>,
) -> impl IntoView {
    let largest = rows
        .iter()
        .map(|(_, value)| *value)
        .max()
        .unwrap_or(0)
        .max(1);
    let height = ROW_HEIGHT * u32::try_from(rows.len()).unwrap_or(0) + 4;
    let room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    let bars = rows
        .into_iter()
        .enumerate()
        .map(|(index, (label, value))| {
            let top = ROW_HEIGHT * u32::try_from(index).unwrap_or(0) + 2;
            let length = room * value / largest;
            let middle = top + BAR_HEIGHT / 2 + 5;
            view! {
                <text class="chart__label" x="0" y=middle.to_string()>{label}</text>
                <rect class="chart__bar" x=LABEL_WIDTH.to_string() y=top.to_string()
                    width=length.max(1).to_string() height=BAR_HEIGHT.to_string()/>
                <text class="chart__value" x=(LABEL_WIDTH + length + 6).to_string() y=middle.to_string()>
                    {value.to_string()}
                </text>
            }
        })
        .collect_view();
    view! {
        <svg class="chart" role="img" aria-label=summary viewBox=format!("0 0 {WIDTH} {height}")
            xmlns="http://www.w3.org/2000/svg" focusable="false">
            {bars}
        </svg>
    }
}
