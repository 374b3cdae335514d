//! One of a case's files in a list: its download link, kind and size, and where there is one, a
//! preview picture behind a disclosure (loaded only when opened; works without JavaScript).

use i18n::Args;
use leptos::prelude::*;

use super::CaseDocument;
use crate::t_with;

#[component]
pub fn CaseDocumentItem(document: CaseDocument) -> impl IntoView {
    let preview = document.preview.map(|src| {
        let name = document.name.clone();
        view! {
            <details class="preview">
                <summary>{t_with("case-preview-show", &Args::new().text("name", name.clone()))}</summary>
                <img class="preview__image" src=src loading="lazy"
                    alt=t_with("case-preview-alt", &Args::new().text("name", name))/>
            </details>
        }
    });
    view! {
        <li>
            <a href=document.href>{document.name}</a>
            " ("{document.media_type}", "{document.size}")"
            {preview}
        </li>
    }
}
