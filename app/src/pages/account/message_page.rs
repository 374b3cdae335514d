//! One Postfach message: its text and letter; for a decision, when it counts as announced and
//! until when an objection can be lodged; or, when it went by post, that it did.

use i18n::Args;
use leptos::prelude::*;

use crate::{t, t_with};

/// What the law makes of a decision's retrieval.
pub struct Announcement {
    /// The day after the first retrieval.
    pub announced_on: String,
    /// One month later, on a working day.
    pub appeal_until: Option<String>,
}

pub struct MessageView {
    pub subject: String,
    pub received_on: String,
    pub body: String,
    /// The letter's address and file name.
    pub letter: Option<(String, String)>,
    pub announcement: Option<Announcement>,
    /// It went by post on this date: the Postfach no longer offers it.
    pub by_post_on: Option<String>,
}

#[component]
pub fn MessagePage(view: MessageView) -> impl IntoView {
    let announcement = view.announcement.map(|announcement| {
        let appeal = announcement.appeal_until.map(|until| {
            view! { <p>{t_with("postfach-appeal-until", &Args::new().text("date", until))}</p> }
        });
        view! {
            <div class="notice" role="note">
                <p>{t_with("postfach-announced-on", &Args::new().text("date", announcement.announced_on))}</p>
                {appeal}
            </div>
        }
    });
    let by_post = view.by_post_on.map(|on| {
        view! {
            <div class="notice" role="note">
                <p>{t_with("postfach-by-post", &Args::new().text("date", on))}</p>
            </div>
        }
    });
    let letter = view.letter.map(|(href, name)| {
        view! { <p><a class="link-standalone" href=href download="">{t_with("postfach-letter-link", &Args::new().text("file", name))}</a></p> }
    });
    let paragraphs = view
        .body
        .split("\n\n")
        .map(|paragraph| view! { <p>{paragraph.to_owned()}</p> })
        .collect_view();
    view! {
        <a class="back-link" href="/konto/postfach">{t("postfach-title")}</a>
        <h1>{view.subject}</h1>
        <p>{t_with("postfach-received-on", &Args::new().text("date", view.received_on))}</p>
        {by_post}
        {announcement}
        {paragraphs}
        {letter}
    }
}
