//! Deleting the account: what goes at once, what the authority must keep and for how long, and
//! a confirmation that cannot be given by accident.

use i18n::Args;
use leptos::prelude::*;

use crate::components::{ErrorSummary, SummaryError};
use crate::{t, t_with};

pub struct DeleteAccountView {
    pub open_drafts: usize,
    pub submissions: usize,
    /// The confirmation box was not ticked.
    pub confirmation_missing: bool,
    /// Organisations the person alone administers while others are members: the account
    /// cannot be deleted before someone else administers them.
    pub sole_administrator_of: Vec<String>,
}

#[component]
pub fn DeleteAccountPage(view: DeleteAccountView) -> impl IntoView {
    let count = |n: usize| Args::new().number("count", i64::try_from(n).unwrap_or(i64::MAX));
    let blocked = !view.sole_administrator_of.is_empty();
    let blocker = blocked.then(|| {
        t_with(
            "delete-sole-administrator",
            &Args::new().text("organisations", view.sole_administrator_of.join(", ")),
        )
    });
    let summary = if view.confirmation_missing {
        vec![SummaryError::at_field(
            "bestaetigung",
            t("delete-confirm-missing"),
        )]
    } else {
        Vec::new()
    };
    let error = view.confirmation_missing.then(|| {
        view! {
            <p id="bestaetigung-error" class="field__error">
                <span class="visually-hidden">{t("field-error-prefix")}" "</span>
                {t("delete-confirm-missing")}
            </p>
        }
    });
    let field_class = if view.confirmation_missing {
        "field field--error"
    } else {
        "field"
    };
    view! {
        <a class="back-link" href="/konto">{t("account-title")}</a>
        <ErrorSummary errors=summary/>
        <h1>{t("delete-title")}</h1>
        <p class="lead">{t("delete-intro")}</p>
        <ul>
            <li>{t("delete-what-account")}</li>
            <li>{t("delete-what-sessions")}</li>
            <li>{t_with("delete-what-drafts", &count(view.open_drafts))}</li>
        </ul>
        <h2>{t("delete-kept-heading")}</h2>
        <p>{t_with("delete-kept", &count(view.submissions))}</p>
        <p>{t("delete-log")}</p>
        <p>
            {t("delete-export-first")}" "
            <a href="/konto/daten">{t("data-title")}</a>
        </p>
        {blocker.map(|text| view! {
            <div class="notice" role="note">
                <p>{text}</p>
                <p><a href="/organisationen">{t("organisations-title")}</a></p>
            </div>
        })}
        <form method="post" action="/konto/loeschen" novalidate=true hidden=blocked>
            <div class=field_class>
                {error}
                <div class="choices">
                    <div class="choices__item">
                        <input class="choices__input choices__input--checkbox" type="checkbox" id="bestaetigung"
                            name="bestaetigung" value="ja"
                            aria-describedby=view.confirmation_missing.then_some("bestaetigung-error")/>
                        <label class="choices__label" for="bestaetigung">{t("delete-confirm")}</label>
                    </div>
                </div>
            </div>
            <button class="button button--warning" type="submit">{t("delete-button")}</button>
        </form>
    }
}
