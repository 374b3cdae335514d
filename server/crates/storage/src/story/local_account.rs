use domain::account::local::{LOCAL_ISSUER, LinkPurpose, LoginEmail};
use domain::service::TrustLevel;
use time::Duration;

use super::application::{T0, prepare};
use super::fixtures::moment;
use crate::{LocalRegistration, NewJob, NewSession, ResetRequest, Storage, StorageError};

fn mail_job(link: &str) -> NewJob {
    NewJob {
        kind: "local-account-mail".into(),
        payload: serde_json::json!({ "token": link }),
        idempotency_key: format!("local-account-mail:{link}"),
        run_at: moment(T0),
    }
}

async fn register(
    storage: &dyn Storage,
    email: &LoginEmail,
    password_hash: &str,
    link: &str,
    at: i64,
) -> LinkPurpose {
    storage
        .register_local(
            &LocalRegistration {
                tenant_slug: "kreis-story",
                email,
                password_hash,
                subject: &format!("subject-{link}"),
                link_hash: link,
                at: moment(at),
                link_expires_at: moment(at) + Duration::days(2),
            },
            &mail_job(link),
        )
        .await
        .unwrap()
}

pub async fn local_accounts_are_confirmed_by_their_link_and_reset_once(storage: &dyn Storage) {
    prepare(storage).await;
    let email = LoginEmail::parse("erika.sommer@example.org").unwrap();
    let purpose = register(storage, &email, "hash-1", "link-verify-1", T0).await;
    assert_eq!(purpose, LinkPurpose::Verify);
    let login = storage
        .local_login("kreis-story", &email)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(login.password_hash, "hash-1");
    assert_eq!(login.verified_at, None);
    let account = storage.account(login.account).await.unwrap().unwrap();
    assert_eq!(account.issuer, LOCAL_ISSUER);
    assert_eq!(
        account.claims.email.as_deref(),
        Some("erika.sommer@example.org")
    );
    assert_eq!(storage.outbox_counts().await.unwrap().pending, 1);

    // Registering the unconfirmed address again: the newest password, only the newest link.
    let purpose = register(storage, &email, "hash-2", "link-verify-2", T0 + 60).await;
    assert_eq!(purpose, LinkPurpose::Verify);
    let now = moment(T0 + 120);
    assert_eq!(
        storage.account_link("link-verify-1", now).await.unwrap(),
        None
    );
    let link = storage
        .account_link("link-verify-2", now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(link.purpose, LinkPurpose::Verify);
    assert_eq!(link.account, login.account);
    // Only a confirmation link confirms, only once, and not after it expired.
    assert!(matches!(
        storage
            .set_local_password("link-verify-2", "hash-x", now)
            .await,
        Err(StorageError::NotFound)
    ));
    assert!(matches!(
        storage
            .confirm_local("link-verify-2", moment(T0 + 60) + Duration::days(3))
            .await,
        Err(StorageError::NotFound)
    ));
    assert_eq!(
        storage.confirm_local("link-verify-2", now).await.unwrap(),
        login.account
    );
    assert!(matches!(
        storage.confirm_local("link-verify-2", now).await,
        Err(StorageError::NotFound)
    ));
    let confirmed = storage
        .local_login("kreis-story", &email)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(confirmed.verified_at, Some(now));
    assert_eq!(confirmed.password_hash, "hash-2");

    // A confirmed address registered again keeps its password and gets a link to set one.
    let purpose = register(storage, &email, "hash-intruder", "link-again", T0 + 180).await;
    assert_eq!(purpose, LinkPurpose::RegisteredAgain);
    assert_eq!(
        storage
            .local_login("kreis-story", &email)
            .await
            .unwrap()
            .unwrap()
            .password_hash,
        "hash-2"
    );

    // A reset: unknown addresses store nothing; the link sets the password once and ends
    // every session and every other link.
    let unknown = LoginEmail::parse("niemand@example.org").unwrap();
    let reset = |email, link| ResetRequest {
        tenant_slug: "kreis-story",
        email,
        link_hash: link,
        at: moment(T0 + 200),
        link_expires_at: moment(T0 + 200) + Duration::hours(1),
    };
    assert!(
        !storage
            .request_password_reset(&reset(&unknown, "link-nobody"), &mail_job("link-nobody"))
            .await
            .unwrap()
    );
    assert!(
        storage
            .request_password_reset(&reset(&email, "link-reset"), &mail_job("link-reset"))
            .await
            .unwrap()
    );
    storage
        .create_session(&NewSession {
            id_hash: "hash-erika",
            account: login.account,
            trust_level: TrustLevel::Basis,
            label: "Firefox, Linux",
            created_at: moment(T0 + 200),
            expires_at: moment(T0 + 200) + Duration::hours(12),
            idle: Duration::hours(1),
        })
        .await
        .unwrap();
    let later = moment(T0 + 300);
    assert_eq!(
        storage
            .set_local_password("link-reset", "hash-3", later)
            .await
            .unwrap(),
        login.account
    );
    assert!(storage.session("hash-erika").await.unwrap().is_none());
    assert_eq!(
        storage.account_link("link-again", later).await.unwrap(),
        None
    );
    assert!(matches!(
        storage
            .set_local_password("link-reset", "hash-4", later)
            .await,
        Err(StorageError::NotFound)
    ));
    assert_eq!(
        storage
            .local_login("kreis-story", &email)
            .await
            .unwrap()
            .unwrap()
            .password_hash,
        "hash-3"
    );
    assert_eq!(storage.outbox_counts().await.unwrap().pending, 4);
}

pub async fn unconfirmed_local_accounts_and_dead_links_are_swept(storage: &dyn Storage) {
    prepare(storage).await;
    let old = LoginEmail::parse("alt@example.org").unwrap();
    let new = LoginEmail::parse("neu@example.org").unwrap();
    let done = LoginEmail::parse("fertig@example.org").unwrap();
    register(storage, &old, "hash", "link-old", T0).await;
    register(storage, &new, "hash", "link-new", T0 + 86_400 * 6).await;
    register(storage, &done, "hash", "link-done", T0).await;
    storage
        .confirm_local("link-done", moment(T0 + 60))
        .await
        .unwrap();
    let now = moment(T0 + 86_400 * 7);
    let deleted = storage
        .delete_stale_local_registrations(now, now - Duration::days(3))
        .await
        .unwrap();
    assert_eq!(deleted, 1);
    assert!(
        storage
            .local_login("kreis-story", &old)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        storage
            .local_login("kreis-story", &new)
            .await
            .unwrap()
            .is_some()
    );
    assert!(
        storage
            .local_login("kreis-story", &done)
            .await
            .unwrap()
            .is_some()
    );
    // The address can be registered afresh.
    assert_eq!(
        register(storage, &old, "hash", "link-old-2", T0 + 86_400 * 7).await,
        LinkPurpose::Verify
    );
    assert!(matches!(
        storage
            .register_local(
                &LocalRegistration {
                    tenant_slug: "unbekannt",
                    email: &old,
                    password_hash: "hash",
                    subject: "s",
                    link_hash: "link-x",
                    at: now,
                    link_expires_at: now,
                },
                &mail_job("link-x"),
            )
            .await,
        Err(StorageError::NotFound)
    ));
}
