//! The GOV.UK error summary: at the top of the form, focused when the page loads (by the
//! `autofocus` attribute, so it works without JavaScript), one link per problem to its field.

use domain::FormErrors;
use leptos::prelude::*;

use crate::{error_text, t};

/// One entry of the summary: where the problem is and the translated message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryError {
    /// `#field-id` on this page, or the address of the page to correct it on.
    pub href: String,
    pub message: String,
}

impl SummaryError {
    /// A problem with a field on this page.
    pub fn at_field(field_id: &str, message: String) -> SummaryError {
        SummaryError {
            href: format!("#{field_id}"),
            message,
        }
    }
}

/// The summary's entries for a form's problems, each linking to its field.
pub fn summary_of(errors: &FormErrors) -> Vec<SummaryError> {
    errors
        .iter()
        .map(|error| SummaryError::at_field(&error.field, error_text(&error.message)))
        .collect()
}

#[component]
pub fn ErrorSummary(errors: Vec<SummaryError>) -> impl IntoView {
    (!errors.is_empty()).then(|| {
        let items = errors
            .into_iter()
            .map(|error| {
                view! { <li><a href=error.href>{error.message}</a></li> }
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
