//! The search story: what every full-text engine behind `SearchIndex` must do alike, run by
//! [`search_story_tests!`](crate::search_story_tests) against an empty index.

use crate::{
    EntryKind, FacetFilter, ReadScope, SearchEntry, SearchIndex, SearchQuery, SearchResults,
};

fn entry(key: &str, kind: EntryKind, unit: &str, title: &str, body: &str) -> SearchEntry {
    SearchEntry {
        key: key.to_owned(),
        kind,
        title: title.to_owned(),
        body: body.to_owned(),
        unit: unit.to_owned(),
        confidential: false,
        year: 2026,
        state: "offen".to_owned(),
        link: format!("/verwaltung/{key}"),
    }
}

fn caseworker_of(unit: &str) -> ReadScope {
    ReadScope {
        units: vec![unit.to_owned()],
        confidential_units: Vec::new(),
    }
}

fn team_lead_of(unit: &str) -> ReadScope {
    ReadScope {
        units: vec![unit.to_owned()],
        confidential_units: vec![unit.to_owned()],
    }
}

async fn find(index: &dyn SearchIndex, text: &str, scope: ReadScope) -> SearchResults {
    find_filtered(index, text, scope, FacetFilter::default()).await
}

async fn find_filtered(
    index: &dyn SearchIndex,
    text: &str,
    scope: ReadScope,
    filter: FacetFilter,
) -> SearchResults {
    index
        .search(&SearchQuery {
            text: text.to_owned(),
            scope,
            filter,
            limit: 10,
        })
        .await
        .expect("search")
}

fn keys(results: &SearchResults) -> Vec<&str> {
    results.hits.iter().map(|hit| hit.key.as_str()).collect()
}

pub async fn german_words_are_found_by_their_stem_and_titles_rank_first(index: &dyn SearchIndex) {
    index
        .put(vec![
            entry(
                "akte:1",
                EntryKind::Akte,
                "53",
                "Gebühren der Trinkwasseruntersuchung",
                "Bescheide über Gebühren für Brunnen in Fröndenberg.",
            ),
            entry(
                "document:1:1",
                EntryKind::Document,
                "53",
                "Antwortschreiben",
                "Die Gebühr wurde mit dem Bescheid festgesetzt und ist binnen eines Monats zu zahlen.",
            ),
            entry(
                "case:1",
                EntryKind::Case,
                "53",
                "Erlaubnis für einen Brunnen",
                "Die Bohrung liegt auf dem Grundstück Am Mühlenteich.",
            ),
        ])
        .await
        .expect("put");

    let results = find(index, "Gebühr", caseworker_of("53")).await;
    assert_eq!(results.total, 2, "singular finds plural: {results:?}");
    assert_eq!(
        keys(&results),
        ["akte:1", "document:1:1"],
        "a match in the title ranks first"
    );
    let results = find(index, "bescheiden", caseworker_of("53")).await;
    assert_eq!(results.total, 2, "inflected forms meet: {results:?}");
    let results = find(index, "muhlenteich", caseworker_of("53")).await;
    assert_eq!(keys(&results), ["case:1"], "umlauts fold: {results:?}");
    let results = find(index, "Brunnen Bohrung", caseworker_of("53")).await;
    assert_eq!(keys(&results), ["case:1"], "every word must match");
}

pub async fn the_scope_hides_other_units_and_confidential_entries(index: &dyn SearchIndex) {
    let mut secret = entry(
        "akte:2",
        EntryKind::Akte,
        "53",
        "Gefährdungsanzeige Kindeswohl",
        "Vertrauliche Prüfung einer Gefährdung.",
    );
    secret.confidential = true;
    index
        .put(vec![
            entry(
                "akte:1",
                EntryKind::Akte,
                "53",
                "Prüfung der Wasserrechte",
                "Gefährdung des Grundwassers ausgeschlossen.",
            ),
            secret,
            entry(
                "akte:3",
                EntryKind::Akte,
                "32",
                "Gefährdung durch Verkehr",
                "Prüfung der Straßenverkehrsbehörde.",
            ),
        ])
        .await
        .expect("put");

    let caseworker = find(index, "Gefährdung", caseworker_of("53")).await;
    assert_eq!(keys(&caseworker), ["akte:1"], "{caseworker:?}");
    assert_eq!(caseworker.total, 1, "hidden entries are not counted");
    assert_eq!(caseworker.facets.unit, [("53".to_owned(), 1)]);

    let lead = find(index, "Gefährdung", team_lead_of("53")).await;
    assert_eq!(lead.total, 2, "{lead:?}");
    assert!(!keys(&lead).contains(&"akte:3"));

    let nobody = find(index, "Gefährdung", ReadScope::default()).await;
    assert_eq!(nobody, SearchResults::default());
}

pub async fn facets_count_every_match_and_filters_narrow(index: &dyn SearchIndex) {
    let mut older = entry(
        "case:2",
        EntryKind::Case,
        "53",
        "Antrag auf Brunnenbau",
        "Brunnen im Garten.",
    );
    older.year = 2025;
    older.state = "abgeschlossen".to_owned();
    index
        .put(vec![
            entry(
                "case:1",
                EntryKind::Case,
                "53",
                "Brunnen anzeigen",
                "Ein Brunnen.",
            ),
            older,
            entry(
                "akte:1",
                EntryKind::Akte,
                "53",
                "Brunnen Holzwickede",
                "Akte.",
            ),
            entry("akte:2", EntryKind::Akte, "32", "Brunnen Unna", "Akte."),
        ])
        .await
        .expect("put");
    let both = ReadScope {
        units: vec!["53".to_owned(), "32".to_owned()],
        confidential_units: Vec::new(),
    };

    let results = find(index, "Brunnen", both.clone()).await;
    assert_eq!(results.total, 4);
    assert_eq!(
        results.facets.kind,
        [(EntryKind::Case, 2), (EntryKind::Akte, 2)]
    );
    assert_eq!(
        results.facets.unit,
        [("53".to_owned(), 3), ("32".to_owned(), 1)]
    );
    assert_eq!(results.facets.year, [(2026, 3), (2025, 1)]);
    assert_eq!(
        results.facets.state,
        [("offen".to_owned(), 3), ("abgeschlossen".to_owned(), 1)]
    );

    let filtered = find_filtered(
        index,
        "Brunnen",
        both.clone(),
        FacetFilter {
            kind: Some(EntryKind::Case),
            year: Some(2025),
            ..FacetFilter::default()
        },
    )
    .await;
    assert_eq!(keys(&filtered), ["case:2"]);
    assert_eq!(filtered.facets.state, [("abgeschlossen".to_owned(), 1)]);

    let by_unit = find_filtered(
        index,
        "Brunnen",
        both,
        FacetFilter {
            unit: Some("32".to_owned()),
            state: Some("offen".to_owned()),
            ..FacetFilter::default()
        },
    )
    .await;
    assert_eq!(keys(&by_unit), ["akte:2"]);
}

pub async fn matches_are_marked_in_a_snippet_of_the_body(index: &dyn SearchIndex) {
    let body = "Sehr geehrte Damen und Herren, für die Untersuchung des Brunnenwassers werden \
                Gebühren nach der Verwaltungsgebührensatzung erhoben. Die Probe wurde am 3. März \
                entnommen.";
    index
        .put(vec![entry(
            "document:1:1",
            EntryKind::Document,
            "53",
            "Gebührenbescheid",
            body,
        )])
        .await
        .expect("put");

    let results = find(index, "Probe", caseworker_of("53")).await;
    let snippet = &results.hits[0].snippet;
    let marked: Vec<&str> = snippet
        .iter()
        .filter(|part| part.matched)
        .map(|part| part.text.as_str())
        .collect();
    assert_eq!(marked, ["Probe"], "{snippet:?}");
    let text: String = snippet.iter().map(|part| part.text.as_str()).collect();
    assert!(
        body.contains(text.trim()),
        "the snippet is a passage: {text:?}"
    );

    let by_title = find(index, "Gebührenbescheid", caseworker_of("53")).await;
    assert!(
        !by_title.hits[0].snippet.is_empty(),
        "a title match still shows the body's beginning"
    );
}

pub async fn entries_are_replaced_by_key_and_removed_with_their_documents(index: &dyn SearchIndex) {
    index
        .put(vec![
            entry("akte:3", EntryKind::Akte, "53", "Brunnen alt", "Akte."),
            entry(
                "document:3:1",
                EntryKind::Document,
                "53",
                "Brunnen Foto",
                "Bild.",
            ),
            entry(
                "document:30:1",
                EntryKind::Document,
                "53",
                "Brunnen Plan",
                "Plan.",
            ),
        ])
        .await
        .expect("put");
    index
        .put(vec![entry(
            "akte:3",
            EntryKind::Akte,
            "53",
            "Brunnen neu",
            "Akte.",
        )])
        .await
        .expect("put again");
    assert_eq!(index.count().await.expect("count"), 3);
    let results = find(index, "Brunnen", caseworker_of("53")).await;
    assert_eq!(results.total, 3);
    assert!(results.hits.iter().any(|hit| hit.title == "Brunnen neu"));
    assert!(!results.hits.iter().any(|hit| hit.title == "Brunnen alt"));

    index
        .remove("akte:3", Some("document:3:"))
        .await
        .expect("remove");
    let results = find(index, "Brunnen", caseworker_of("53")).await;
    assert_eq!(keys(&results), ["document:30:1"]);

    index.clear().await.expect("clear");
    assert_eq!(index.count().await.expect("count"), 0);
}

pub async fn any_typed_text_is_a_query_and_never_an_error(index: &dyn SearchIndex) {
    index
        .put(vec![entry(
            "case:1",
            EntryKind::Case,
            "53",
            "Brunnen",
            "Bohrung (Tiefe 12 m) & Pumpe: \"Typ A\" – 100 % geprüft.",
        )])
        .await
        .expect("put");
    for text in [
        "\"",
        "(",
        ")",
        "AND",
        "OR NOT",
        "-",
        "*",
        ":",
        "unit:53",
        "title:",
        "&|!<>",
        "'; DROP TABLE search_entries; --",
        "\\",
        "\"Typ A",
        "^2",
        "~",
        "[1 TO 5]",
        "ﷺ",
        "   ",
        "der die das",
    ] {
        index
            .search(&SearchQuery {
                text: text.to_owned(),
                scope: caseworker_of("53"),
                filter: FacetFilter::default(),
                limit: 10,
            })
            .await
            .unwrap_or_else(|e| panic!("{text:?} failed: {e}"));
    }
    let results = find(index, "\"Typ A\" Pumpe", caseworker_of("53")).await;
    assert_eq!(keys(&results), ["case:1"]);
}
