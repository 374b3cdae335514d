//! Session ids and how long sessions last.

use time::Duration;

use crate::secret_token;

/// A session's id: 128 random bits, hex. The cookie carries it; storage keeps only its hash,
/// so a copy of the database opens no session.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionId(String);

impl SessionId {
    pub fn from_random_bytes(bytes: &[u8; 16]) -> SessionId {
        SessionId(secret_token::from_random_bytes(bytes))
    }

    /// Reads an id from a cookie: exactly 32 lower-case hex digits, or nothing.
    pub fn parse(input: &str) -> Option<SessionId> {
        secret_token::is_well_formed(input).then(|| SessionId(input.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What storage keeps.
    pub fn hash(&self) -> String {
        secret_token::stored_hash("session", &self.0)
    }
}

impl std::fmt::Debug for SessionId {
    /// Never the id itself: it opens the session.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionId([redacted])")
    }
}

/// How long a session may last at all, and without a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionTimeouts {
    pub absolute: Duration,
    pub idle: Duration,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_back_and_only_their_hash_is_shown() {
        let id = SessionId::from_random_bytes(&[0xab; 16]);
        assert_eq!(id.as_str().len(), 32);
        assert_eq!(SessionId::parse(id.as_str()), Some(id.clone()));
        assert_ne!(id.hash(), id.as_str());
        assert_eq!(format!("{id:?}"), "SessionId([redacted])");
        for bad in [
            "",
            "ABABABABABABABABABABABABABABABAB",
            "abab",
            &"g".repeat(32),
            &"a".repeat(33),
        ] {
            assert!(SessionId::parse(bad).is_none(), "{bad}");
        }
    }
}
