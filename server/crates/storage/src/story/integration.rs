use domain::integration::{ApiClientId, ApiScope};

use super::application::{T0, prepare};
use super::case::audit;
use super::fixtures::moment;
use super::record::case_of;
use crate::{NewApiClient, Storage, StorageError, Webhook};

/// API clients are found by their token's hash until revoked; changes to cases enqueue the
/// events their webhooks are fanned out from.
pub async fn api_clients_open_by_token_until_revoked_and_cases_raise_events(storage: &dyn Storage) {
    prepare(storage).await;
    let units = vec!["69.2".to_owned(), "53".to_owned()];
    let webhook = Webhook {
        url: "https://wasser.kreis-story.example/hooks".into(),
        secret: "geheimnis".into(),
    };
    let new = |name, token_hash, webhook| NewApiClient {
        tenant_slug: "kreis-story",
        name,
        token_hash,
        scopes: &[ApiScope::CasesRead, ApiScope::CasesWrite],
        units: &units,
        webhook,
        created_at: moment(T0),
    };
    let water = storage
        .create_api_client(
            &new("Fachverfahren Wasser", "hash-1", Some(webhook.clone())),
            &audit("api-client.create"),
        )
        .await
        .unwrap();
    let quiet = storage
        .create_api_client(
            &new("Statistik", "hash-2", None),
            &audit("api-client.create"),
        )
        .await
        .unwrap();
    assert!(matches!(
        storage
            .create_api_client(
                &NewApiClient {
                    tenant_slug: "nowhere",
                    ..new("x", "hash-3", None)
                },
                &audit("api-client.create")
            )
            .await,
        Err(StorageError::NotFound)
    ));
    let found = storage
        .api_client_by_token("hash-1")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.id, water);
    assert_eq!(found.name, "Fachverfahren Wasser");
    assert_eq!(found.scopes, [ApiScope::CasesRead, ApiScope::CasesWrite]);
    assert_eq!(found.units, units, "in the order given");
    assert_eq!(found.webhook, Some(webhook));
    assert_eq!(found.created_at, moment(T0));
    assert_eq!(storage.api_client_by_token("hash-9").await.unwrap(), None);
    assert_eq!(
        storage.api_client(quiet).await.unwrap().unwrap().webhook,
        None
    );
    storage
        .revoke_api_client(water, &audit("api-client.revoke"), moment(T0 + 50))
        .await
        .unwrap();
    storage
        .revoke_api_client(water, &audit("api-client.revoke"), moment(T0 + 60))
        .await
        .unwrap();
    assert_eq!(storage.api_client_by_token("hash-1").await.unwrap(), None);
    assert_eq!(
        storage.api_client(water).await.unwrap().unwrap().revoked_at,
        Some(moment(T0 + 50)),
        "the first revocation counts"
    );
    assert!(matches!(
        storage
            .revoke_api_client(ApiClientId(9_999), &audit("api-client.revoke"), moment(T0))
            .await,
        Err(StorageError::NotFound)
    ));
    assert_eq!(
        storage
            .api_clients("kreis-story")
            .await
            .unwrap()
            .iter()
            .map(|client| client.id)
            .collect::<Vec<_>>(),
        [water, quiet]
    );

    let events = storage.pending_jobs_of_kind("case-event").await.unwrap();
    case_of(storage, 80, "53").await;
    assert_eq!(
        storage.pending_jobs_of_kind("case-event").await.unwrap(),
        events + 1,
        "a new case is an event"
    );
}
