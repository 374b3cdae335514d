use std::collections::BTreeSet;

use time::Duration;

use super::fixtures::moment;
use crate::{NewJob, Storage, StorageError};

fn job(key: &str, run_at: i64) -> NewJob {
    NewJob {
        kind: "story".into(),
        payload: serde_json::json!({ "key": key, "umlaut": "Größe" }),
        idempotency_key: key.into(),
        run_at: moment(run_at),
    }
}

const T0: i64 = 1_800_000_000;

pub async fn jobs_are_claimed_when_due_and_held_under_a_lease(storage: &dyn Storage) {
    storage
        .enqueue_jobs(&[job("later", T0 + 60), job("first", T0)])
        .await
        .unwrap();
    let now = moment(T0);
    let lease = now + Duration::seconds(30);

    let claimed = storage
        .claim_next_job(now, lease, "worker-a")
        .await
        .unwrap()
        .expect("due job");
    assert_eq!(claimed.idempotency_key, "first");
    assert_eq!(claimed.payload["umlaut"], "Größe");
    assert_eq!(claimed.attempts, 1);
    assert_eq!(claimed.lease_token, "worker-a");

    let none = storage
        .claim_next_job(now, lease, "worker-b")
        .await
        .unwrap();
    assert_eq!(
        none, None,
        "the first job is leased and the second not yet due"
    );

    let after_lease = moment(T0 + 31);
    let reclaimed = storage
        .claim_next_job(after_lease, after_lease + Duration::seconds(30), "worker-b")
        .await
        .unwrap()
        .expect("an expired lease frees the job");
    assert_eq!(reclaimed.id, claimed.id);
    assert_eq!(reclaimed.attempts, 2);

    storage.complete_job(&reclaimed, after_lease).await.unwrap();
    let counts = storage.outbox_counts().await.unwrap();
    assert_eq!((counts.pending, counts.failed), (1, 0));

    let later = moment(T0 + 61);
    let second = storage
        .claim_next_job(later, later + Duration::seconds(30), "w")
        .await
        .unwrap();
    assert_eq!(second.expect("now due").idempotency_key, "later");
}

pub async fn a_job_whose_lease_was_lost_cannot_be_completed_by_the_old_worker(
    storage: &dyn Storage,
) {
    storage.enqueue_jobs(&[job("contested", T0)]).await.unwrap();
    let now = moment(T0);
    let old = storage
        .claim_next_job(now, now + Duration::seconds(5), "old")
        .await
        .unwrap()
        .unwrap();
    let later = moment(T0 + 10);
    let new = storage
        .claim_next_job(later, later + Duration::seconds(5), "new")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(old.id, new.id);

    let stale = storage.complete_job(&old, later).await;
    assert!(matches!(stale, Err(StorageError::Conflict(_))), "{stale:?}");
    let stale_retry = storage.retry_job_at(&old, later, "stale").await;
    assert!(
        matches!(stale_retry, Err(StorageError::Conflict(_))),
        "{stale_retry:?}"
    );
    storage.complete_job(&new, later).await.unwrap();
    assert_eq!(storage.outbox_counts().await.unwrap().pending, 0);
}

pub async fn retried_jobs_wait_and_failed_jobs_stop(storage: &dyn Storage) {
    storage
        .enqueue_jobs(&[job("flaky", T0), job("doomed", T0 + 1)])
        .await
        .unwrap();
    let now = moment(T0 + 1);
    let lease = now + Duration::seconds(30);

    let flaky = storage
        .claim_next_job(now, lease, "w")
        .await
        .unwrap()
        .unwrap();
    storage
        .retry_job_at(&flaky, moment(T0 + 100), "SMTP 421 try later")
        .await
        .unwrap();
    let doomed = storage
        .claim_next_job(now, lease, "w")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        doomed.idempotency_key, "doomed",
        "the retried job waits for its time"
    );
    storage
        .fail_job(&doomed, now, "SMTP 550 no such mailbox")
        .await
        .unwrap();

    assert_eq!(
        storage
            .claim_next_job(moment(T0 + 99), lease, "w")
            .await
            .unwrap(),
        None
    );
    let again = storage
        .claim_next_job(moment(T0 + 100), moment(T0 + 130), "w")
        .await
        .unwrap();
    let again = again.expect("due after the retry time");
    assert_eq!(
        (again.idempotency_key.as_str(), again.attempts),
        ("flaky", 2)
    );
    storage
        .complete_job(&again, moment(T0 + 100))
        .await
        .unwrap();

    let counts = storage.outbox_counts().await.unwrap();
    assert_eq!((counts.pending, counts.failed), (0, 1));
    let far = moment(T0 + 100_000);
    assert_eq!(
        storage.claim_next_job(far, far, "w").await.unwrap(),
        None,
        "failed jobs stay put"
    );
}

pub async fn enqueuing_the_same_job_twice_keeps_one(storage: &dyn Storage) {
    storage.enqueue_jobs(&[job("once", T0)]).await.unwrap();
    storage
        .enqueue_jobs(&[job("once", T0), job("twice", T0)])
        .await
        .unwrap();
    assert_eq!(storage.outbox_counts().await.unwrap().pending, 2);
}

pub async fn concurrent_workers_never_claim_the_same_job(storage: &dyn Storage) {
    let jobs: Vec<NewJob> = (0..12).map(|i| job(&format!("job-{i:02}"), T0)).collect();
    storage.enqueue_jobs(&jobs).await.unwrap();
    let now = moment(T0);
    let lease = now + Duration::seconds(60);
    let tokens: Vec<String> = (0..16).map(|i| format!("worker-{i}")).collect();
    let claims = futures_util::future::join_all(
        tokens
            .iter()
            .map(|token| storage.claim_next_job(now, lease, token)),
    )
    .await;

    let claimed: Vec<_> = claims.into_iter().filter_map(|c| c.unwrap()).collect();
    let distinct: BTreeSet<_> = claimed.iter().map(|job| job.id.0).collect();
    assert_eq!(
        claimed.len(),
        12,
        "every job is claimed once, four workers get none"
    );
    assert_eq!(distinct.len(), 12, "no job is handed out twice");
}
