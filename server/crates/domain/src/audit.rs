//! The audit trail: append-only and hash-chained. Each entry commits to the one before it, so
//! changing, deleting, reordering or cutting off entries breaks the chain at the first place
//! touched. Entries say who did what to which object, why and with what outcome; never secrets
//! and never the content of personal data (only which object was read or written).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

/// The hash the first entry chains to.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// An entry before it is chained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEvent {
    /// Who: `citizen:anonymous`, `staff:<id>`, `system:worker`, …
    pub actor: String,
    /// What, as a verb: `submission.create`, `document.read`, …
    pub action: String,
    /// Which object: `submission:KU-2026-000123`, …
    pub object: String,
    /// Why (the legal or practical purpose).
    pub purpose: String,
    /// `success`, `refused`, `failed`.
    pub outcome: String,
}

/// An entry as stored: numbered, timed, chained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainedAuditEvent {
    pub sequence: u64,
    pub at: OffsetDateTime,
    pub event: AuditEvent,
    pub previous_hash: String,
    pub hash: String,
}

/// The hash of an entry: SHA-256 over the previous hash and the entry's fields, each on its own
/// line (fields cannot contain line breaks: they are escaped first).
pub fn chain_hash(
    previous_hash: &str,
    sequence: u64,
    at: OffsetDateTime,
    event: &AuditEvent,
) -> String {
    let escape = |field: &str| field.replace('\\', "\\\\").replace('\n', "\\n");
    let text = [
        previous_hash.to_owned(),
        sequence.to_string(),
        (at.unix_timestamp_nanos() / 1_000).to_string(),
        escape(&event.actor),
        escape(&event.action),
        escape(&event.object),
        escape(&event.purpose),
        escape(&event.outcome),
    ]
    .join("\n");
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Where the chain breaks first, if it does.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChainBreak {
    /// The entry's hash does not match its content (it was changed).
    #[error("entry {sequence} was changed: its hash does not match its content")]
    Altered { sequence: u64 },
    /// The entry does not chain to the one before it (one was removed, inserted or moved).
    #[error("entry {sequence} does not chain to the entry before it")]
    Unlinked { sequence: u64 },
    /// Numbers are missing (entries were removed or reordered).
    #[error("entry {expected} is missing: entry {found} follows entry {}", expected - 1)]
    Gap { expected: u64, found: u64 },
    /// The chain is shorter than its recorded head says (entries were cut off at the end).
    #[error("the trail ends at entry {last}, but its head records entry {head}")]
    Truncated { head: u64, last: u64 },
}

/// Checks a chain entry by entry, so a long trail can be read in pages.
#[derive(Debug, Clone)]
pub struct ChainVerifier {
    previous: String,
    expected: u64,
}

impl Default for ChainVerifier {
    fn default() -> Self {
        ChainVerifier {
            previous: GENESIS.to_owned(),
            expected: 1,
        }
    }
}

impl ChainVerifier {
    /// Checks the next entry (in sequence order) against the ones before it.
    pub fn check(&mut self, entry: &ChainedAuditEvent) -> Result<(), ChainBreak> {
        if entry.sequence != self.expected {
            return Err(ChainBreak::Gap {
                expected: self.expected,
                found: entry.sequence,
            });
        }
        if entry.previous_hash != self.previous {
            return Err(ChainBreak::Unlinked {
                sequence: entry.sequence,
            });
        }
        if chain_hash(&entry.previous_hash, entry.sequence, entry.at, &entry.event) != entry.hash {
            return Err(ChainBreak::Altered {
                sequence: entry.sequence,
            });
        }
        self.previous = entry.hash.clone();
        self.expected += 1;
        Ok(())
    }

    /// How many entries were checked.
    pub fn checked(&self) -> u64 {
        self.expected - 1
    }

    /// Ends the check against the recorded head; returns the number of entries.
    pub fn finish(self, head_sequence: u64) -> Result<u64, ChainBreak> {
        let last = self.checked();
        if last != head_sequence {
            return Err(ChainBreak::Truncated {
                head: head_sequence,
                last,
            });
        }
        Ok(last)
    }
}

/// Checks entries in sequence order against each other and against the recorded head.
pub fn verify<'a>(
    entries: impl IntoIterator<Item = &'a ChainedAuditEvent>,
    head_sequence: u64,
) -> Result<u64, ChainBreak> {
    let mut verifier = ChainVerifier::default();
    for entry in entries {
        verifier.check(entry)?;
    }
    verifier.finish(head_sequence)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(count: u64) -> Vec<ChainedAuditEvent> {
        let mut previous = GENESIS.to_owned();
        (1..=count)
            .map(|sequence| {
                let at =
                    OffsetDateTime::from_unix_timestamp(1_800_000_000 + sequence as i64).unwrap();
                let event = AuditEvent {
                    actor: "citizen:anonymous".into(),
                    action: "submission.create".into(),
                    object: format!("submission:KU-2026-{sequence:06}"),
                    purpose: "Antrag".into(),
                    outcome: "success".into(),
                };
                let hash = chain_hash(&previous, sequence, at, &event);
                let entry = ChainedAuditEvent {
                    sequence,
                    at,
                    event,
                    previous_hash: previous.clone(),
                    hash: hash.clone(),
                };
                previous = hash;
                entry
            })
            .collect()
    }

    #[test]
    fn an_untouched_chain_verifies() {
        assert_eq!(verify(&chain(5), 5), Ok(5));
        assert_eq!(verify(&chain(0), 0), Ok(0));
    }

    #[test]
    fn every_kind_of_tampering_is_found_where_it_starts() {
        let mut changed = chain(5);
        changed[2].event.outcome = "refused".into();
        assert_eq!(
            verify(&changed, 5),
            Err(ChainBreak::Altered { sequence: 3 })
        );

        let mut deleted = chain(5);
        deleted.remove(1);
        assert_eq!(
            verify(&deleted, 5),
            Err(ChainBreak::Gap {
                expected: 2,
                found: 3
            })
        );

        let mut reordered = chain(5);
        reordered.swap(1, 2);
        assert_eq!(
            verify(&reordered, 5),
            Err(ChainBreak::Gap {
                expected: 2,
                found: 3
            })
        );

        let mut renumbered = chain(5);
        renumbered.remove(1);
        for (index, entry) in renumbered.iter_mut().enumerate() {
            entry.sequence = index as u64 + 1;
        }
        assert_eq!(
            verify(&renumbered, 4),
            Err(ChainBreak::Unlinked { sequence: 2 })
        );

        assert_eq!(
            verify(&chain(5)[..3], 5),
            Err(ChainBreak::Truncated { head: 5, last: 3 })
        );
    }

    #[test]
    fn line_breaks_in_fields_cannot_forge_other_fields() {
        let at = OffsetDateTime::UNIX_EPOCH;
        let a = AuditEvent {
            actor: "a\nb".into(),
            action: "c".into(),
            object: "o".into(),
            purpose: "p".into(),
            outcome: "s".into(),
        };
        let b = AuditEvent {
            actor: "a".into(),
            action: "b\nc".into(),
            object: "o".into(),
            purpose: "p".into(),
            outcome: "s".into(),
        };
        assert_ne!(
            chain_hash(GENESIS, 1, at, &a),
            chain_hash(GENESIS, 1, at, &b)
        );
    }
}
