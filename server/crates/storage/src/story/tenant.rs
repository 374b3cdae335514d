use super::fixtures::tenant;
use crate::Storage;

pub async fn a_fresh_database_is_empty_and_answers(storage: &dyn Storage) {
    storage.ping().await.expect("ping");
    assert_eq!(storage.tenant_count().await.unwrap(), 0);
    assert_eq!(storage.tenant("kreis-story").await.unwrap(), None);
    let counts = storage.outbox_counts().await.unwrap();
    assert_eq!((counts.pending, counts.failed), (0, 0));
}

pub async fn a_tenant_round_trips_and_is_replaced_when_saved_again(storage: &dyn Storage) {
    let mut original = tenant("kreis-story");
    storage.save_tenant(&original).await.unwrap();
    assert_eq!(
        storage.tenant("kreis-story").await.unwrap().as_ref(),
        Some(&original)
    );

    original.towns.remove(1);
    original.units[0].email = domain::EmailAddress::parse("uwb@kreis-story.example").unwrap();
    original.representative = "Landrat Max Beispiel".into();
    storage.save_tenant(&original).await.unwrap();
    assert_eq!(
        storage.tenant("kreis-story").await.unwrap().as_ref(),
        Some(&original)
    );

    storage.save_tenant(&tenant("kreis-zwei")).await.unwrap();
    assert_eq!(storage.tenant_count().await.unwrap(), 2);
    assert_eq!(
        storage
            .tenant("kreis-story")
            .await
            .unwrap()
            .unwrap()
            .towns
            .len(),
        1
    );
}
