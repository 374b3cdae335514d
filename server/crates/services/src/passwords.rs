//! Password hashing with argon2id, for staff and for local citizen accounts. Hashing is slow on
//! purpose (about 19 MiB and two passes), so it runs on the blocking thread pool: the threads
//! that answer requests keep answering while a login is checked.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

use crate::random_bytes;

/// An argon2id hash of a password nobody has, checked when the account is unknown so the answer
/// takes as long as for a known one.
pub const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$a3JlaXNwb3J0YWxkdW1teQ$7ZJpZp0fTJm8YzDMC6T6c2rJ3jI4fG3nX9cM2oQ7Rbs";

#[derive(Debug, thiserror::Error)]
#[error("hashing a password failed: {0}")]
pub struct HashingError(String);

fn hash_now(password: &str) -> Result<String, HashingError> {
    let salt =
        SaltString::encode_b64(&random_bytes::<16>()).map_err(|e| HashingError(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| HashingError(e.to_string()))
}

fn matches_now(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// The argon2id hash (PHC string, with its own random salt) of `password`.
pub async fn hash(password: &str) -> Result<String, HashingError> {
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || hash_now(&password))
        .await
        .map_err(|e| HashingError(e.to_string()))?
}

/// Whether `password` fits `hash`; `false` for anything that is not a valid hash.
pub async fn matches(password: &str, hash: &str) -> bool {
    let (password, hash) = (password.to_owned(), hash.to_owned());
    tokio::task::spawn_blocking(move || matches_now(&password, &hash))
        .await
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn passwords_are_hashed_with_argon2id_and_verified() {
        let hash = hash("correct horse").await.unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert_ne!(hash, super::hash("correct horse").await.unwrap(), "salted");
        assert!(matches("correct horse", &hash).await);
        assert!(!matches("correct horsE", &hash).await);
        assert!(!matches("anything", "not a hash").await);
    }

    #[tokio::test]
    async fn the_dummy_hash_is_a_real_argon2id_hash_no_password_fits() {
        assert!(PasswordHash::new(DUMMY_HASH).is_ok());
        assert!(!matches("", DUMMY_HASH).await);
    }
}
