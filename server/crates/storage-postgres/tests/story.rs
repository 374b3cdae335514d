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
