//! The page an invitation's link opens: who invites to what, and accepting it (after a login).

use i18n::Args;
use leptos::prelude::*;

use crate::{t, t_with};

pub enum InvitationView {
    Open {
        organisation: String,
        role_key: &'static str,
        /// `None`: the visitor must log in first; the link leads there and back.
        accept_action: Option<String>,
        login_href: String,
    },
    /// Unknown, used, withdrawn or expired.
    Gone,
}

#[component]
pub fn InvitationPage(view: InvitationView) -> impl IntoView {
    match view {
        InvitationView::Gone => view! {
            <h1>{t("invitation-gone-title")}</h1>
            <p class="lead">{t("invitation-gone-text")}</p>
        }
        .into_any(),
        InvitationView::Open {
            organisation,
            role_key,
            accept_action,
            login_href,
        } => {
            let text = t_with(
                "invitation-text",
                &Args::new()
                    .text("organisation", organisation)
                    .text("role", t(role_key)),
            );
            let action = match accept_action {
                Some(action) => view! {
                    <form method="post" action=action>
                        <button class="button" type="submit">{t("invitation-accept")}</button>
                    </form>
                }
                .into_any(),
                None => view! {
                    <p>{t("invitation-login-first")}</p>
                    <p><a class="button" href=login_href>{t("nav-login")}</a></p>
                }
                .into_any(),
            };
            view! {
                <h1>{t("invitation-title")}</h1>
                <p class="lead">{text}</p>
                {action}
            }
            .into_any()
        }
    }
}
