//! The search story against tantivy, each scenario in a fresh index folder.

use async_trait::async_trait;
use search_tantivy::TantivySearch;
use storage::SearchIndex;
use storage::story::SearchStoryBackend;

struct FreshIndex {
    index: TantivySearch,
    _folder: tempfile::TempDir,
}

async fn fresh() -> Option<FreshIndex> {
    let folder = tempfile::tempdir().expect("temporary folder");
    let index = TantivySearch::open(folder.path()).expect("open the index");
    Some(FreshIndex {
        index,
        _folder: folder,
    })
}

#[async_trait]
impl SearchStoryBackend for FreshIndex {
    fn index(&self) -> &dyn SearchIndex {
        &self.index
    }

    async fn dispose(self) {}
}

storage::search_story_tests!(fresh);

#[tokio::test]
async fn an_index_opened_again_keeps_its_entries() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let first = TantivySearch::open(folder.path()).expect("open");
    first
        .put(vec![storage::SearchEntry {
            key: "akte:1".into(),
            kind: storage::EntryKind::Akte,
            title: "Brunnen".into(),
            body: "Akte".into(),
            unit: "53".into(),
            confidential: false,
            year: 2026,
            state: "offen".into(),
            link: "/verwaltung/akten/1".into(),
        }])
        .await
        .expect("put");
    drop(first);
    let again = TantivySearch::open(folder.path()).expect("open again");
    assert_eq!(again.count().await.expect("count"), 1);
}
