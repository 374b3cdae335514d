//! Full-text search in PostgreSQL (`tsvector` with a GIN index, German configuration): the
//! search engine when several instances share the database.

use async_trait::async_trait;
use sqlx::postgres::PgPool;
use sqlx::{QueryBuilder, Row};
use storage::search::{clean_text, sort_counts};
use storage::{
    EntryKind, Facets, SearchEntry, SearchHit, SearchIndex, SearchQuery, SearchResults,
    SearchSource, SearchSourceStore, SnippetPart, StorageError, StorageResult,
};

use crate::PostgresStorage;
use crate::convert::database_error;

/// Marks of a match in `ts_headline`'s output; `clean_text` keeps them out of stored text.
const MATCH_START: char = '\u{2}';
const MATCH_END: char = '\u{3}';

/// The search index in the shared database.
#[derive(Clone)]
pub struct PostgresSearch {
    pool: PgPool,
}

impl PostgresStorage {
    pub fn search_index(&self) -> PostgresSearch {
        PostgresSearch {
            pool: self.pool.clone(),
        }
    }
}

impl PostgresSearch {
    /// Bytes of the index on disk: the table with its TOAST and both indexes (for benchmarks).
    pub async fn size_bytes(&self) -> StorageResult<u64> {
        let size: i64 = sqlx::query_scalar("SELECT pg_total_relation_size('search_entries')")
            .fetch_one(&self.pool)
            .await
            .map_err(database_error)?;
        Ok(u64::try_from(size).unwrap_or_default())
    }

    /// Bytes of the GIN index alone.
    pub async fn word_index_bytes(&self) -> StorageResult<u64> {
        let size: i64 = sqlx::query_scalar("SELECT pg_relation_size('search_entries_words')")
            .fetch_one(&self.pool)
            .await
            .map_err(database_error)?;
        Ok(u64::try_from(size).unwrap_or_default())
    }

    /// Brings the planner's statistics up to date after a bulk load (for benchmarks).
    pub async fn analyze(&self) -> StorageResult<()> {
        sqlx::query("VACUUM ANALYZE search_entries")
            .execute(&self.pool)
            .await
            .map_err(database_error)?;
        Ok(())
    }
}

/// Matches of the query within the scope and filters, as `matches`; `$1` is the text. A macro,
/// because sqlx takes only literal SQL.
macro_rules! with_matches {
    ($select:literal) => {
        concat!(
            "WITH query AS (SELECT websearch_to_tsquery('german', $1) AS q),
     matches AS (
        SELECT e.*, ts_rank_cd(e.words, query.q) AS rank
          FROM search_entries e, query
         WHERE e.words @@ query.q
           AND ((e.unit = ANY($2) AND NOT e.confidential) OR e.unit = ANY($3))
           AND ($4::text IS NULL OR e.kind = $4)
           AND ($5::text IS NULL OR e.unit = $5)
           AND ($6::integer IS NULL OR e.year = $6)
           AND ($7::text IS NULL OR e.state = $7)) ",
            $select
        )
    };
}

const HITS: &str = with_matches!(
    "SELECT key, kind, title, link, unit, year, state,
            ts_headline('german', body, (SELECT q FROM query),
                        'StartSel=' || chr(2) || ', StopSel=' || chr(3)
                        || ', MaxWords=35, MinWords=15, MaxFragments=1') AS snippet
       FROM (SELECT * FROM matches ORDER BY rank DESC, key LIMIT $8) best
      ORDER BY rank DESC, key"
);

const FACETS: &str = with_matches!(
    "SELECT GROUPING(kind) = 0 AS by_kind, GROUPING(unit) = 0 AS by_unit,
            GROUPING(year) = 0 AS by_year, kind, unit, year, state, count(*) AS n
       FROM matches
      GROUP BY GROUPING SETS ((kind), (unit), (year), (state))"
);

#[async_trait]
impl SearchIndex for PostgresSearch {
    async fn put(&self, entries: Vec<SearchEntry>) -> StorageResult<()> {
        if entries.is_empty() {
            return Ok(());
        }
        let mut insert = QueryBuilder::new(
            "INSERT INTO search_entries (key, kind, title, body, unit, confidential, year, state, link) ",
        );
        insert.push_values(&entries, |mut row, entry| {
            row.push_bind(&entry.key)
                .push_bind(entry.kind.as_str())
                .push_bind(clean_text(&entry.title))
                .push_bind(clean_text(&entry.body))
                .push_bind(&entry.unit)
                .push_bind(entry.confidential)
                .push_bind(entry.year)
                .push_bind(&entry.state)
                .push_bind(&entry.link);
        });
        insert.push(
            " ON CONFLICT (key) DO UPDATE SET kind = EXCLUDED.kind, title = EXCLUDED.title,
              body = EXCLUDED.body, unit = EXCLUDED.unit, confidential = EXCLUDED.confidential,
              year = EXCLUDED.year, state = EXCLUDED.state, link = EXCLUDED.link",
        );
        insert
            .build()
            .execute(&self.pool)
            .await
            .map_err(database_error)?;
        Ok(())
    }

    async fn remove(&self, key: &str, key_prefix: Option<&str>) -> StorageResult<()> {
        sqlx::query(
            "DELETE FROM search_entries
              WHERE key = $1 OR ($2::text IS NOT NULL AND starts_with(key, $2))",
        )
        .bind(key)
        .bind(key_prefix)
        .execute(&self.pool)
        .await
        .map_err(database_error)?;
        Ok(())
    }

    async fn search(&self, search: &SearchQuery) -> StorageResult<SearchResults> {
        if search.text.trim().is_empty() || search.scope.is_empty() {
            return Ok(SearchResults::default());
        }
        let mut connection = self.pool.acquire().await.map_err(database_error)?;
        let limit = i64::try_from(search.limit.max(1)).unwrap_or(i64::MAX);
        let rows = bind(sqlx::query(HITS), search)
            .bind(limit)
            .fetch_all(&mut *connection)
            .await
            .map_err(database_error)?;
        let mut hits = Vec::with_capacity(rows.len());
        for row in rows {
            let kind: String = row.get("kind");
            hits.push(SearchHit {
                key: row.get("key"),
                kind: EntryKind::parse(&kind).ok_or_else(|| {
                    StorageError::Corrupt(format!("search entry of unknown kind {kind:?}"))
                })?,
                title: row.get("title"),
                link: row.get("link"),
                unit: row.get("unit"),
                year: row.get("year"),
                state: row.get("state"),
                snippet: snippet_parts(&row.get::<String, _>("snippet")),
            });
        }

        let mut facets = Facets::default();
        let mut total = 0;
        for row in bind(sqlx::query(FACETS), search)
            .fetch_all(&mut *connection)
            .await
            .map_err(database_error)?
        {
            let count = u64::try_from(row.get::<i64, _>("n")).unwrap_or_default();
            if row.get("by_kind") {
                let kind: String = row.get("kind");
                total += count;
                if let Some(kind) = EntryKind::parse(&kind) {
                    facets.kind.push((kind, count));
                }
            } else if row.get("by_unit") {
                facets.unit.push((row.get("unit"), count));
            } else if row.get("by_year") {
                facets.year.push((row.get("year"), count));
            } else {
                facets.state.push((row.get("state"), count));
            }
        }
        sort_counts(&mut facets.kind);
        sort_counts(&mut facets.unit);
        sort_counts(&mut facets.year);
        sort_counts(&mut facets.state);
        Ok(SearchResults {
            total,
            hits,
            facets,
        })
    }

    async fn clear(&self) -> StorageResult<()> {
        sqlx::query("TRUNCATE search_entries")
            .execute(&self.pool)
            .await
            .map_err(database_error)?;
        Ok(())
    }

    async fn count(&self) -> StorageResult<u64> {
        let count: i64 = sqlx::query_scalar("SELECT count(*) FROM search_entries")
            .fetch_one(&self.pool)
            .await
            .map_err(database_error)?;
        Ok(u64::try_from(count).unwrap_or_default())
    }
}

fn bind<'q>(
    query: sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments>,
    search: &'q SearchQuery,
) -> sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments> {
    query
        .bind(&search.text)
        .bind(&search.scope.units)
        .bind(&search.scope.confidential_units)
        .bind(search.filter.kind.map(EntryKind::as_str))
        .bind(search.filter.unit.as_deref())
        .bind(search.filter.year)
        .bind(search.filter.state.as_deref())
}

/// Splits `ts_headline`'s output at its match marks.
fn snippet_parts(headline: &str) -> Vec<SnippetPart> {
    let mut parts = Vec::new();
    let mut rest = headline;
    while let Some(start) = rest.find(MATCH_START) {
        if start > 0 {
            parts.push(SnippetPart {
                text: rest[..start].to_owned(),
                matched: false,
            });
        }
        let after = &rest[start + MATCH_START.len_utf8()..];
        let end = after.find(MATCH_END).unwrap_or(after.len());
        parts.push(SnippetPart {
            text: after[..end].to_owned(),
            matched: true,
        });
        rest = after.get(end + MATCH_END.len_utf8()..).unwrap_or("");
    }
    if !rest.is_empty() {
        parts.push(SnippetPart {
            text: rest.to_owned(),
            matched: false,
        });
    }
    parts
}

#[async_trait]
impl SearchSourceStore for PostgresStorage {
    async fn search_sources(&self) -> StorageResult<Vec<SearchSource>> {
        let rows = sqlx::query(
            "SELECT 'case' AS kind, id FROM cases UNION ALL SELECT 'akte', id FROM akten
             ORDER BY kind, id",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(database_error)?;
        Ok(rows
            .into_iter()
            .filter_map(|row| {
                let kind: String = row.get("kind");
                SearchSource::parse(&format!("{kind}:{}", row.get::<i64, _>("id")))
            })
            .collect())
    }
}
