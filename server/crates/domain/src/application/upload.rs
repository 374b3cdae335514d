//! Files uploaded into an application: how far they were checked, and their names made safe.

/// What the malware scan said about a kept file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScanState {
    /// Scanned, nothing found.
    Clean,
    /// No scanner is configured for this installation.
    Unscanned,
    /// The scanner could not be reached: kept apart, the caseworker sees it (fail closed).
    Quarantined,
}

impl ScanState {
    pub fn as_str(self) -> &'static str {
        match self {
            ScanState::Clean => "clean",
            ScanState::Unscanned => "unscanned",
            ScanState::Quarantined => "quarantined",
        }
    }

    pub fn parse(value: &str) -> Option<ScanState> {
        [
            ScanState::Clean,
            ScanState::Unscanned,
            ScanState::Quarantined,
        ]
        .into_iter()
        .find(|s| s.as_str() == value)
    }

    /// The Fluent key of what the applicant is told about the file.
    pub fn message_key(self) -> &'static str {
        use crate::msg_key;
        match self {
            ScanState::Clean => msg_key("upload-state-clean"),
            ScanState::Unscanned => msg_key("upload-state-unscanned"),
            ScanState::Quarantined => msg_key("upload-state-quarantined"),
        }
    }
}

/// A file name safe to store and show: the last path segment only, no control characters or
/// characters file systems refuse, at most 100 characters, never empty.
pub fn clean_file_name(input: &str) -> String {
    let last = input.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| {
            if matches!(c, ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .collect();
    let trimmed = cleaned.trim().trim_start_matches('.');
    let shortened: String = if trimmed.chars().count() > 100 {
        let extension = trimmed
            .rsplit_once('.')
            .map(|(_, ext)| ext)
            .filter(|ext| ext.len() <= 5);
        let stem: String = trimmed.chars().take(90).collect();
        match extension {
            Some(extension) => format!("{stem}….{extension}"),
            None => stem,
        }
    } else {
        trimmed.to_owned()
    };
    if shortened.is_empty() {
        "datei".to_owned()
    } else {
        shortened
    }
}

/// The extension of a file name, in lower case.
pub fn extension(file_name: &str) -> Option<String> {
    file_name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_lowercase())
        .filter(|ext| !ext.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_cleaned_of_paths_control_characters_and_forbidden_signs() {
        assert_eq!(
            clean_file_name("C:\\Users\\erika\\Lageplan 2026.PDF"),
            "Lageplan 2026.PDF"
        );
        assert_eq!(clean_file_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_file_name("a\u{0}b<c>d|e?.pdf"), "ab_c_d_e_.pdf");
        assert_eq!(clean_file_name(".hidden"), "hidden");
        assert_eq!(clean_file_name("   "), "datei");
        let long = format!("{}.pdf", "ä".repeat(300));
        let cleaned = clean_file_name(&long);
        assert!(
            cleaned.ends_with("….pdf") && cleaned.chars().count() <= 96,
            "{cleaned}"
        );
    }

    #[test]
    fn extensions_are_compared_in_lower_case() {
        assert_eq!(extension("Foto.JPEG").as_deref(), Some("jpeg"));
        assert_eq!(extension("README"), None);
        assert_eq!(extension("trailing."), None);
    }
}
