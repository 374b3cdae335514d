//! The Postfach: the person's own messages and those of their organisations, the newest first,
//! each with its state (new, read, sent by post).

use i18n::Args;
use leptos::prelude::*;

use crate::{t, t_with};

/// Where a message stands for its reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageState {
    New,
    /// Opened on this date.
    Read(String),
    /// Not retrieved in time: it came by post (from this date).
    ByPost(String),
}

impl MessageState {
    pub fn text(&self) -> String {
        match self {
            MessageState::New => t("postfach-state-new"),
            MessageState::Read(on) => {
                t_with("postfach-state-read", &Args::new().text("date", on.clone()))
            }
            MessageState::ByPost(on) => {
                t_with("postfach-state-post", &Args::new().text("date", on.clone()))
            }
        }
    }
}

pub struct MessageRow {
    pub href: String,
    pub subject: String,
    pub received_on: String,
    pub state: MessageState,
    /// It carries a letter (a PDF).
    pub has_letter: bool,
}

pub struct MailboxView {
    /// `None` for the person's own Postfach, else the organisation's name.
    pub organisation: Option<String>,
    pub messages: Vec<MessageRow>,
}

pub struct PostfachView {
    pub mailboxes: Vec<MailboxView>,
    /// Since when the person agrees that decisions are announced here; `None`: on paper.
    pub digital_delivery_since: Option<String>,
}

fn consent(since: Option<String>) -> impl IntoView {
    let (state, value, button) = match since {
        Some(on) => (
            t_with("postfach-consent-given", &Args::new().text("date", on)),
            "nein",
            t("postfach-consent-withdraw"),
        ),
        None => (t("postfach-consent-none"), "ja", t("postfach-consent-give")),
    };
    view! {
        <h2>{t("postfach-consent-heading")}</h2>
        <p>{t("postfach-consent-explained")}</p>
        <p>{state}</p>
        <form method="post" action="/konto/postfach/einwilligung">
            <input type="hidden" name="einwilligung" value=value/>
            <button class="button button--secondary" type="submit">{button}</button>
        </form>
    }
}

fn mailbox(index: usize, mailbox: MailboxView) -> impl IntoView {
    let heading = match &mailbox.organisation {
        None => t("postfach-own-heading"),
        Some(name) => t_with(
            "postfach-organisation-heading",
            &Args::new().text("name", name.clone()),
        ),
    };
    let caption = format!("postfach-{index}");
    let labelled_by = caption.clone();
    let body = if mailbox.messages.is_empty() {
        view! { <p>{t("postfach-empty")}</p> }.into_any()
    } else {
        let rows = mailbox
            .messages
            .into_iter()
            .map(|message| {
                let attachment = message.has_letter.then(|| t("postfach-with-letter"));
                let strong = message.state == MessageState::New;
                let subject = if strong {
                    view! { <strong>{message.subject}</strong> }.into_any()
                } else {
                    view! { <span>{message.subject}</span> }.into_any()
                };
                view! {
                    <tr>
                        <th scope="row"><a href=message.href>{subject}</a></th>
                        <td>{message.received_on}</td>
                        <td>{message.state.text()}</td>
                        <td>{attachment}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrapper" role="region" aria-labelledby=labelled_by tabindex="0">
                <table class="table">
                    <caption id=caption class="visually-hidden">{heading.clone()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("postfach-column-subject")}</th>
                            <th scope="col">{t("postfach-column-received")}</th>
                            <th scope="col">{t("postfach-column-state")}</th>
                            <th scope="col">{t("postfach-column-letter")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <h2>{heading}</h2>
        {body}
    }
}

#[component]
pub fn PostfachPage(view: PostfachView) -> impl IntoView {
    let boxes = view
        .mailboxes
        .into_iter()
        .enumerate()
        .map(|(index, item)| mailbox(index, item))
        .collect_view();
    view! {
        <a class="back-link" href="/konto">{t("account-title")}</a>
        <h1>{t("postfach-title")}</h1>
        <p class="lead">{t("postfach-intro")}</p>
        {boxes}
        {consent(view.digital_delivery_since)}
    }
}
