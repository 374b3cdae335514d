//! The storage story against PostgreSQL: each scenario in its own fresh database.

use async_trait::async_trait;
use storage::Storage;
use storage::story::StoryBackend;
use storage_postgres::PostgresStorage;
use storage_postgres::testing::TestDatabase;

struct FreshPostgres {
    storage: PostgresStorage,
    database: TestDatabase,
}

async fn fresh() -> Option<FreshPostgres> {
    let database = TestDatabase::create().await?;
    let storage = PostgresStorage::connect(database.url(), 20)
        .await
        .expect("connect");
    storage.migrate().await.expect("migrate");
    Some(FreshPostgres { storage, database })
}

#[async_trait]
impl StoryBackend for FreshPostgres {
    fn storage(&self) -> &dyn Storage {
        &self.storage
    }

    async fn dispose(self) {
        self.storage.close().await;
        self.database.drop_database().await;
    }
}

storage::story_tests!(fresh);

#[tokio::test]
async fn instances_starting_together_migrate_once() {
    let Some(backend) = fresh().await else { return };
    let second = PostgresStorage::connect(backend.database.url(), 2)
        .await
        .unwrap();
    let third = PostgresStorage::connect(backend.database.url(), 2)
        .await
        .unwrap();
    let (a, b) = tokio::join!(second.migrate(), third.migrate());
    a.expect("second instance migrates");
    b.expect("third instance migrates");
    second.close().await;
    third.close().await;
    backend.dispose().await;
}

/// The search story against PostgreSQL full-text search, each scenario in a fresh database.
mod search {
    use async_trait::async_trait;
    use storage::SearchIndex;
    use storage::story::SearchStoryBackend;
    use storage_postgres::PostgresSearch;

    struct FreshSearch {
        backend: super::FreshPostgres,
        index: PostgresSearch,
    }

    async fn fresh() -> Option<FreshSearch> {
        let backend = super::fresh().await?;
        let index = backend.storage.search_index();
        Some(FreshSearch { backend, index })
    }

    #[async_trait]
    impl SearchStoryBackend for FreshSearch {
        fn index(&self) -> &dyn SearchIndex {
            &self.index
        }

        async fn dispose(self) {
            use storage::story::StoryBackend as _;
            self.backend.dispose().await;
        }
    }

    storage::search_story_tests!(fresh);
}
