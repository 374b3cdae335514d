//! The catalogue tests: every message exists in every locale with the same placeables, every
//! translation is a real one, and code and catalogue agree on which keys exist.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use i18n::{Catalog, Locale};

/// Messages that may read the same in another language as in German: names and placeholders.
const SAME_AS_GERMAN_ALLOWED: &[&str] = &[
    "portal-name",
    "document-title",
    "demo-banner-tag",
    "contact-phone",
    "imprint-software-heading",
    "privacy-cookies-heading",
    "sign-language-contact-heading",
    "service-responsible-district",
    "form-currency",
    "upload-size",
];

fn catalog() -> Catalog {
    Catalog::embedded().expect("the embedded catalogue loads")
}

#[test]
fn every_locale_has_exactly_the_german_messages() {
    let catalog = catalog();
    let german = catalog.keys(Locale::De);
    assert!(
        german.len() > 100,
        "the German catalogue looks empty: {}",
        german.len()
    );
    let mut problems = Vec::new();
    for locale in Locale::ALL.into_iter().skip(1) {
        let keys = catalog.keys(locale);
        for missing in german.difference(&keys) {
            problems.push(format!("{}: missing {missing}", locale.tag()));
        }
        for extra in keys.difference(&german) {
            problems.push(format!("{}: {extra} is not in German", locale.tag()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_translation_uses_the_same_placeables_as_german() {
    let catalog = catalog();
    let german = catalog.variables(Locale::De);
    let mut problems = Vec::new();
    for locale in Locale::ALL.into_iter().skip(1) {
        for (key, variables) in catalog.variables(locale) {
            if let Some(expected) = german.get(&key).filter(|expected| **expected != variables) {
                problems.push(format!(
                    "{}: {key} uses {variables:?}, German {expected:?}",
                    locale.tag()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn translations_are_not_copies_of_the_german() {
    let catalog = catalog();
    let german = catalog.sources(Locale::De);
    let mut problems = Vec::new();
    for locale in Locale::ALL.into_iter().skip(1) {
        for (key, text) in catalog.sources(locale) {
            let same = german.get(&key) == Some(&text);
            if same && !SAME_AS_GERMAN_ALLOWED.contains(&key.as_str()) {
                problems.push(format!("{}: {key} is the German text", locale.tag()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The Rust sources of the UI, the server and its crates.
fn source_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..");
    let mut folders = vec![root.join("app/src"), root.join("server/src")];
    for entry in std::fs::read_dir(root.join("server/crates")).expect("server/crates") {
        folders.push(entry.expect("entry").path().join("src"));
    }
    let mut files = Vec::new();
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") && !path.ends_with("tests.rs")
            {
                files.push(path);
            }
        }
    }
    files
}

/// The string literal starting at `text` (which begins with `"`), if any.
fn literal(text: &str) -> Option<&str> {
    let rest = text.strip_prefix('"')?;
    rest.find('"').map(|end| &rest[..end])
}

/// Message keys named in code: `t("…")`, `t_with("…"`, `msg_key("…")`, and the key argument of
/// `catalog.text(locale, "…")` / `.text_with(locale, "…"`.
fn keys_in_code(source: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for marker in ["t(", "t_with(", "msg_key("] {
        for (index, _) in source.match_indices(marker) {
            let before = source[..index].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                continue;
            }
            if let Some(key) = literal(source[index + marker.len()..].trim_start()) {
                keys.push(key.to_owned());
            }
        }
    }
    for marker in [".text(", ".text_with("] {
        for (index, _) in source.match_indices(marker) {
            let arguments = &source[index + marker.len()..];
            if arguments.trim_start().starts_with('"') {
                continue; // `Args::text("name", …)`: a placeable, not a message key
            }
            let Some(comma) = arguments.find(',') else {
                continue;
            };
            if let Some(key) = literal(arguments[comma + 1..].trim_start()) {
                keys.push(key.to_owned());
            }
        }
    }
    keys
}

#[test]
fn every_key_used_in_code_exists_and_every_message_is_used() {
    let catalog = catalog();
    let german = catalog.keys(Locale::De);
    let mut used: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in source_files() {
        let source = std::fs::read_to_string(&file).expect("readable source");
        // Unit tests (at the end of a file, by convention) use made-up keys.
        let code = source.split("#[cfg(test)]").next().unwrap_or_default();
        for key in keys_in_code(code) {
            used.entry(key)
                .or_default()
                .push(file.display().to_string());
        }
    }
    let missing: Vec<String> = used
        .iter()
        .filter(|(key, _)| !german.contains(*key))
        .map(|(key, files)| format!("{key} (used in {})", files.join(", ")))
        .collect();
    assert!(
        missing.is_empty(),
        "keys used in code but missing in locales/de:\n{}",
        missing.join("\n")
    );

    let used: BTreeSet<&String> = used.keys().collect();
    let unused: Vec<&String> = german.iter().filter(|key| !used.contains(key)).collect();
    assert!(
        unused.is_empty(),
        "messages no code uses (delete them or use them): {unused:?}"
    );
}

#[test]
fn the_scanner_finds_keys_in_all_their_forms() {
    let source = r#"
        t("a-b") t_with(
            "c-d", &args) msg_key("e-f") catalog.text(de, "g-h")
        catalog.text_with(locale, "i-j", &args) Args::new().text("name", x) format!("x") at("no")
    "#;
    assert_eq!(keys_in_code(source), ["a-b", "c-d", "e-f", "g-h", "i-j"]);
}
