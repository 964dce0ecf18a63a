//! The one rule for what an id or a name may contain: session ids, profile
//! names and clause ids all become file names, folder names or keys in
//! compact lists, so they share one safe alphabet and one length.

/// The most characters an id or a name may have.
pub const MAX_LEN: usize = 40;

/// Whether `c` may appear in an id: ASCII letters, digits, `-` and `_`.
///
/// Nothing that could lead out of a folder (`/`, `.`), nothing a list
/// separator could split (`,`, `:`), and nothing that looks alike in two
/// spellings, so one name always means one folder.
pub fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Whether `s` is a usable id or name: 1 to [`MAX_LEN`] id characters.
pub fn is_valid(s: &str) -> bool {
    !s.is_empty() && s.len() <= MAX_LEN && s.chars().all(is_id_char)
}

/// Whether `s` is an id in the form clause files use: a valid id written in
/// lowercase letters, digits and dashes, so ids in a shared file read alike.
pub fn is_clause_id(s: &str) -> bool {
    is_valid(s) && !s.chars().any(|c| c.is_ascii_uppercase() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_use_ascii_letters_digits_dashes_and_underscores() {
        for good in ["ana", "Ana", "ward_3", "20261101-100000-2", "x"] {
            assert!(is_valid(good), "{good}");
        }
        for bad in ["", "../x", "a/b", ".hidden", "a b", "josé", "a,b", "a:b"] {
            assert!(!is_valid(bad), "{bad}");
        }
    }

    #[test]
    fn names_are_at_most_forty_characters() {
        assert!(is_valid(&"x".repeat(MAX_LEN)));
        assert!(!is_valid(&"x".repeat(MAX_LEN + 1)));
    }

    #[test]
    fn clause_ids_are_the_lowercase_dashed_form_of_the_same_rule() {
        assert!(is_clause_id("arrive-on-time"));
        assert!(is_clause_id("week-1"));
        for bad in [
            "On-Time",
            "on_time",
            "on time",
            "",
            &"x".repeat(MAX_LEN + 1),
        ] {
            assert!(!is_clause_id(bad), "{bad}");
        }
    }
}
