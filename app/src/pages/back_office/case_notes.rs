//! Vermerke and history of a case: what staff wrote down for each other (with the form to add
//! one) and what happened to the case, the oldest first.

use domain::FormErrors;
use domain::case::CaseId;
use domain::case::note::NOTE_FIELD;
use i18n::Args;
use leptos::prelude::*;

use crate::components::TextArea;
use crate::{error_text, t, t_with};

pub struct NoteRow {
    pub by: String,
    pub on: String,
    pub text: String,
}

pub struct HistoryRow {
    pub on: String,
    /// Who: a staff member's name; `None` for the applicant or the system.
    pub by: Option<String>,
    pub by_applicant: bool,
    /// The Fluent key of what happened.
    pub what: &'static str,
}

/// The note form: what was typed and its errors after a refused post.
#[derive(Default)]
pub struct NoteForm {
    pub text: String,
    pub errors: FormErrors,
}

#[component]
pub fn CaseNotes(
    id: CaseId,
    notes: Vec<NoteRow>,
    form: NoteForm,
    history: Vec<HistoryRow>,
) -> impl IntoView {
    let notes = if notes.is_empty() {
        view! { <p>{t("case-notes-none")}</p> }.into_any()
    } else {
        let items = notes
            .into_iter()
            .map(|note| {
                let heading = t_with(
                    "case-note-by",
                    &Args::new().text("name", note.by).text("date", note.on),
                );
                view! {
                    <li class="case-request">
                        <h3>{heading}</h3>
                        <p class="multiline">{note.text}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="case-requests">{items}</ol> }.into_any()
    };
    let error = form.errors.for_field(NOTE_FIELD).map(error_text);
    let history = history
        .into_iter()
        .map(|row| {
            let by = match (row.by, row.by_applicant) {
                (Some(name), _) => name,
                (None, true) => t("case-history-by-applicant"),
                (None, false) => t("case-history-by-system"),
            };
            view! { <li>{format!("{}: {} ({by})", row.on, t(row.what))}</li> }
        })
        .collect_view();
    view! {
        <h2 id="vermerke">{t("case-notes-heading")}</h2>
        {notes}
        <form method="post" action=format!("/verwaltung/vorgaenge/{id}/vermerk") novalidate>
            <TextArea name=NOTE_FIELD label=t("case-note-label") hint=t("case-note-hint")
                value=form.text error=error rows=4/>
            <button class="button button--secondary" type="submit">{t("case-note-submit")}</button>
        </form>
        <h2>{t("case-history-heading")}</h2>
        <ol class="link-list">{history}</ol>
    }
}
