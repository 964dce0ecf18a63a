//! Word wrapping with a hanging indent, for the screen (ratatui's `Paragraph`
//! lacks one) and for plain-text exports.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Wraps `text` to `width` columns; the first line starts with `first`, the rest with `rest`.
///
/// Existing line breaks are kept; a word longer than a line is split between characters.
pub fn hanging(text: &str, first: &str, rest: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::from(first);
    let mut used = first.width();
    let mut fresh = true;
    let mut flush = |current: &mut String, used: &mut usize| {
        lines.push(std::mem::take(current));
        current.push_str(rest);
        *used = rest.width();
    };
    for paragraph in text.split('\n') {
        if !fresh {
            flush(&mut current, &mut used);
        }
        fresh = false;
        let mut at_line_start = true;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let space = usize::from(!at_line_start);
            if !at_line_start && used + space + word.width() > width {
                flush(&mut current, &mut used);
                at_line_start = true;
            }
            if !at_line_start {
                current.push(' ');
                used += 1;
            }
            for c in word.chars() {
                let w = c.width().unwrap_or(0);
                if used + w > width && used > rest.width() {
                    flush(&mut current, &mut used);
                }
                current.push(c);
                used += w;
            }
            at_line_start = false;
        }
    }
    lines.push(current);
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
}
