//! Every word on screen comes from the localization table: each key the code
//! asks for exists in every language accord speaks.

use std::path::Path;

use accord::i18n::{Language, table};

/// Every `t!("key"` in the source files below `dir`.
fn keys_used(dir: &Path, keys: &mut Vec<(String, String)>) {
    let entries = std::fs::read_dir(dir).expect("source folder");
    for entry in entries {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            keys_used(&path, keys);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let source = std::fs::read_to_string(&path).expect("source file");
            for (at, _) in source.match_indices("t!(\"") {
                // `format!(` and other macros ending in "t" are not lookups.
                let before = source[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &source[at + 4..];
                let key = rest.split('"').next().unwrap_or_default();
                keys.push((key.to_owned(), path.display().to_string()));
            }
        }
    }
}

#[test]
fn every_key_the_code_asks_for_is_in_every_language() {
    let mut keys = Vec::new();
    keys_used(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut keys,
    );
    assert!(
        keys.len() >= 10,
        "found only {} keys: is the scan broken?",
        keys.len()
    );
    let mut missing = Vec::new();
    for language in Language::ALL {
        for (key, file) in &keys {
            if !table(language).has(key) {
                missing.push(format!("{language:?}: {key} (used in {file})"));
            }
        }
    }
    assert!(missing.is_empty(), "missing keys:\n{}", missing.join("\n"));
}

#[test]
fn a_missing_key_shows_as_itself_so_the_scan_above_matters() {
    assert!(!table(Language::English).has("no-such-key"));
    assert_eq!(
        table(Language::English).message("no-such-key", &[]),
        "no-such-key"
    );
}
