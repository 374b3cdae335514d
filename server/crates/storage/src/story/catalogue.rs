use super::fixtures::{moment, tenant};
use crate::{ImportOutcome, NewServiceVersion, Storage, StorageError};

fn version<'a>(
    id: &'a str,
    version: u32,
    source: &'a str,
    sha256: &'a str,
) -> NewServiceVersion<'a> {
    NewServiceVersion {
        tenant_slug: "kreis-story",
        service_id: id,
        version,
        source,
        sha256,
        imported_at: moment(1_800_000_000),
    }
}

pub async fn service_versions_are_kept_and_the_highest_is_current(storage: &dyn Storage) {
    storage.save_tenant(&tenant("kreis-story")).await.unwrap();
    let v1 = r#"{"id":"hund","version":1,"title":"Größe"}"#;
    let v2 = r#"{"id":"hund","version":2}"#;
    assert_eq!(
        storage
            .import_service_version(version("hund", 1, v1, "aa"))
            .await
            .unwrap(),
        ImportOutcome::Stored
    );
    assert_eq!(
        storage
            .import_service_version(version("hund", 1, v1, "aa"))
            .await
            .unwrap(),
        ImportOutcome::Unchanged
    );
    assert_eq!(
        storage
            .import_service_version(version("hund", 1, "{}", "bb"))
            .await
            .unwrap(),
        ImportOutcome::Conflict {
            stored_sha256: "aa".into()
        }
    );
    assert_eq!(
        storage
            .import_service_version(version("hund", 2, v2, "cc"))
            .await
            .unwrap(),
        ImportOutcome::Stored
    );
    storage
        .import_service_version(version("jagd", 1, "{}", "dd"))
        .await
        .unwrap();

    let current = storage
        .current_service_versions("kreis-story")
        .await
        .unwrap();
    let summary: Vec<(&str, u32)> = current
        .iter()
        .map(|v| (v.service_id.as_str(), v.version))
        .collect();
    assert_eq!(summary, [("hund", 2), ("jagd", 1)]);

    let old = storage
        .service_version("hund", 1)
        .await
        .unwrap()
        .expect("old versions are kept");
    assert_eq!(old.source, v1, "the source is kept byte for byte");
    assert_eq!(storage.service_version("hund", 3).await.unwrap(), None);

    assert_eq!(
        storage
            .import_service_version(version("hund", 1, v1, "aa"))
            .await
            .unwrap(),
        ImportOutcome::Unchanged
    );
    let still = storage
        .current_service_versions("kreis-story")
        .await
        .unwrap();
    assert_eq!(
        still[0].version, 2,
        "importing an older version does not make it current"
    );
}

pub async fn services_of_an_unknown_tenant_are_refused(storage: &dyn Storage) {
    let mut new = version("hund", 1, "{}", "aa");
    new.tenant_slug = "no-such-tenant";
    let result = storage.import_service_version(new).await;
    assert!(matches!(result, Err(StorageError::NotFound)), "{result:?}");
}
