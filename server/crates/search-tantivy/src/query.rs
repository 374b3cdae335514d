//! One search: the typed text within the reader's scope and the chosen facets, ranked by BM25,
//! with facet counts over every match and a highlighted snippet per hit.

use storage::search::sort_counts;
use storage::{
    EntryKind, FacetFilter, Facets, ReadScope, SearchHit, SearchQuery, SearchResults, SnippetPart,
    StorageError, StorageResult,
};
use tantivy::collector::{Count, FacetCollector, FacetCounts, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, QueryParser, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Term, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{Index, IndexReader, TantivyDocument};

use crate::database;
use crate::fields::Fields;

/// Characters of a snippet.
const SNIPPET_CHARS: usize = 220;

pub(crate) fn run(
    index: &Index,
    reader: &IndexReader,
    fields: &Fields,
    search: &SearchQuery,
) -> StorageResult<SearchResults> {
    if search.text.trim().is_empty() || search.scope.is_empty() {
        return Ok(SearchResults::default());
    }
    let searcher = reader.searcher();
    let mut parser = QueryParser::for_index(index, vec![fields.title, fields.body]);
    parser.set_conjunction_by_default();
    parser.set_field_boost(fields.title, 2.0);
    // Whatever was typed becomes a query; what does not parse is dropped, never an error.
    let (text, _) = parser.parse_query_lenient(&search.text);
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![
        (Occur::Must, text.box_clone()),
        (Occur::Must, scope_query(fields, &search.scope)),
    ];
    clauses.extend(filter_queries(fields, &search.filter));
    let query = BooleanQuery::new(clauses);

    let mut facet_collector = FacetCollector::for_field("facets");
    for facet in ["/kind", "/unit", "/year", "/state"] {
        facet_collector.add_facet(facet);
    }
    let top = TopDocs::with_limit(search.limit.max(1)).order_by_score();
    let (top, total, facet_counts) = searcher
        .search(&query, &(top, Count, facet_collector))
        .map_err(database)?;

    let mut snippets =
        SnippetGenerator::create(&searcher, &*text, fields.body).map_err(database)?;
    snippets.set_max_num_chars(SNIPPET_CHARS);
    let mut hits = Vec::with_capacity(top.len());
    for (_, address) in top {
        let document: TantivyDocument = searcher.doc(address).map_err(database)?;
        hits.push(hit(fields, &document, &snippets)?);
    }
    Ok(SearchResults {
        total: total as u64,
        hits,
        facets: facets(&facet_counts),
    })
}

/// Entries of the units the reader may see; confidential ones only where they may see those.
fn scope_query(fields: &Fields, scope: &ReadScope) -> Box<dyn Query> {
    let mut allowed: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for unit in &scope.units {
        allowed.push((
            Occur::Should,
            Box::new(BooleanQuery::new(vec![
                (Occur::Must, term(fields.unit, unit)),
                (
                    Occur::Must,
                    Box::new(TermQuery::new(
                        Term::from_field_bool(fields.confidential, false),
                        IndexRecordOption::Basic,
                    )),
                ),
            ])),
        ));
    }
    for unit in &scope.confidential_units {
        allowed.push((Occur::Should, term(fields.unit, unit)));
    }
    Box::new(BooleanQuery::new(allowed))
}

fn filter_queries(fields: &Fields, filter: &FacetFilter) -> Vec<(Occur, Box<dyn Query>)> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if let Some(kind) = filter.kind {
        clauses.push((Occur::Must, term(fields.kind, kind.as_str())));
    }
    if let Some(unit) = &filter.unit {
        clauses.push((Occur::Must, term(fields.unit, unit)));
    }
    if let Some(state) = &filter.state {
        clauses.push((Occur::Must, term(fields.state, state)));
    }
    if let Some(year) = filter.year {
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(
                Term::from_field_i64(fields.year, i64::from(year)),
                IndexRecordOption::Basic,
            )),
        ));
    }
    clauses
}

fn term(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::Basic,
    ))
}

fn hit(
    fields: &Fields,
    document: &TantivyDocument,
    snippets: &SnippetGenerator,
) -> StorageResult<SearchHit> {
    let text = |field: Field| -> String {
        document
            .get_first(field)
            .and_then(|value| value.as_str())
            .unwrap_or_default()
            .to_owned()
    };
    let kind = EntryKind::parse(&text(fields.kind))
        .ok_or_else(|| StorageError::Corrupt("a search entry without a known kind".into()))?;
    let year = document
        .get_first(fields.year)
        .and_then(|value| value.as_i64())
        .and_then(|year| i32::try_from(year).ok())
        .unwrap_or_default();
    let body = text(fields.body);
    Ok(SearchHit {
        key: text(fields.key),
        kind,
        title: text(fields.title),
        link: text(fields.link),
        unit: text(fields.unit),
        year,
        state: text(fields.state),
        snippet: snippet(snippets, &body),
    })
}

/// The best passage of the body with the matched words marked; its beginning when no word of
/// the query is in the body (the title matched).
fn snippet(snippets: &SnippetGenerator, body: &str) -> Vec<SnippetPart> {
    let snippet = snippets.snippet(body);
    if snippet.is_empty() {
        let start: String = body.chars().take(SNIPPET_CHARS).collect();
        return if start.is_empty() {
            Vec::new()
        } else {
            vec![SnippetPart {
                text: start,
                matched: false,
            }]
        };
    }
    let fragment = snippet.fragment();
    let mut parts = Vec::new();
    let mut at = 0;
    for range in snippet.highlighted() {
        if range.start > at {
            parts.push(SnippetPart {
                text: fragment[at..range.start].to_owned(),
                matched: false,
            });
        }
        parts.push(SnippetPart {
            text: fragment[range.clone()].to_owned(),
            matched: true,
        });
        at = range.end;
    }
    if at < fragment.len() {
        parts.push(SnippetPart {
            text: fragment[at..].to_owned(),
            matched: false,
        });
    }
    parts
}

fn facets(counts: &FacetCounts) -> Facets {
    let children = |root: &str| -> Vec<(String, u64)> {
        counts
            .get(root)
            .map(|(facet, count)| {
                let name = facet
                    .to_path()
                    .last()
                    .map(|s| s.to_string())
                    .unwrap_or_default();
                (name, count)
            })
            .collect()
    };
    let mut facets = Facets {
        kind: children("/kind")
            .into_iter()
            .filter_map(|(name, count)| EntryKind::parse(&name).map(|kind| (kind, count)))
            .collect(),
        unit: children("/unit"),
        year: children("/year")
            .into_iter()
            .filter_map(|(name, count)| name.parse().ok().map(|year| (year, count)))
            .collect(),
        state: children("/state"),
    };
    sort_counts(&mut facets.kind);
    sort_counts(&mut facets.unit);
    sort_counts(&mut facets.year);
    sort_counts(&mut facets.state);
    facets
}
