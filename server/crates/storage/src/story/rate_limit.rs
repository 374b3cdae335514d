use super::fixtures::moment;
use crate::Storage;

pub async fn rate_windows_count_per_key_and_window_even_when_concurrent(storage: &dyn Storage) {
    let window = moment(1_000);
    assert_eq!(storage.count_hit("login:a", window).await.unwrap(), 1);
    assert_eq!(storage.count_hit("login:a", window).await.unwrap(), 2);
    assert_eq!(
        storage.count_hit("login:b", window).await.unwrap(),
        1,
        "per key"
    );
    let next = moment(1_300);
    assert_eq!(
        storage.count_hit("login:a", next).await.unwrap(),
        1,
        "per window"
    );

    let hits =
        futures_util::future::join_all((0..20).map(|_| storage.count_hit("link:c", window))).await;
    let mut counts: Vec<u32> = hits.into_iter().map(Result::unwrap).collect();
    counts.sort_unstable();
    assert_eq!(
        counts,
        (1..=20).collect::<Vec<_>>(),
        "each request counted once"
    );

    assert_eq!(storage.delete_rate_windows_before(next).await.unwrap(), 3);
    assert_eq!(
        storage.count_hit("login:a", window).await.unwrap(),
        1,
        "forgotten"
    );
}
