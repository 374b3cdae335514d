//! After registering or asking for a new password: look in your mailbox. The same words whether
//! or not the address has an account.

use leptos::prelude::*;

use crate::t;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailSentKind {
    Registration,
    Reset,
}

impl MailSentKind {
    pub fn title_key(self) -> &'static str {
        match self {
            MailSentKind::Registration => "local-sent-registration-title",
            MailSentKind::Reset => "local-sent-reset-title",
        }
    }
}

#[component]
pub fn MailSentPage(kind: MailSentKind) -> impl IntoView {
    let (text, help) = match kind {
        MailSentKind::Registration => (
            "local-sent-registration-text",
            "local-sent-registration-help",
        ),
        MailSentKind::Reset => ("local-sent-reset-text", "local-sent-reset-help"),
    };
    view! {
        <div class="panel">
            <h1 class="panel__title">{t(kind.title_key())}</h1>
            <p class="panel__body">{t(text)}</p>
        </div>
        <p>{t(help)}</p>
        <p><a class="link-standalone" href="/">{t("back-to-home")}</a></p>
    }
}
