//! Confirmation after feedback on accessibility was stored.

use i18n::Args;
use leptos::prelude::*;

use crate::{t, t_with};

#[component]
pub fn FeedbackReceivedPage(number: i64) -> impl IntoView {
    view! {
        <div class="panel">
            <h1 class="panel__title">{t("feedback-received-title")}</h1>
            <p class="panel__body">
                {t_with("feedback-received-number", &Args::new().number("number", number))}
            </p>
        </div>
        <p>{t("feedback-received-next")}</p>
        <p><a class="link-standalone" href="/">{t("back-to-home")}</a></p>
    }
}
