//! Word wrapping with a hanging indent, for the screen (ratatui's `Paragraph`
//! lacks one) and for plain-text exports.

use textwrap::{Options, WordSeparator, WordSplitter, WrapAlgorithm};

/// Wraps `text` to `width` columns; the first line starts with `first`, the rest with `rest`.
///
/// Existing line breaks are kept; a word that does not fit where it would
/// start moves to the next line, and one longer than a whole line is split
/// between characters.
pub fn hanging(text: &str, first: &str, rest: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for (n, paragraph) in text.split('\n').enumerate() {
        let indent = if n == 0 { first } else { rest };
        // Runs of spaces have always shown as one, and a line never starts with one.
        let words: Vec<&str> = paragraph.split(' ').filter(|w| !w.is_empty()).collect();
        if words.is_empty() {
            // textwrap drops the indent of an empty line; a blank line inside
            // a quote keeps its bar.
            lines.push(indent.to_owned());
            continue;
        }
        let options = Options::new(width)
            .initial_indent(indent)
            .subsequent_indent(rest)
            .word_separator(WordSeparator::AsciiSpace)
            .word_splitter(WordSplitter::NoHyphenation)
            .wrap_algorithm(WrapAlgorithm::FirstFit);
        let joined = words.join(" ");
        lines.extend(
            textwrap::wrap(&joined, options)
                .into_iter()
                .map(std::borrow::Cow::into_owned),
        );
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continuation_lines_keep_the_indent() {
        let lines = hanging("one two three four", "│ ", "│ ", 10);
        assert_eq!(lines, ["│ one two", "│ three", "│ four"]);
    }

    #[test]
    fn line_breaks_are_kept_and_long_words_split() {
        let lines = hanging("ab\nabcdefghij", "- ", "  ", 6);
        assert_eq!(lines, ["- ab", "  abcd", "  efgh", "  ij"]);
    }

    #[test]
    fn wide_characters_count_as_two_columns() {
        let lines = hanging("東京 東京", "", "", 5);
        assert_eq!(lines, ["東京", "東京"]);
    }

    #[test]
    fn tiny_widths_do_not_loop_or_panic() {
        for width in 0..4 {
            let lines = hanging("a 東 word", "> ", "> ", width);
            assert!(!lines.is_empty());
        }
    }

    #[test]
    fn runs_of_spaces_show_as_one_and_blank_lines_keep_the_indent() {
        let lines = hanging("  one   two\n\nthree ", "│ ", "│ ", 20);
        assert_eq!(lines, ["│ one two", "│ ", "│ three"]);
    }

    #[test]
    fn a_word_too_long_after_a_label_starts_on_the_next_line() {
        let lines = hanging("abcdefgh ij", "Doctor said: ", "  ", 14);
        assert_eq!(lines, ["Doctor said: ", "  abcdefgh ij"]);
    }

    #[test]
    fn hyphenated_words_are_not_split_at_the_hyphen() {
        let lines = hanging("a doctor-patient b", "", "", 10);
        assert_eq!(lines, ["a", "doctor-pat", "ient b"]);
    }
}
