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

pub async fn units_are_added_at_the_end_and_changed_in_place_with_an_audit_entry(
    storage: &dyn Storage,
) {
    let original = tenant("kreis-story");
    storage.save_tenant(&original).await.unwrap();
    let head = storage.audit_head().await.unwrap();
    let audit = domain::audit::AuditEvent {
        actor: "staff:1".into(),
        action: "unit.save".into(),
        object: "unit:70.1".into(),
        purpose: "Verwaltung der Organisationseinheiten".into(),
        outcome: "success".into(),
    };
    let at = super::fixtures::moment(1_800_000_000);
    let mut added = original.units[0].clone();
    added.code = "70.1".into();
    added.email = domain::EmailAddress::parse("abfall@kreis-story.example").unwrap();
    storage
        .save_unit("kreis-story", &added, &audit, at)
        .await
        .unwrap();
    let stored = storage.tenant("kreis-story").await.unwrap().unwrap();
    assert_eq!(stored.units.len(), original.units.len() + 1);
    assert_eq!(stored.units.last(), Some(&added), "a new unit comes last");

    let mut changed = original.units[0].clone();
    changed.email = domain::EmailAddress::parse("neu@kreis-story.example").unwrap();
    changed.section = None;
    storage
        .save_unit("kreis-story", &changed, &audit, at)
        .await
        .unwrap();
    let stored = storage.tenant("kreis-story").await.unwrap().unwrap();
    assert_eq!(stored.units[0], changed, "changed where it was");
    assert_eq!(stored.units.len(), original.units.len() + 1);
    assert_eq!(storage.audit_head().await.unwrap(), head + 2);
    assert!(matches!(
        storage.save_unit("unbekannt", &changed, &audit, at).await,
        Err(crate::StorageError::NotFound)
    ));
}
