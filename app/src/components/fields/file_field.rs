//! An upload field: the files uploaded so far (each removable) and a file input for more.

use domain::form::{Field, FieldKind};
use i18n::Args;
use leptos::prelude::*;

use super::FieldState;
use crate::components::{FieldError, FieldHint, described_by};
use crate::context::page_context;
use crate::{t, t_with};

/// A file already uploaded for a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadedFile {
    pub id: String,
    pub file_name: String,
    /// Where the applicant can download it again, to see what was sent.
    pub href: String,
    pub size_bytes: u64,
    /// The Fluent key of the file's state (checked, being checked, refused).
    pub state_key: &'static str,
}

#[component]
pub fn FileField(field: Field, #[prop(into)] prefix: String, state: FieldState) -> impl IntoView {
    let locale = page_context().locale;
    let name = format!("{prefix}{}", field.id);
    let FieldKind::File {
        accept, max_files, ..
    } = &field.kind
    else {
        return ().into_any();
    };
    let hint = field.hint.as_ref().map(|h| h.get(locale).to_owned());
    let error = state.error(&name);
    let described = described_by(&name, hint.is_some(), error.is_some());
    let ids: Vec<String> = state.values.all(&name).to_vec();
    let uploaded: Vec<_> = state
        .uploads
        .iter()
        .filter(|u| ids.contains(&u.id))
        .cloned()
        .collect();
    let accept_attribute = accept
        .iter()
        .flat_map(|kind| {
            kind.extensions()
                .iter()
                .map(|ext| format!(".{ext}"))
                .chain([kind.media_type().to_owned()])
        })
        .collect::<Vec<_>>()
        .join(",");
    let multiple = *max_files > 1;
    let room = uploaded.len() < usize::try_from(*max_files).unwrap_or(usize::MAX);
    let list = (!uploaded.is_empty()).then(|| {
        let items = uploaded
            .iter()
            .map(|file| {
                let kilobytes = i64::try_from(file.size_bytes.div_ceil(1024)).unwrap_or(i64::MAX);
                let args = Args::new().text("file", file.file_name.clone());
                let meta = format!(
                    "{}, {}",
                    t_with("upload-size", &Args::new().number("kilobytes", kilobytes)),
                    t(file.state_key)
                );
                view! {
                    <li class="uploads__item">
                        <input type="hidden" name=name.clone() value=file.id.clone()/>
                        <a class="uploads__name" href=file.href.clone() download=file.file_name.clone()>
                            {file.file_name.clone()}
                        </a>
                        " "
                        <span class="uploads__meta">{meta}</span>
                        <button class="button button--secondary button--small" type="submit" name="_aktion"
                            value=format!("datei-entfernen:{}", file.id)>
                            {t_with("upload-remove", &args)}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="uploads">{items}</ul> }
    });
    view! {
        <div class=if error.is_some() { "field field--error" } else { "field" }>
            <label class="field__label" for=name.clone()>{field.label.get(locale).to_owned()}</label>
            <FieldHint field_id=name.clone() hint=hint/>
            <FieldError field_id=name.clone() error=error.clone()/>
            {list}
            {room.then(|| view! {
                <input class="file-input" type="file" id=name.clone() name=name.clone() accept=accept_attribute.clone()
                    multiple=multiple aria-describedby=described.clone()
                    aria-invalid=error.is_some().then_some("true")/>
            })}
        </div>
    }
    .into_any()
}
