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

/// Each message of `language`: its key, and whether its value has a
/// selector on `$count` (a plural choice) and whether it uses `$count` at all.
fn messages(language: Language) -> std::collections::BTreeMap<String, (bool, bool)> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

    fn walk(pattern: &Pattern<&str>, selects: &mut bool, uses: &mut bool) {
        for element in &pattern.elements {
            let PatternElement::Placeable { expression } = element else {
                continue;
            };
            match expression {
                Expression::Select { selector, variants } => {
                    if let InlineExpression::VariableReference { id } = selector
                        && id.name == "count"
                    {
                        *selects = true;
                        *uses = true;
                    }
                    for variant in variants {
                        walk(&variant.value, selects, uses);
                    }
                }
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    *uses |= id.name == "count";
                }
                Expression::Inline(_) => {}
            }
        }
    }

    let mut found = std::collections::BTreeMap::new();
    for source in language.sources() {
        let resource = fluent_syntax::parser::parse(*source).expect("the table parses");
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let (mut selects, mut uses) = (false, false);
                if let Some(value) = &m.value {
                    walk(value, &mut selects, &mut uses);
                }
                found.insert(m.id.name.to_owned(), (selects, uses));
            }
        }
    }
    found
}

#[test]
fn every_language_defines_exactly_the_english_keys() {
    let english = messages(Language::English);
    assert!(english.len() > 100, "found only {} messages", english.len());
    for language in Language::ALL {
        let other = messages(language);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{language:?}: missing {missing:?}, not in English {extra:?}"
        );
    }
}

#[test]
fn counts_choose_a_plural_form_wherever_english_does() {
    let english = messages(Language::English);
    for language in Language::ALL {
        for (key, (selects, uses)) in messages(language) {
            let Some(&(english_selects, _)) = english.get(&key) else {
                continue;
            };
            if uses || english_selects {
                assert_eq!(
                    selects, english_selects,
                    "{language:?}: {key} should choose its words by $count as English does"
                );
            }
        }
    }
}
