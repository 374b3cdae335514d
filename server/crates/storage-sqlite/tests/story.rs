//! The storage story against SQLite: each scenario in its own fresh database file.

use async_trait::async_trait;
use storage::Storage;
use storage::story::StoryBackend;
use storage_sqlite::SqliteStorage;

struct FreshSqlite {
    storage: SqliteStorage,
    _folder: tempfile::TempDir,
}

async fn fresh() -> Option<FreshSqlite> {
    let folder = tempfile::tempdir().expect("temporary folder");
    let url = format!("sqlite://{}/nested/story.db", folder.path().display());
    let storage = SqliteStorage::connect(&url, 4).await.expect("connect");
    storage.migrate().await.expect("migrate");
    Some(FreshSqlite {
        storage,
        _folder: folder,
    })
}

#[async_trait]
impl StoryBackend for FreshSqlite {
    fn storage(&self) -> &dyn Storage {
        &self.storage
    }

    async fn dispose(self) {
        self.storage.close().await;
    }
}

storage::story_tests!(fresh);

#[tokio::test]
async fn durability_settings_are_in_force() {
    let backend = fresh().await.unwrap();
    let settings = backend.storage.settings().await.unwrap();
    assert_eq!(settings.journal_mode, "wal");
    assert_eq!(settings.synchronous, 2, "synchronous=FULL");
    assert!(settings.foreign_keys);
    assert_eq!(settings.busy_timeout_ms, 10_000);
    backend.dispose().await;
}

#[tokio::test]
async fn migrating_twice_is_harmless() {
    let backend = fresh().await.unwrap();
    backend
        .storage
        .migrate()
        .await
        .expect("second migration run is a no-op");
    backend.dispose().await;
}
