//! After registering or asking for a new password: look in your mailbox. The same words whether
//! or not the address has an account.

use domain::msg_key;
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
            MailSentKind::Registration => msg_key("local-sent-registration-title"),
            MailSentKind::Reset => msg_key("local-sent-reset-title"),
        }
    }
}

#[component]
pub fn MailSentPage(kind: MailSentKind) -> impl IntoView {
    let (text, help) = match kind {
        MailSentKind::Registration => (
            msg_key("local-sent-registration-text"),
            msg_key("local-sent-registration-help"),
        ),
        MailSentKind::Reset => (
            msg_key("local-sent-reset-text"),
            msg_key("local-sent-reset-help"),
        ),
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
