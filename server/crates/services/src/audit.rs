//! Checking the audit trail (`server audit verify`): every entry against the one before it and
//! the last against the recorded head, read in pages so a trail of millions of entries needs
//! little memory.

use domain::audit::{ChainBreak, ChainVerifier};
use storage::StorageError;

use crate::Portal;

/// Entries read per page.
const PAGE: u32 = 1_000;

/// Checks the whole trail; `progress` hears how many entries are checked after each page.
/// `Ok(Ok(count))` for an intact trail, `Ok(Err(break))` for the first place it breaks.
pub async fn verify_trail(
    portal: &Portal,
    mut progress: impl FnMut(u64),
) -> Result<Result<u64, ChainBreak>, StorageError> {
    // The head first: entries appended while the check runs lie beyond it and are not judged.
    let head = portal.storage.audit_head().await?;
    let mut verifier = ChainVerifier::default();
    loop {
        let page = portal
            .storage
            .audit_events(verifier.checked(), PAGE)
            .await?;
        let Some(last) = page.last().map(|entry| entry.sequence) else {
            break;
        };
        for entry in page.iter().take_while(|entry| entry.sequence <= head) {
            if let Err(broken) = verifier.check(entry) {
                return Ok(Err(broken));
            }
        }
        progress(verifier.checked());
        if last >= head || u64::try_from(page.len()).unwrap_or(u64::MAX) < u64::from(PAGE) {
            break;
        }
    }
    Ok(verifier.finish(head))
}
