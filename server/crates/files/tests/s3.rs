//! The S3 store against an S3 server (moto's mock; see `testing::MockS3` for why).

use files::testing::MockS3;
use files::{Credentials, S3Location, S3Store};
use services::uploads::FileStore;

fn location(endpoint: String, bucket: &str) -> S3Location {
    S3Location {
        endpoint,
        bucket: bucket.into(),
        credentials: Credentials {
            access_key: "kreisportal-test".into(),
            secret_key: "not-a-real-secret".into(),
            region: "us-east-1".into(),
        },
    }
}

#[tokio::test]
async fn files_are_put_read_and_deleted_and_keys_cannot_escape() {
    let Some(s3) = MockS3::start() else { return };
    let staging = tempfile::tempdir().unwrap();
    let store = S3Store::new(
        location(s3.endpoint(), "uploads"),
        staging.path().to_owned(),
    )
    .unwrap();
    assert!(
        store.check().await.is_err(),
        "the bucket does not exist yet"
    );
    store.create_bucket().await.unwrap();
    store.check().await.unwrap();
    assert_eq!(store.staging_folder(), staging.path());

    let content: Vec<u8> = b"%PDF-1.7\n"
        .iter()
        .copied()
        .chain((0..300_000).map(|i| (i % 251) as u8))
        .collect();
    let received = staging.path().join("received");
    std::fs::write(&received, &content).unwrap();
    store
        .keep("drafts/KP7QM2XR9HTW4BZEJN6C/a1b2c3", &received)
        .await
        .unwrap();
    assert!(
        !received.exists(),
        "the staged copy is gone once the object is stored"
    );
    assert_eq!(
        store
            .read("drafts/KP7QM2XR9HTW4BZEJN6C/a1b2c3")
            .await
            .unwrap(),
        content
    );

    store
        .delete("drafts/KP7QM2XR9HTW4BZEJN6C/a1b2c3")
        .await
        .unwrap();
    assert!(
        store
            .read("drafts/KP7QM2XR9HTW4BZEJN6C/a1b2c3")
            .await
            .is_err()
    );
    store
        .delete("drafts/KP7QM2XR9HTW4BZEJN6C/a1b2c3")
        .await
        .unwrap();

    for key in ["../other-bucket/x", "drafts//x", "drafts/x y", ""] {
        assert!(store.read(key).await.is_err(), "{key:?}");
    }
}

#[test]
fn an_endpoint_must_be_an_address() {
    let staging = std::env::temp_dir();
    for endpoint in ["s3.example", "https://", "https://host/path"] {
        assert!(
            S3Store::new(location(endpoint.into(), "b"), staging.clone()).is_err(),
            "{endpoint}"
        );
    }
}
