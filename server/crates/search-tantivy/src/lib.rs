//! The back office's full-text search with tantivy in a folder beside the SQLite database: the
//! embedded default behind `storage::SearchIndex`.
//!
//! Texts are analysed in German (lower-cased, Snowball-stemmed, which also folds umlauts, as
//! PostgreSQL's `german` configuration does), titles weigh double. Rights and facets are plain
//! terms, so the scope is one more required clause of the query: nothing outside it is counted,
//! ranked or shown. One process writes the folder (tantivy's lock refuses a second writer), so
//! the writer is taken on the first write only: command-line tools that never write can open the
//! index beside a running server. Readers follow commits of any process.

mod fields;
mod query;

use std::path::Path;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use storage::search::clean_text;
use storage::{SearchEntry, SearchIndex, SearchQuery, SearchResults, StorageError, StorageResult};
use tantivy::query::RegexQuery;
use tantivy::schema::Term;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument};

use crate::fields::Fields;

/// Memory the writer may fill before it writes a segment. Enough for a rebuild at full speed,
/// small enough for a server that also answers requests.
const WRITER_BUDGET_BYTES: usize = 64 * 1024 * 1024;

pub struct TantivySearch {
    inner: Arc<Inner>,
}

struct Inner {
    index: Index,
    reader: IndexReader,
    /// Taken on the first write, then kept.
    writer: Mutex<Option<IndexWriter>>,
    fields: Fields,
}

impl TantivySearch {
    /// Opens the index in `folder`, creating folder and index when they do not exist yet.
    pub fn open(folder: &Path) -> StorageResult<TantivySearch> {
        std::fs::create_dir_all(folder).map_err(database)?;
        let (schema, fields) = fields::schema();
        let directory = tantivy::directory::MmapDirectory::open(folder).map_err(database)?;
        let index = Index::open_or_create(directory, schema).map_err(database)?;
        fields::register_analyzer(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .try_into()
            .map_err(database)?;
        Ok(TantivySearch {
            inner: Arc::new(Inner {
                index,
                reader,
                writer: Mutex::new(None),
                fields,
            }),
        })
    }

    /// The bytes the index occupies in its folder.
    pub fn size_bytes(folder: &Path) -> std::io::Result<u64> {
        let mut total = 0;
        for entry in std::fs::read_dir(folder)? {
            let metadata = entry?.metadata()?;
            if metadata.is_file() {
                total += metadata.len();
            }
        }
        Ok(total)
    }

    /// Runs a blocking piece of work with the index off the async threads.
    async fn blocking<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Inner) -> StorageResult<T> + Send + 'static,
    ) -> StorageResult<T> {
        let inner = Arc::clone(&self.inner);
        tokio::task::spawn_blocking(move || work(&inner))
            .await
            .map_err(database)?
    }
}

impl Inner {
    /// Applies `change` to the writer, commits, and shows the result to the next search.
    fn write(
        &self,
        change: impl FnOnce(&mut IndexWriter) -> StorageResult<()>,
    ) -> StorageResult<()> {
        let mut writer = self
            .writer
            .lock()
            .map_err(|_| StorageError::Corrupt("the search index writer was poisoned".into()))?;
        if writer.is_none() {
            *writer = Some(
                self.index
                    .writer_with_num_threads(1, WRITER_BUDGET_BYTES)
                    .map_err(database)?,
            );
        }
        let Some(writer) = writer.as_mut() else {
            return Err(StorageError::Corrupt("no search index writer".into()));
        };
        change(writer)?;
        writer.commit().map_err(database)?;
        self.reader.reload().map_err(database)
    }
}

#[async_trait]
impl SearchIndex for TantivySearch {
    async fn put(&self, entries: Vec<SearchEntry>) -> StorageResult<()> {
        if entries.is_empty() {
            return Ok(());
        }
        self.blocking(move |inner| {
            inner.write(|writer| {
                for entry in &entries {
                    writer.delete_term(Term::from_field_text(inner.fields.key, &entry.key));
                    let document: TantivyDocument = inner.fields.document(entry, &clean_text);
                    writer.add_document(document).map_err(database)?;
                }
                Ok(())
            })
        })
        .await
    }

    async fn remove(&self, key: &str, key_prefix: Option<&str>) -> StorageResult<()> {
        let key = key.to_owned();
        let pattern = key_prefix.map(|prefix| format!("{}.*", regex_literal(prefix)));
        self.blocking(move |inner| {
            inner.write(|writer| {
                writer.delete_term(Term::from_field_text(inner.fields.key, &key));
                if let Some(pattern) = &pattern {
                    let query =
                        RegexQuery::from_pattern(pattern, inner.fields.key).map_err(database)?;
                    writer.delete_query(Box::new(query)).map_err(database)?;
                }
                Ok(())
            })
        })
        .await
    }

    async fn search(&self, search: &SearchQuery) -> StorageResult<SearchResults> {
        let search = search.clone();
        self.blocking(move |inner| query::run(&inner.index, &inner.reader, &inner.fields, &search))
            .await
    }

    async fn clear(&self) -> StorageResult<()> {
        self.blocking(|inner| {
            inner.write(|writer| writer.delete_all_documents().map(|_| ()).map_err(database))
        })
        .await
    }

    async fn count(&self) -> StorageResult<u64> {
        self.blocking(|inner| Ok(inner.reader.searcher().num_docs()))
            .await
    }
}

/// Escapes a key prefix for tantivy's regular expressions.
fn regex_literal(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let escape = !c.is_alphanumeric() && c != ':' && c != '-';
            escape.then_some('\\').into_iter().chain([c])
        })
        .collect()
}

fn database(error: impl std::error::Error + Send + Sync + 'static) -> StorageError {
    StorageError::Database(Box::new(error))
}
