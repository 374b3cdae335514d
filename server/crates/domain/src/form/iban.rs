//! IBAN check (ISO 13616): country code, length for the country, and the mod-97 checksum.

/// Lengths of the IBANs of the countries citizens of the portal most often bank in.
const LENGTHS: &[(&str, usize)] = &[
    ("AT", 20),
    ("BE", 16),
    ("BG", 22),
    ("CH", 21),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DK", 18),
    ("EE", 20),
    ("ES", 24),
    ("FI", 18),
    ("FR", 27),
    ("GB", 22),
    ("GR", 27),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IT", 27),
    ("LI", 21),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("MT", 31),
    ("NL", 18),
    ("NO", 15),
    ("PL", 28),
    ("PT", 25),
    ("RO", 24),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("TR", 26),
    ("UA", 29),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IbanError {
    /// Not letters and digits in the shape of an IBAN, or the wrong length for the country.
    Format,
    /// The shape is right but the check digits do not match: a typing error.
    Checksum,
}

/// The IBAN without spaces, in capitals, in groups of four for display.
pub fn normalise(input: &str) -> String {
    input
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase()
}

pub fn check(input: &str) -> Result<String, IbanError> {
    let iban = normalise(input);
    let bytes = iban.as_bytes();
    let shape_ok = bytes.len() >= 15
        && bytes.len() <= 34
        && bytes[..2].iter().all(u8::is_ascii_uppercase)
        && bytes[2..4].iter().all(u8::is_ascii_digit)
        && bytes[4..]
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    if !shape_ok {
        return Err(IbanError::Format);
    }
    if let Some((_, length)) = LENGTHS
        .iter()
        .find(|(country, _)| country.as_bytes() == &bytes[..2])
        && *length != bytes.len()
    {
        return Err(IbanError::Format);
    }
    let rearranged = bytes[4..].iter().chain(&bytes[..4]);
    let remainder = rearranged.fold(0_u32, |remainder, byte| {
        let value = if byte.is_ascii_digit() {
            u32::from(byte - b'0')
        } else {
            u32::from(byte - b'A') + 10
        };
        let shift = if value >= 10 { 100 } else { 10 };
        (remainder * shift + value) % 97
    });
    if remainder == 1 {
        Ok(iban)
    } else {
        Err(IbanError::Checksum)
    }
}

/// `DE89370400440532013000` → `DE89 3704 0044 0532 0130 00`
pub fn grouped(iban: &str) -> String {
    iban.as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_ibans_pass_with_any_spacing_and_case() {
        assert_eq!(
            check("DE89 3704 0044 0532 0130 00").unwrap(),
            "DE89370400440532013000"
        );
        assert!(check("de89370400440532013000").is_ok());
        assert!(check("GB82 WEST 1234 5698 7654 32").is_ok());
        assert!(check("NL91ABNA0417164300").is_ok());
    }

    #[test]
    fn typing_errors_fail_the_checksum_and_bad_shapes_the_format() {
        assert_eq!(
            check("DE89 3704 0044 0532 0130 01"),
            Err(IbanError::Checksum)
        );
        assert_eq!(
            check("DE89 3704 0044 0532 0130"),
            Err(IbanError::Format),
            "too short for DE"
        );
        assert_eq!(check("1234567890123456"), Err(IbanError::Format));
        assert_eq!(check("DE89-3704-0044"), Err(IbanError::Format));
        assert_eq!(check(""), Err(IbanError::Format));
    }

    #[test]
    fn grouping_for_display() {
        assert_eq!(
            grouped("DE89370400440532013000"),
            "DE89 3704 0044 0532 0130 00"
        );
    }
}
