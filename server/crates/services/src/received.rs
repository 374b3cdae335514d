//! Taking uploaded files into a draft: checked against the field (type by content and name,
//! size, count), scanned for malware (fail closed), kept under a generated key.

use domain::application::upload::{clean_file_name, extension};
use domain::application::{DraftToken, ScanState};
use domain::form::{Field, FieldKind, FileType, Step};
use domain::{FormErrors, msg_key};
use storage::Upload;

use crate::application::{ApplicationError, DraftInContext};
use crate::uploads::{ReceivedFile, ScanVerdict};
use crate::{Portal, random_token};

/// The field a file input belongs to, looking inside groups.
pub fn file_field<'s>(step: &'s Step, input: &str) -> Option<&'s Field> {
    fn find<'f>(fields: &'f [Field], input: &str) -> Option<&'f Field> {
        fields.iter().find_map(|field| match &field.kind {
            FieldKind::File { .. } if field.id == input => Some(field),
            FieldKind::Group { fields: inner, .. } => {
                let rest = input.strip_prefix(field.id.as_str())?.strip_prefix('.')?;
                let (index, name) = rest.split_once('.')?;
                index.parse::<u32>().ok()?;
                find(inner, name)
            }
            _ => None,
        })
    }
    find(&step.fields, input)
}

/// Checks, scans and keeps the received files of one step. Accepted files are returned as
/// uploads (their ids go into the draft's values); refused ones as errors at their field.
pub async fn receive(
    portal: &Portal,
    current: &DraftInContext,
    step: &Step,
    files: Vec<ReceivedFile>,
    already: impl Fn(&str) -> usize,
) -> Result<(Vec<Upload>, FormErrors), ApplicationError> {
    let mut accepted: Vec<Upload> = Vec::new();
    let mut errors = FormErrors::new();
    for file in files {
        let Some(field) = file_field(step, &file.field) else {
            return Err(ApplicationError::TamperedPost(format!(
                "no file field {:?}",
                file.field
            )));
        };
        let FieldKind::File {
            accept,
            max_size_kb,
            max_files,
        } = &field.kind
        else {
            continue;
        };
        let name = clean_file_name(&file.file_name);
        let count =
            already(&file.field) + accepted.iter().filter(|u| u.field == file.field).count();
        let problem = file_problem(&file, accept, *max_size_kb, *max_files, count);
        if let Some(key) = problem {
            errors.add_with(
                &file.field,
                key,
                upload_args(field, &name, *max_size_kb, *max_files, current),
            );
            continue;
        }

        match scan_and_keep(portal, &current.draft.token, &file.field, &file).await? {
            Ok(upload) => {
                portal.storage.add_upload(&upload).await?;
                accepted.push(upload);
            }
            Err(key) => errors.add_with(&file.field, key, vec![("file", name)]),
        }
    }
    Ok((accepted, errors))
}

/// What is wrong with a received file for a file input taking `accept` types up to
/// `max_size_kb` each and `max_files` in all, `count` of which it already has: the Fluent key,
/// or `None` when it fits. The type is recognised by content, and the name must agree.
pub fn file_problem(
    file: &ReceivedFile,
    accept: &[FileType],
    max_size_kb: u32,
    max_files: u32,
    count: usize,
) -> Option<&'static str> {
    let sniffed = FileType::sniff(&file.head);
    let name_fits = sniffed.is_some_and(|kind| {
        extension(&clean_file_name(&file.file_name))
            .is_some_and(|ext| kind.extensions().contains(&ext.as_str()))
    });
    if file.size_bytes == 0 {
        Some(msg_key("upload-error-empty"))
    } else if file.too_large || file.size_bytes > u64::from(max_size_kb) * 1024 {
        Some(msg_key("upload-error-too-large"))
    } else if !sniffed.is_some_and(|kind| accept.contains(&kind)) || !name_fits {
        Some(msg_key("upload-error-type"))
    } else if count >= usize::try_from(max_files).unwrap_or(usize::MAX) {
        Some(msg_key("upload-error-too-many"))
    } else {
        None
    }
}

/// Scans a checked file for malware (fail closed: an unreachable scanner quarantines it) and
/// keeps it under a generated key of the draft. The upload record is the caller's to store;
/// an infected file is refused with the Fluent key that says so.
pub async fn scan_and_keep(
    portal: &Portal,
    token: &DraftToken,
    field: &str,
    file: &ReceivedFile,
) -> Result<Result<Upload, &'static str>, ApplicationError> {
    let scan_state = match &portal.scanner {
        None => ScanState::Unscanned,
        Some(scanner) => match scanner.scan(&file.path).await {
            Ok(ScanVerdict::Clean) => ScanState::Clean,
            Ok(ScanVerdict::Infected(signature)) => {
                tracing::warn!(%signature, "an upload carried malware and was refused");
                return Ok(Err(msg_key("upload-error-infected")));
            }
            Err(error) => {
                tracing::error!(%error, "malware scanner unreachable; upload quarantined");
                ScanState::Quarantined
            }
        },
    };
    let id = random_token()[..20].to_owned();
    let storage_key = format!("drafts/{token}/{id}");
    portal
        .files
        .keep(&storage_key, &file.path)
        .await
        .map_err(|e| ApplicationError::Files(e.to_string()))?;
    let upload = Upload {
        id,
        draft_token: token.clone(),
        field: field.to_owned(),
        file_name: clean_file_name(&file.file_name),
        media_type: FileType::sniff(&file.head)
            .map_or("application/octet-stream", FileType::media_type)
            .to_owned(),
        size_bytes: file.size_bytes,
        sha256: file.sha256.clone(),
        storage_key,
        scan_state,
        created_at: portal.clock.now(),
    };
    tracing::info!(upload.id = %upload.id, upload.bytes = upload.size_bytes, scan = scan_state.as_str(), "upload kept");
    Ok(Ok(upload))
}

fn upload_args(
    field: &Field,
    name: &str,
    max_size_kb: u32,
    max_files: u32,
    current: &DraftInContext,
) -> Vec<(&'static str, String)> {
    let locale = current.draft.locale;
    let types = match &field.kind {
        FieldKind::File { accept, .. } => accept
            .iter()
            .map(|kind| kind.extensions()[0].to_uppercase())
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    };
    vec![
        ("label", field.label.get(locale).to_owned()),
        ("file", name.to_owned()),
        ("types", types),
        ("megabytes", (max_size_kb / 1024).max(1).to_string()),
        ("max", max_files.to_string()),
    ]
}

/// Removes an upload of the draft: its record and its file.
pub async fn remove(
    portal: &Portal,
    current: &DraftInContext,
    id: &str,
) -> Result<Option<String>, ApplicationError> {
    let Some(upload) = portal.storage.upload(id).await? else {
        return Ok(None);
    };
    if upload.draft_token != current.draft.token {
        return Err(ApplicationError::TamperedPost(
            "another draft's upload".into(),
        ));
    }
    if let Some(removed) = portal.storage.delete_upload(id).await? {
        portal
            .files
            .delete(&removed.storage_key)
            .await
            .map_err(|e| ApplicationError::Files(e.to_string()))?;
        return Ok(Some(removed.field));
    }
    Ok(None)
}
