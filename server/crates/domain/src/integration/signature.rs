//! HMAC-SHA-256 (RFC 2104) and the signature webhooks carry, so the receiver can tell the
//! message came from the portal, unchanged, and recently.

use sha2::{Digest, Sha256};

const BLOCK: usize = 64;

/// HMAC-SHA-256 of `message` under `key`.
pub fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    let mut block = [0u8; BLOCK];
    if key.len() > BLOCK {
        block[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        block[..key.len()].copy_from_slice(key);
    }
    let pad = |byte: u8| block.map(|b| b ^ byte);
    let inner = Sha256::new()
        .chain_update(pad(0x36))
        .chain_update(message)
        .finalize();
    Sha256::new()
        .chain_update(pad(0x5c))
        .chain_update(inner)
        .finalize()
        .into()
}

/// The `Kreisportal-Signature` header of a webhook sent at `timestamp` (Unix seconds):
/// `t=<timestamp>,v1=<hex HMAC-SHA-256 of "<timestamp>.<body>">`. The receiver recomputes it
/// with its secret and refuses old timestamps, so a captured message cannot be replayed later.
pub fn webhook_signature(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let mut message = format!("{timestamp}.").into_bytes();
    message.extend_from_slice(body);
    let mac: String = hmac_sha256(secret.as_bytes(), &message)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("t={timestamp},v1={mac}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn rfc_4231_test_vectors() {
        // Test case 1.
        assert_eq!(
            hex(&hmac_sha256(&[0x0b; 20], b"Hi There")),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
        );
        // Test case 2: a key shorter than the block.
        assert_eq!(
            hex(&hmac_sha256(b"Jefe", b"what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        // Test case 6: a key longer than the block is hashed first.
        assert_eq!(
            hex(&hmac_sha256(
                &[0xaa; 131],
                b"Test Using Larger Than Block-Size Key - Hash Key First"
            )),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        );
    }

    #[test]
    fn the_signature_covers_time_and_body() {
        let signed = webhook_signature("geheim", 1_800_000_000, b"{}");
        assert!(signed.starts_with("t=1800000000,v1="));
        assert_eq!(signed.len(), "t=1800000000,v1=".len() + 64);
        assert_ne!(signed, webhook_signature("geheim", 1_800_000_001, b"{}"));
        assert_ne!(signed, webhook_signature("geheim", 1_800_000_000, b"{ }"));
        assert_ne!(signed, webhook_signature("anders", 1_800_000_000, b"{}"));
    }
}
