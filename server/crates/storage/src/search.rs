//! The search seam: what the back office's full-text search keeps and asks, independent of the
//! engine. Two engines implement [`SearchIndex`]: tantivy on local disk (crate `search-tantivy`,
//! the embedded default beside SQLite) and PostgreSQL full-text search (in `storage-postgres`,
//! one index in the shared database for every server instance). Both pass `story::search`.

use async_trait::async_trait;
use domain::case::CaseId;
use domain::record::AkteId;

use crate::StorageResult;

/// What the search index is fed by: a case, or an Akte with its documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchSource {
    Case(CaseId),
    Akte(AkteId),
}

impl SearchSource {
    /// Reads the object named in a `search-index` job.
    pub fn parse(object: &str) -> Option<SearchSource> {
        let (kind, id) = object.split_once(':')?;
        let id: i64 = id.parse().ok()?;
        match kind {
            "case" => Some(SearchSource::Case(CaseId(id))),
            "akte" => Some(SearchSource::Akte(AkteId(id))),
            _ => None,
        }
    }
}

impl std::fmt::Display for SearchSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SearchSource::Case(id) => write!(f, "case:{id}"),
            SearchSource::Akte(id) => write!(f, "akte:{id}"),
        }
    }
}

/// The kinds of entry, a facet of every search.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryKind {
    /// A Vorgang with its submission's answers and notes.
    Case,
    Akte,
    /// A Schriftstück with the text of its newest version.
    Document,
}

impl EntryKind {
    pub const ALL: [EntryKind; 3] = [EntryKind::Case, EntryKind::Akte, EntryKind::Document];

    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Case => "vorgang",
            EntryKind::Akte => "akte",
            EntryKind::Document => "dokument",
        }
    }

    pub fn parse(text: &str) -> Option<EntryKind> {
        EntryKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
    }
}

/// One searchable thing with what the rights and facets need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchEntry {
    /// Unique: `case:12`, `akte:3`, `document:3:7` (document 7 of Akte 3).
    pub key: String,
    pub kind: EntryKind,
    pub title: String,
    pub body: String,
    /// The unit whose staff may find it.
    pub unit: String,
    /// Only the unit's team leads may find a confidential entry.
    pub confidential: bool,
    pub year: i32,
    /// The state's key (`in-bearbeitung`, `offen`, …).
    pub state: String,
    /// Where the back office shows it.
    pub link: String,
}

/// Who asks: the units whose normal entries they may find, and those whose confidential ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadScope {
    pub units: Vec<String>,
    pub confidential_units: Vec<String>,
}

impl ReadScope {
    pub fn is_empty(&self) -> bool {
        self.units.is_empty() && self.confidential_units.is_empty()
    }

    pub fn allows(&self, unit: &str, confidential: bool) -> bool {
        if confidential {
            self.confidential_units.iter().any(|u| u == unit)
        } else {
            self.units.iter().any(|u| u == unit)
        }
    }
}

/// Narrows a search to one value of a facet each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FacetFilter {
    pub kind: Option<EntryKind>,
    pub unit: Option<String>,
    pub year: Option<i32>,
    pub state: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery {
    /// What the person typed; any text is allowed, none fails.
    pub text: String,
    pub scope: ReadScope,
    pub filter: FacetFilter,
    pub limit: usize,
}

/// A piece of a snippet, highlighted where it matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnippetPart {
    pub text: String,
    pub matched: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    pub key: String,
    pub kind: EntryKind,
    pub title: String,
    pub link: String,
    pub unit: String,
    pub year: i32,
    pub state: String,
    pub snippet: Vec<SnippetPart>,
}

/// How many matches each value of a facet has, most first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    pub kind: Vec<(EntryKind, u64)>,
    pub unit: Vec<(String, u64)>,
    pub year: Vec<(i32, u64)>,
    pub state: Vec<(String, u64)>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchResults {
    pub total: u64,
    pub hits: Vec<SearchHit>,
    pub facets: Facets,
}

/// A full-text index of the back office. Writes replace by key and are idempotent.
#[async_trait]
pub trait SearchIndex: Send + Sync {
    /// Adds the entries, replacing any with the same key.
    async fn put(&self, entries: Vec<SearchEntry>) -> StorageResult<()>;
    /// Removes every entry whose key is `key` or starts with `key_prefix` (the documents of an
    /// Akte: `document:3:`).
    async fn remove(&self, key: &str, key_prefix: Option<&str>) -> StorageResult<()>;
    /// The best matches the scope may see, with facets over all of them.
    async fn search(&self, query: &SearchQuery) -> StorageResult<SearchResults>;
    /// Forgets everything (before a rebuild).
    async fn clear(&self) -> StorageResult<()>;
    async fn count(&self) -> StorageResult<u64>;
}

/// Lists what the search index should hold, for a rebuild.
#[async_trait]
pub trait SearchSourceStore {
    async fn search_sources(&self) -> StorageResult<Vec<SearchSource>>;
}

/// Sorts facet counts: most first, then by value, so both engines answer alike.
pub fn sort_counts<T: Ord>(counts: &mut [(T, u64)]) {
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
}

/// The most of an entry's text that is searched (a long scan's extracted text is cut): keeps
/// PostgreSQL's `tsvector` under its one-megabyte limit and both engines alike.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// Removes control characters, which the engines use as highlight marks, and cuts the text at
/// [`MAX_TEXT_CHARS`].
pub fn clean_text(text: &str) -> String {
    text.chars()
        .take(MAX_TEXT_CHARS)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}
