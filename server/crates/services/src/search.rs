//! Full-text search of the back office ("Finden statt Suchen"): what a case and an Akte with
//! its documents are found by, the `search-index` job that keeps the index true after every
//! change, the rebuild, and a search within what the staff member may read.
//!
//! The database enqueues a `search-index` job with every change of a case or an Akte (triggers,
//! migration 0015), so the index follows the records through the outbox; the job reads the
//! state after commit and is safe to run twice. An Akte that is ausgesondert, or gone, leaves
//! the index with its documents.

use domain::Locale;
use domain::audit::AuditEvent;
use domain::case::CaseId;
use domain::record::{AkteId, AkteState, Confidentiality, readable_units};
use storage::{
    Akte, EntryKind, FacetFilter, ReadScope, RecordDocument, SearchEntry, SearchQuery,
    SearchResults, SearchSource, StorageError,
};

use crate::Portal;
use crate::jobs::JobError;
use crate::staff::ActiveStaff;

/// The longest search text; longer is refused with a message.
pub const MAX_SEARCH_CHARS: usize = 200;

/// The search text as typed, trimmed; a Fluent key when it is too long.
pub fn parse_text(text: &str) -> Result<String, &'static str> {
    let text = text.trim();
    if text.chars().count() > MAX_SEARCH_CHARS {
        Err(domain::msg_key("search-too-long"))
    } else {
        Ok(text.to_owned())
    }
}

/// Hits shown on one page of results.
pub const HITS_PER_PAGE: usize = 20;
/// Entries written to the index at once during a rebuild.
const REBUILD_BATCH: usize = 200;

/// Job: brings the index up to date with one case or Akte.
pub(crate) async fn index_object(portal: &Portal, object: &str) -> Result<(), JobError> {
    let source = SearchSource::parse(object)
        .ok_or_else(|| JobError::Permanent(format!("not a search source: {object:?}")))?;
    refresh(portal, source).await.map_err(JobError::from)
}

/// Writes (or removes) the entries of one source.
async fn refresh(portal: &Portal, source: SearchSource) -> Result<(), StorageError> {
    match entries_of(portal, source).await? {
        Some(entries) => portal.search.put(entries).await,
        None => match source {
            SearchSource::Case(id) => portal.search.remove(&case_key(id), None).await,
            SearchSource::Akte(id) => {
                portal
                    .search
                    .remove(&akte_key(id), Some(&document_prefix(id)))
                    .await
            }
        },
    }
}

/// The entries a source is found by; `None` when it is gone or must no longer be found.
pub async fn entries_of(
    portal: &Portal,
    source: SearchSource,
) -> Result<Option<Vec<SearchEntry>>, StorageError> {
    match source {
        SearchSource::Case(id) => Ok(case_entry(portal, id).await?.map(|entry| vec![entry])),
        SearchSource::Akte(id) => akte_entries(portal, id).await,
    }
}

async fn case_entry(portal: &Portal, id: CaseId) -> Result<Option<SearchEntry>, StorageError> {
    let storage = &portal.storage;
    let Some(case) = storage.case_summary(id).await? else {
        return Ok(None);
    };
    let akte = storage.akte_of_case(id).await?;
    if akte
        .as_ref()
        .is_some_and(|akte| akte.state == AkteState::Ausgesondert)
    {
        return Ok(None);
    }
    // A service version that cannot be read leaves its id as the title, never the case unfound.
    let service = crate::application::service_title(
        portal,
        &case.service_id,
        case.service_version,
        Locale::De,
    )
    .await
    .unwrap_or_else(|_| case.service_id.clone());
    let mut body: Vec<String> = Vec::new();
    if let Some(draft) = storage.draft(&case.draft_token).await? {
        for name in draft.values.names() {
            body.extend(draft.values.all(name).iter().cloned());
        }
    }
    for upload in storage.uploads_for_draft(&case.draft_token).await? {
        body.push(upload.file_name);
    }
    for request in storage.information_requests(id).await? {
        body.push(request.question);
        body.extend(request.answer.map(|(answer, _)| answer));
    }
    for note in storage.case_notes(id).await? {
        body.push(note.text);
    }
    if let Some(akte) = &akte {
        body.push(akte.aktenzeichen.clone());
    }
    Ok(Some(SearchEntry {
        key: case_key(id),
        kind: EntryKind::Case,
        title: format!("{} {service}", case.reference),
        body: body.join("\n"),
        unit: case.inbox,
        confidential: akte
            .as_ref()
            .is_some_and(|akte| akte.confidentiality == Confidentiality::Vertraulich),
        year: case.received_at.year(),
        state: case.state.as_str().to_owned(),
        link: format!("/verwaltung/vorgaenge/{id}"),
    }))
}

async fn akte_entries(
    portal: &Portal,
    id: AkteId,
) -> Result<Option<Vec<SearchEntry>>, StorageError> {
    let storage = &portal.storage;
    let Some(akte) = storage.akte(id).await? else {
        return Ok(None);
    };
    if akte.state == AkteState::Ausgesondert {
        return Ok(None);
    }
    let documents = storage.documents(id).await?;
    let mut entries = vec![SearchEntry {
        key: akte_key(id),
        kind: EntryKind::Akte,
        title: format!("{} {}", akte.aktenzeichen, akte.title),
        body: documents
            .iter()
            .map(|document| document.title.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        ..entry_of_akte(&akte)
    }];
    for document in &documents {
        if let Some(entry) = document_entry(portal, &akte, document).await? {
            entries.push(entry);
        }
    }
    Ok(Some(entries))
}

/// What an Akte's entries share: rights, state and place.
fn entry_of_akte(akte: &Akte) -> SearchEntry {
    SearchEntry {
        key: String::new(),
        kind: EntryKind::Akte,
        title: String::new(),
        body: String::new(),
        unit: akte.unit.clone(),
        confidential: akte.confidentiality == Confidentiality::Vertraulich,
        year: akte.created_at.year(),
        state: akte.state.as_str().to_owned(),
        link: format!("/verwaltung/akten/{}", akte.id),
    }
}

/// A document is found by its title, kind, file name and the text of its newest version. A
/// file whose text cannot be read is still found by the rest; the reason goes to the log.
async fn document_entry(
    portal: &Portal,
    akte: &Akte,
    document: &RecordDocument,
) -> Result<Option<SearchEntry>, StorageError> {
    let Some(newest) = document.versions.last() else {
        return Ok(None);
    };
    let content = &newest.content;
    let text = match portal.files.read(&content.storage_key).await {
        Ok(bytes) => match portal.text.extract(&bytes, &content.media_type).await {
            Ok(text) => text.unwrap_or_default(),
            Err(error) => {
                tracing::warn!(document = document.id, %error, "document text not read");
                String::new()
            }
        },
        Err(error) => {
            tracing::warn!(document = document.id, %error, "document file not read");
            String::new()
        }
    };
    let base = entry_of_akte(akte);
    Ok(Some(SearchEntry {
        key: format!("{}{}", document_prefix(akte.id), document.id),
        kind: EntryKind::Document,
        title: document.title.clone(),
        body: format!("{}\n{}\n{text}", content.file_name, document.kind),
        year: newest.created_at.year(),
        link: format!("{}#dokument-{}", base.link, document.number),
        ..base
    }))
}

fn case_key(id: CaseId) -> String {
    format!("case:{id}")
}

fn akte_key(id: AkteId) -> String {
    format!("akte:{id}")
}

fn document_prefix(id: AkteId) -> String {
    format!("document:{id}:")
}

/// What a rebuild did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rebuilt {
    pub sources: usize,
    pub entries: usize,
}

/// Empties the index and fills it again from the records; `progress(done, total)` after every
/// source, for the command line's progress bar.
pub async fn rebuild(
    portal: &Portal,
    mut progress: impl FnMut(usize, usize),
) -> Result<Rebuilt, StorageError> {
    let sources = portal.storage.search_sources().await?;
    portal.search.clear().await?;
    let mut batch = Vec::new();
    let mut entries = 0;
    for (done, source) in sources.iter().enumerate() {
        if let Some(found) = entries_of(portal, *source).await? {
            entries += found.len();
            batch.extend(found);
        }
        if batch.len() >= REBUILD_BATCH {
            portal.search.put(std::mem::take(&mut batch)).await?;
        }
        progress(done + 1, sources.len());
    }
    portal.search.put(batch).await?;
    Ok(Rebuilt {
        sources: sources.len(),
        entries,
    })
}

/// A search as typed in the back office.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StaffSearch {
    pub text: String,
    pub filter: FacetFilter,
}

/// Searches what the staff member may read: the units they have a case role in, confidential
/// entries only where they lead. Results show personal data, so the search is audited (without
/// its words, which may themselves be personal data).
pub async fn search(
    portal: &Portal,
    staff: &ActiveStaff,
    search: &StaffSearch,
) -> Result<SearchResults, StorageError> {
    let scope = ReadScope {
        units: readable_units(staff, Confidentiality::Normal),
        confidential_units: readable_units(staff, Confidentiality::Vertraulich),
    };
    let results = portal
        .search
        .search(&SearchQuery {
            text: search.text.clone(),
            scope,
            filter: search.filter.clone(),
            limit: HITS_PER_PAGE,
        })
        .await?;
    if !search.text.trim().is_empty() {
        portal
            .storage
            .append_audit(
                portal.clock.now(),
                &AuditEvent {
                    actor: format!("staff:{}", staff.member.id),
                    action: "search.run".to_owned(),
                    object: format!("search:{}-hits", results.total),
                    purpose: "Sachbearbeitung".to_owned(),
                    outcome: "success".to_owned(),
                },
            )
            .await?;
    }
    Ok(results)
}
