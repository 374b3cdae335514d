//! Embeds every `locales/<tag>/*.ftl` of the workspace into the crate, so that the binary
//! carries its texts and runs from any directory.

use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let locales = manifest.join("../../../locales");
    println!("cargo::rerun-if-changed={}", locales.display());

    let mut entries = Vec::new();
    for locale_dir in sorted_entries(&locales) {
        if !locale_dir.is_dir() {
            continue;
        }
        let tag = file_name(&locale_dir);
        for file in sorted_entries(&locale_dir) {
            if file.extension().is_some_and(|ext| ext == "ftl") {
                let path = file.canonicalize().expect("locale file is readable");
                entries.push(format!(
                    "    EmbeddedFile {{ locale: {tag:?}, name: {:?}, source: include_str!({:?}) }},\n",
                    file_name(&file),
                    path.display().to_string(),
                ));
            }
        }
    }

    let code = format!(
        "pub(crate) static FILES: &[EmbeddedFile] = &[\n{}];\n",
        entries.concat()
    );
    let out = PathBuf::from(env::var("OUT_DIR").expect("set by cargo")).join("embedded_locales.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .collect();
    entries.sort();
    entries
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .expect("has a name")
        .to_string_lossy()
        .into_owned()
}
