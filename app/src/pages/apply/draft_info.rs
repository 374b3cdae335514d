//! Under every step: the answers are saved, until when, and the code to come back with.

use i18n::Args;
use leptos::prelude::*;

use crate::t_with;

#[component]
pub fn DraftInfo(
    /// The draft token, grouped for reading.
    #[prop(into)]
    code: String,
    /// The day the draft will be deleted, formatted.
    #[prop(into)]
    expires_on: String,
) -> impl IntoView {
    let args = Args::new().text("date", expires_on).text("code", code);
    view! {
        <aside class="draft-info" aria-labelledby="draft-info-text">
            <p id="draft-info-text">{t_with("apply-saved-until", &args)}</p>
        </aside>
    }
}
