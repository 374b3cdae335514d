//! A zip archive with stored (uncompressed) entries: what an xdomea package needs, and all
//! its documents (PDF, JPEG, PNG) are compressed already. Sizes stay below 4 GiB per entry and
//! archive (no Zip64); the package of one Akte is far smaller.

/// CRC-32 (IEEE 802.3), as the zip format checks every entry with.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

fn u16_of(value: usize) -> [u8; 2] {
    u16::try_from(value).unwrap_or(u16::MAX).to_le_bytes()
}

fn u32_of(value: usize) -> [u8; 4] {
    u32::try_from(value).unwrap_or(u32::MAX).to_le_bytes()
}

/// The archive of `entries` (name, content), in their order. Names are stored as UTF-8 (flag
/// bit 11) with a fixed time of 1980-01-01 00:00, so the same content gives the same bytes.
pub fn stored_zip(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    const UTF8_NAMES: [u8; 2] = 0x0800u16.to_le_bytes();
    const DOS_TIME: [u8; 2] = [0, 0];
    const DOS_DATE: [u8; 2] = ((1 << 5) | 1u16).to_le_bytes();
    let mut archive = Vec::new();
    let mut directory = Vec::new();
    for (name, content) in entries {
        let offset = archive.len();
        let crc = crc32(content).to_le_bytes();
        let common = |out: &mut Vec<u8>| {
            out.extend_from_slice(&20u16.to_le_bytes()); // version needed: 2.0
            out.extend_from_slice(&UTF8_NAMES);
            out.extend_from_slice(&0u16.to_le_bytes()); // method: stored
            out.extend_from_slice(&DOS_TIME);
            out.extend_from_slice(&DOS_DATE);
            out.extend_from_slice(&crc);
            out.extend_from_slice(&u32_of(content.len()));
            out.extend_from_slice(&u32_of(content.len()));
            out.extend_from_slice(&u16_of(name.len()));
            out.extend_from_slice(&0u16.to_le_bytes()); // extra field length
        };
        archive.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        common(&mut archive);
        archive.extend_from_slice(name.as_bytes());
        archive.extend_from_slice(content);

        directory.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        directory.extend_from_slice(&20u16.to_le_bytes()); // made by: 2.0
        common(&mut directory);
        directory.extend_from_slice(&0u16.to_le_bytes()); // comment length
        directory.extend_from_slice(&0u16.to_le_bytes()); // disk number
        directory.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
        directory.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        directory.extend_from_slice(&u32_of(offset));
        directory.extend_from_slice(name.as_bytes());
    }
    let directory_offset = archive.len();
    archive.extend_from_slice(&directory);
    archive.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    archive.extend_from_slice(&0u16.to_le_bytes()); // this disk
    archive.extend_from_slice(&0u16.to_le_bytes()); // disk with the directory
    archive.extend_from_slice(&u16_of(entries.len()));
    archive.extend_from_slice(&u16_of(entries.len()));
    archive.extend_from_slice(&u32_of(directory.len()));
    archive.extend_from_slice(&u32_of(directory_offset));
    archive.extend_from_slice(&0u16.to_le_bytes()); // comment length
    archive
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn python_reads_and_checks_the_archive() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("paket.zip");
        let entries = vec![
            ("nachricht.xml".to_owned(), b"<x/>".to_vec()),
            (
                "Bescheinigung Ärztin.pdf".to_owned(),
                b"%PDF-1.7 ...".to_vec(),
            ),
        ];
        std::fs::write(&path, stored_zip(&entries)).unwrap();
        let listing = std::process::Command::new("python3")
            .args(["-c", "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nfor i in z.infolist(): print(i.filename, z.read(i).decode('utf-8'))"])
            .arg(&path)
            .output()
            .expect("python3 runs");
        assert!(
            listing.status.success(),
            "{}",
            String::from_utf8_lossy(&listing.stderr)
        );
        assert_eq!(
            String::from_utf8(listing.stdout).unwrap(),
            "nachricht.xml <x/>\nBescheinigung Ärztin.pdf %PDF-1.7 ...\n"
        );
    }
}
