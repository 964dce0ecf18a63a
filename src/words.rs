//! Plain English for counts: "1 clause", "2 clauses".

/// `n` and the noun, plural unless there is exactly one (nouns that add an "s").
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(super::count(1, "clause"), "1 clause");
        assert_eq!(super::count(0, "question"), "0 questions");
        assert_eq!(super::count(32, "clause"), "32 clauses");
    }
}
