//! A login that did not work: cancelled or expired, or the identity provider not answering.

use leptos::prelude::*;

use crate::t;

pub enum LoginProblem {
    Failed { retry_href: String },
    Unavailable { retry_href: String },
}

impl LoginProblem {
    pub fn title(&self) -> String {
        match self {
            LoginProblem::Failed { .. } => t("login-failed-title"),
            LoginProblem::Unavailable { .. } => t("login-unavailable-title"),
        }
    }
}

#[component]
pub fn LoginProblemPage(problem: LoginProblem) -> impl IntoView {
    let title = problem.title();
    let (text, retry_href) = match problem {
        LoginProblem::Failed { retry_href } => (t("login-failed-text"), retry_href),
        LoginProblem::Unavailable { retry_href } => (t("login-unavailable-text"), retry_href),
    };
    view! {
        <h1>{title}</h1>
        <p class="lead">{text}</p>
        <p><a class="button" href=retry_href>{t("login-try-again")}</a></p>
    }
}
