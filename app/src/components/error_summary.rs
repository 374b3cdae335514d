//! The GOV.UK error summary: at the top of the form, focused when the page loads (by the
//! `autofocus` attribute, so it works without JavaScript), one link per problem to its field.

use leptos::prelude::*;

use crate::t;

/// One entry of the summary: the field's id and the translated message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryError {
    pub field_id: String,
    pub message: String,
}

#[component]
pub fn ErrorSummary(errors: Vec<SummaryError>) -> impl IntoView {
    (!errors.is_empty()).then(|| {
        let items = errors
            .into_iter()
            .map(|error| {
                let href = format!("#{}", error.field_id);
                view! { <li><a href=href>{error.message}</a></li> }
            })
            .collect_view();
        view! {
            <div
                class="error-summary"
                role="alert"
                aria-labelledby="error-summary-title"
                tabindex="-1"
                autofocus=true
            >
                <h2 id="error-summary-title" class="error-summary__title">{t("error-summary-title")}</h2>
                <ul class="error-summary__list">{items}</ul>
            </div>
        }
    })
}
