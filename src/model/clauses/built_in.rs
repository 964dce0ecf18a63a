//! The clause sets built into the binary, so accord runs from anywhere: the
//! English agreement (the default) and the Spanish one.

use super::{ClauseSet, parse};

/// Each built-in set's name in messages and its text, the default first.
const SETS: [(&str, &str); 2] = [
    (
        "clauses/partnership.toml",
        include_str!("../../../clauses/partnership.toml"),
    ),
    (
        "clauses/acuerdo.toml",
        include_str!("../../../clauses/acuerdo.toml"),
    ),
];

fn load((name, text): (&str, &str)) -> ClauseSet {
    // The embedded files are checked by the test suite, so failing here is a build defect.
    parse(name, text).expect("every built-in clause set is valid")
}

/// The clause set that ships as accord's default.
pub fn default_set() -> ClauseSet {
    load(SETS[0])
}

/// Every built-in clause set, the default first.
pub fn built_in_sets() -> Vec<ClauseSet> {
    SETS.into_iter().map(load).collect()
}

/// The built-in clause set with this id, if there is one.
pub fn built_in(id: &str) -> Option<ClauseSet> {
    // One parsed at a time (each takes most of a millisecond): a start parses only the one it needs.
    SETS.into_iter().map(load).find(|set| set.id == id)
}

/// The built-in clause set written in the language with this tag, if there is one.
pub fn built_in_in(language: &str) -> Option<ClauseSet> {
    SETS.into_iter()
        .map(load)
        .find(|set| set.language == language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_built_in_set_is_found_by_its_id_and_its_language() {
        assert_eq!(default_set().id, "partnership");
        assert_eq!(built_in("acuerdo").map(|s| s.language), Some("es".into()));
        assert_eq!(built_in_in("en").map(|s| s.id), Some("partnership".into()));
        assert_eq!(built_in_in("es").map(|s| s.id), Some("acuerdo".into()));
        assert!(built_in("nonesuch").is_none());
    }
}
