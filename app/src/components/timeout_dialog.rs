//! The timeout warning (WCAG 2.2.1) for logged-in visitors. Rendered closed on every page; the
//! enhancements script opens it as a modal dialog two and a half minutes before the session
//! would end, focused on "Angemeldet bleiben", which extends the session in one action. The
//! absolute end cannot be extended: then the dialog only says so. Without JavaScript there is no
//! warning, and nothing is lost either: drafts are saved with every step.

use leptos::prelude::*;

use crate::context::page_context;
use crate::t;

#[component]
pub fn TimeoutDialog(
    /// Seconds until the session ends without another request.
    idle_seconds: i64,
    /// Seconds until it ends in any case.
    seconds_left: i64,
) -> impl IntoView {
    let context = page_context();
    view! {
        <dialog id="sitzung-warnung" class="timeout-dialog" role="alertdialog"
            aria-labelledby="sitzung-warnung-titel" aria-describedby="sitzung-warnung-text"
            data-idle-seconds=idle_seconds data-seconds-left=seconds_left>
            <h2 id="sitzung-warnung-titel" class="timeout-dialog__title">{t("timeout-title")}</h2>
            <div id="sitzung-warnung-text">
                <p data-variant="idle">{t("timeout-idle")}</p>
                <p data-variant="end" hidden=true>{t("timeout-end")}</p>
            </div>
            <div class="timeout-dialog__actions">
                <form method="post" action="/sitzung/verlaengern" data-variant="idle">
                    <input type="hidden" name="weiter" value=context.path/>
                    <button class="button" type="submit" autofocus=true>{t("timeout-stay")}</button>
                </form>
                <button class="button" type="button" data-variant="end" data-close=true hidden=true>
                    {t("timeout-understood")}
                </button>
                <form method="post" action="/abmelden">
                    <button class="button button--secondary" type="submit">{t("nav-logout")}</button>
                </form>
            </div>
        </dialog>
    }
}
