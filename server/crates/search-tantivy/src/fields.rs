//! The index's schema: what each entry is stored and found as.

use storage::SearchEntry;
use tantivy::schema::{
    FAST, Facet, FacetOptions, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema,
    TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
};
use tantivy::{Index, TantivyDocument};

/// The name the German analyser is registered under.
const GERMAN: &str = "de_stem";

/// Words longer than this are left out (hashes, garbage from PDFs).
const LONGEST_WORD: usize = 40;

#[derive(Clone, Copy)]
pub(crate) struct Fields {
    pub key: Field,
    pub kind: Field,
    pub title: Field,
    pub body: Field,
    pub unit: Field,
    pub confidential: Field,
    pub year: Field,
    pub state: Field,
    pub link: Field,
    /// `/kind/akte`, `/unit/53`, `/year/2026`, `/state/offen`: counted for the facets.
    pub facets: Field,
}

pub(crate) fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let german = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(GERMAN)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let fields = Fields {
        key: builder.add_text_field("key", STRING | STORED),
        kind: builder.add_text_field("kind", STRING | STORED),
        title: builder.add_text_field("title", german.clone()),
        body: builder.add_text_field("body", german),
        unit: builder.add_text_field("unit", STRING | STORED),
        confidential: builder.add_bool_field("confidential", INDEXED),
        year: builder.add_i64_field("year", INDEXED | STORED | FAST),
        state: builder.add_text_field("state", STRING | STORED),
        link: builder.add_text_field("link", STORED),
        facets: builder.add_facet_field("facets", FacetOptions::default()),
    };
    (builder.build(), fields)
}

/// Analysers are not stored in the index; every opening registers the German one again.
pub(crate) fn register_analyzer(index: &Index) {
    let german = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(LONGEST_WORD))
        .filter(LowerCaser)
        .filter(Stemmer::new(Language::German))
        .build();
    index.tokenizers().register(GERMAN, german);
}

impl Fields {
    pub(crate) fn document(
        &self,
        entry: &SearchEntry,
        clean: &dyn Fn(&str) -> String,
    ) -> TantivyDocument {
        let mut document = TantivyDocument::default();
        document.add_text(self.key, &entry.key);
        document.add_text(self.kind, entry.kind.as_str());
        document.add_text(self.title, clean(&entry.title));
        document.add_text(self.body, clean(&entry.body));
        document.add_text(self.unit, &entry.unit);
        document.add_bool(self.confidential, entry.confidential);
        document.add_i64(self.year, i64::from(entry.year));
        document.add_text(self.state, &entry.state);
        document.add_text(self.link, &entry.link);
        for facet in facet_paths(entry) {
            document.add_facet(self.facets, facet);
        }
        document
    }
}

fn facet_paths(entry: &SearchEntry) -> [Facet; 4] {
    [
        Facet::from_path(["kind", entry.kind.as_str()]),
        Facet::from_path(["unit", entry.unit.as_str()]),
        Facet::from_path(["year", entry.year.to_string().as_str()]),
        Facet::from_path(["state", entry.state.as_str()]),
    ]
}
