use domain::Locale;
use domain::account::{AccountId, PersonClaims};
use domain::audit::AuditEvent;
use domain::service::TrustLevel;
use time::Duration;

use super::application::{T0, prepare, submission, token_number, upload};
use super::case::audit;
use super::fixtures::moment;
use crate::{CitizenLogin, DeletedAccount, LoginFlow, NewDraft, NewSession, Storage, StorageError};

fn claims(given_name: &str) -> PersonClaims {
    PersonClaims {
        given_name: Some(given_name.into()),
        family_name: Some("Brinkhoff".into()),
        email: Some("selin.brinkhoff@example.org".into()),
        birth_date: Some("1996-04-02".into()),
        street: Some("Bahnhofstraße 12".into()),
        postcode: Some("59423".into()),
        city: Some("Unna".into()),
    }
}

async fn citizen(storage: &dyn Storage, subject: &str, given_name: &str, at: i64) -> AccountId {
    storage
        .upsert_citizen(&CitizenLogin {
            tenant_slug: "kreis-story",
            issuer: "https://id.kreis-story.example",
            subject,
            claims: &claims(given_name),
            at: moment(at),
        })
        .await
        .unwrap()
}

pub async fn a_citizen_is_found_again_by_issuer_and_subject(storage: &dyn Storage) {
    prepare(storage).await;
    let first = citizen(storage, "pseudonym-1", "Selin", T0).await;
    let again = citizen(storage, "pseudonym-1", "Selin Aylin", T0 + 60).await;
    assert_eq!(first, again, "the same person, the same account");
    let other = citizen(storage, "pseudonym-2", "Jonas", T0).await;
    assert_ne!(first, other);

    let account = storage.account(first).await.unwrap().expect("stored");
    assert_eq!(
        account.claims.given_name.as_deref(),
        Some("Selin Aylin"),
        "claims are refreshed"
    );
    assert_eq!(account.claims, claims("Selin Aylin"));
    assert_eq!(
        (account.created_at, account.last_login_at),
        (moment(T0), moment(T0 + 60))
    );
    assert_eq!(storage.account(AccountId(999_999)).await.unwrap(), None);

    let unknown = storage
        .upsert_citizen(&CitizenLogin {
            tenant_slug: "no-such-tenant",
            issuer: "https://id.kreis-story.example",
            subject: "pseudonym-1",
            claims: &claims("Selin"),
            at: moment(T0),
        })
        .await;
    assert!(matches!(unknown, Err(StorageError::NotFound)));
}

pub async fn sessions_end_at_their_absolute_or_idle_time_or_on_request(storage: &dyn Storage) {
    prepare(storage).await;
    let selin = citizen(storage, "pseudonym-1", "Selin", T0).await;
    let session = |id_hash: &'static str, created: i64| NewSession {
        id_hash,
        account: selin,
        trust_level: TrustLevel::Substantiell,
        label: "Firefox, Linux",
        created_at: moment(created),
        expires_at: moment(created) + Duration::hours(2),
        idle: Duration::minutes(30),
    };
    storage
        .create_session(&session("hash-a", T0))
        .await
        .unwrap();
    storage
        .create_session(&session("hash-b", T0 + 10))
        .await
        .unwrap();
    let stored = storage.session("hash-a").await.unwrap().expect("stored");
    assert_eq!(stored.trust_level, TrustLevel::Substantiell);
    assert_eq!(
        (stored.label.as_str(), stored.idle),
        ("Firefox, Linux", Duration::minutes(30))
    );
    assert!(stored.is_live(moment(T0 + 29 * 60)));
    assert!(!stored.is_live(moment(T0 + 31 * 60)), "idle for too long");

    storage
        .touch_session("hash-a", moment(T0 + 25 * 60))
        .await
        .unwrap();
    storage
        .touch_session("hash-a", moment(T0 + 5 * 60))
        .await
        .unwrap();
    let touched = storage.session("hash-a").await.unwrap().unwrap();
    assert_eq!(
        touched.last_seen_at,
        moment(T0 + 25 * 60),
        "a late request never moves it back"
    );
    assert!(touched.is_live(moment(T0 + 50 * 60)));
    assert!(
        !touched.is_live(moment(T0 + 2 * 3600 + 1)),
        "past its absolute end"
    );

    let live = storage
        .sessions_of(selin, moment(T0 + 50 * 60))
        .await
        .unwrap();
    assert_eq!(
        live.iter().map(|s| s.id_hash.as_str()).collect::<Vec<_>>(),
        ["hash-a"],
        "b idled out"
    );
    assert_eq!(
        storage
            .delete_expired_sessions(moment(T0 + 50 * 60), moment(T0))
            .await
            .unwrap(),
        1
    );
    assert!(storage.session("hash-b").await.unwrap().is_none());

    storage.end_session("hash-a").await.unwrap();
    assert!(storage.session("hash-a").await.unwrap().is_none());
    storage
        .create_session(&session("hash-c", T0))
        .await
        .unwrap();
    storage
        .create_session(&session("hash-d", T0))
        .await
        .unwrap();
    assert_eq!(
        storage.end_sessions_of(selin).await.unwrap(),
        2,
        "logout everywhere"
    );
    let duplicate = storage.create_session(&session("hash-c", T0)).await;
    assert!(duplicate.is_ok(), "the id is free again after the logout");
    let again = storage.create_session(&session("hash-c", T0)).await;
    assert!(
        matches!(again, Err(StorageError::Conflict(_))),
        "ids are unique"
    );
}

pub async fn a_login_in_progress_can_be_taken_once(storage: &dyn Storage) {
    prepare(storage).await;
    let flow = LoginFlow {
        state: "state-1".into(),
        pkce_verifier: "verifier".into(),
        nonce: "nonce".into(),
        return_to: "/leistungen/jagdschein-verlaengern".into(),
        trust_level: TrustLevel::Substantiell,
        created_at: moment(T0),
    };
    storage.begin_login(&flow).await.unwrap();
    assert_eq!(
        storage.take_login("state-1").await.unwrap(),
        Some(flow.clone())
    );
    assert_eq!(
        storage.take_login("state-1").await.unwrap(),
        None,
        "a replayed answer finds nothing"
    );
    assert_eq!(storage.take_login("state-unknown").await.unwrap(), None);

    storage
        .begin_login(&LoginFlow {
            state: "state-2".into(),
            ..flow
        })
        .await
        .unwrap();
    storage
        .delete_expired_sessions(moment(T0 + 3600), moment(T0 + 1))
        .await
        .unwrap();
    assert_eq!(
        storage.take_login("state-2").await.unwrap(),
        None,
        "stale logins are deleted"
    );
}

pub async fn an_accounts_applications_are_listed_with_their_submission(storage: &dyn Storage) {
    prepare(storage).await;
    let selin = citizen(storage, "pseudonym-1", "Selin", T0).await;
    let jonas = citizen(storage, "pseudonym-2", "Jonas", T0).await;
    for (n, account, at) in [
        (1, Some(selin), T0),
        (2, Some(selin), T0 + 100),
        (3, Some(jonas), T0),
        (4, None, T0),
    ] {
        storage
            .create_draft(NewDraft {
                token: &token_number(n),
                tenant_slug: "kreis-story",
                service_id: "hund",
                service_version: 1,
                locale: Locale::De,
                account,
                organisation: None,
                created_at: moment(at),
                expires_at: moment(at) + Duration::days(30),
            })
            .await
            .unwrap();
    }
    assert_eq!(
        storage
            .draft(&token_number(1))
            .await
            .unwrap()
            .unwrap()
            .account,
        Some(selin)
    );
    assert_eq!(
        storage
            .draft(&token_number(4))
            .await
            .unwrap()
            .unwrap()
            .account,
        None
    );
    let reference = storage
        .submit_draft(submission(&token_number(1), T0 + 200), &[])
        .await
        .unwrap()
        .into_inner();

    let listed = storage.applications_of(selin).await.unwrap();
    assert_eq!(
        listed.len(),
        2,
        "only Selin's, not Jonas' nor the anonymous one"
    );
    assert_eq!(
        listed[0].token,
        token_number(1),
        "last changed first (the submit changed it)"
    );
    let (shown, _, submitted_at) = listed[0].submission.clone().expect("submitted");
    assert_eq!((shown, submitted_at), (reference, moment(T0 + 200)));
    assert_eq!(listed[1].token, token_number(2));
    assert!(listed[1].submission.is_none());
}

pub async fn deleting_an_account_removes_its_drafts_and_sessions_and_keeps_submissions(
    storage: &dyn Storage,
) {
    prepare(storage).await;
    let selin = citizen(storage, "pseudonym-1", "Selin", T0).await;
    let jonas = citizen(storage, "pseudonym-2", "Jonas", T0).await;
    for (n, account) in [(1, selin), (2, selin), (3, jonas)] {
        storage
            .create_draft(NewDraft {
                token: &token_number(n),
                tenant_slug: "kreis-story",
                service_id: "hund",
                service_version: 1,
                locale: Locale::De,
                account: Some(account),
                organisation: None,
                created_at: moment(T0),
                expires_at: moment(T0) + Duration::days(30),
            })
            .await
            .unwrap();
    }
    storage
        .add_upload(&upload("u-open", &token_number(2)))
        .await
        .unwrap();
    let reference = storage
        .submit_draft(submission(&token_number(1), T0 + 10), &[])
        .await
        .unwrap()
        .into_inner();
    storage
        .create_session(&NewSession {
            id_hash: "hash-selin",
            account: selin,
            trust_level: TrustLevel::Basis,
            label: "Firefox, Linux",
            created_at: moment(T0),
            expires_at: moment(T0) + Duration::hours(12),
            idle: Duration::hours(1),
        })
        .await
        .unwrap();
    let head = storage.audit_head().await.unwrap();

    let audit = AuditEvent {
        actor: format!("citizen:{selin}"),
        action: "account.delete".into(),
        object: format!("account:{selin}"),
        purpose: "Art. 17 DSGVO".into(),
        outcome: "success".into(),
    };
    let deleted = storage
        .delete_account(selin, &audit, moment(T0 + 20))
        .await
        .unwrap();
    assert_eq!(
        deleted,
        DeletedAccount {
            drafts: 1,
            upload_keys: vec!["drafts/u-open".into()],
            submissions_kept: 1,
        }
    );
    assert!(storage.account(selin).await.unwrap().is_none());
    assert!(storage.session("hash-selin").await.unwrap().is_none());
    assert!(storage.draft(&token_number(2)).await.unwrap().is_none());
    assert!(storage.upload("u-open").await.unwrap().is_none());
    let kept = storage.submission(&reference).await.unwrap();
    assert!(kept.is_some(), "the authority keeps the submission");
    assert_eq!(
        storage
            .draft(&token_number(1))
            .await
            .unwrap()
            .unwrap()
            .account,
        None,
        "no longer linked to the deleted account"
    );
    assert_eq!(
        storage
            .draft(&token_number(3))
            .await
            .unwrap()
            .unwrap()
            .account,
        Some(jonas),
        "other accounts are untouched"
    );
    assert_eq!(storage.audit_head().await.unwrap(), head + 1);
    assert!(matches!(
        storage.delete_account(selin, &audit, moment(T0 + 30)).await,
        Err(StorageError::NotFound)
    ));
}

/// Consent to digital delivery: given once (a second giving keeps the first time), withdrawn,
/// given again; each change audited.
pub async fn consent_to_digital_delivery_is_given_kept_and_withdrawn(storage: &dyn Storage) {
    prepare(storage).await;
    let selin = citizen(storage, "pseudonym-consent", "Selin", T0).await;
    let consent = |given, at| async move {
        storage
            .set_digital_delivery(selin, given, &audit("account.digital-delivery"), moment(at))
            .await
    };
    let since = || async {
        storage
            .account(selin)
            .await
            .unwrap()
            .unwrap()
            .digital_delivery_since
    };
    assert_eq!(since().await, None, "paper until the holder agrees");
    let head = storage.audit_head().await.unwrap();
    consent(true, T0 + 10).await.unwrap();
    consent(true, T0 + 20).await.unwrap();
    assert_eq!(
        since().await,
        Some(moment(T0 + 10)),
        "the first consent stands"
    );
    consent(false, T0 + 30).await.unwrap();
    assert_eq!(since().await, None);
    consent(true, T0 + 40).await.unwrap();
    assert_eq!(since().await, Some(moment(T0 + 40)));
    assert_eq!(storage.audit_head().await.unwrap(), head + 4);
    assert!(matches!(
        storage
            .set_digital_delivery(
                AccountId(9_999),
                true,
                &audit("account.digital-delivery"),
                moment(T0)
            )
            .await,
        Err(StorageError::NotFound)
    ));
}
