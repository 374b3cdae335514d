//! Why a login is needed here, and the way to it: a service that needs a trust level, a step-up
//! to a higher one, or a draft that belongs to an account.

use domain::service::TrustLevel;
use i18n::Args;
use leptos::prelude::*;

use super::trust_level_name;
use crate::{t, t_with};

pub enum LoginReason {
    /// The service needs this level; the visitor has `current` (nothing when logged out).
    Level {
        service_title: String,
        required: TrustLevel,
        current: Option<TrustLevel>,
    },
    /// The draft was started in an account.
    Owner,
}

pub struct LoginRequiredView {
    pub reason: LoginReason,
    /// `None` when login is not configured for this portal.
    pub login_href: Option<String>,
}

#[component]
pub fn LoginRequiredPage(view: LoginRequiredView) -> impl IntoView {
    let explanation = match &view.reason {
        LoginReason::Level {
            service_title,
            required,
            current,
        } => {
            let needed = t_with(
                "login-required-text",
                &Args::new()
                    .text("service", service_title.clone())
                    .text("level", trust_level_name(*required)),
            );
            let higher = current.map(|current| {
                t_with(
                    "login-required-higher",
                    &Args::new().text("current", trust_level_name(current)),
                )
            });
            view! {
                <p class="lead">{needed}</p>
                {higher.map(|higher| view! { <p>{higher}</p> })}
            }
            .into_any()
        }
        LoginReason::Owner => view! { <p class="lead">{t("login-required-owner")}</p> }.into_any(),
    };
    let action = match view.login_href {
        Some(href) => view! {
            <p><a class="button" href=href>{t("login-required-button")}</a></p>
        }
        .into_any(),
        None => view! { <p>{t("login-required-unavailable")}</p> }.into_any(),
    };
    view! {
        <h1>{t("login-required-title")}</h1>
        {explanation}
        {action}
    }
}
