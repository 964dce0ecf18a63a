//! Word wrapping with a hanging indent, which ratatui's `Paragraph` lacks.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Wraps `text` to `width` columns; the first line starts with `first`, the rest with `rest`.
///
/// Existing line breaks are kept; a word longer than a line is split between characters.
pub fn hanging(
    text: &str,
    first: &str,
    rest: &str,
    width: u16,
    style: Style,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut current = String::from(first);
    let mut used = first.width();
    let mut fresh = true;
    let mut flush = |current: &mut String, used: &mut usize| {
        lines.push(Line::from(Span::styled(std::mem::take(current), style)));
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
            if !at_line_start && used + space + word.width() > usize::from(width) {
                flush(&mut current, &mut used);
                at_line_start = true;
            }
            if !at_line_start {
                current.push(' ');
                used += 1;
            }
            for c in word.chars() {
                let w = c.width().unwrap_or(0);
                if used + w > usize::from(width) && used > rest.width() {
                    flush(&mut current, &mut used);
                }
                current.push(c);
                used += w;
            }
            at_line_start = false;
        }
    }
    lines.push(Line::from(Span::styled(current, style)));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[Line<'_>]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn continuation_lines_keep_the_indent() {
        let lines = hanging("one two three four", "│ ", "│ ", 10, Style::new());
        assert_eq!(plain(&lines), ["│ one two", "│ three", "│ four"]);
    }

    #[test]
    fn line_breaks_are_kept_and_long_words_split() {
        let lines = hanging("ab\nabcdefghij", "- ", "  ", 6, Style::new());
        assert_eq!(plain(&lines), ["- ab", "  abcd", "  efgh", "  ij"]);
    }

    #[test]
    fn wide_characters_count_as_two_columns() {
        let lines = hanging("東京 東京", "", "", 5, Style::new());
        assert_eq!(plain(&lines), ["東京", "東京"]);
    }

    #[test]
    fn tiny_widths_do_not_loop_or_panic() {
        for width in 0..4 {
            let lines = hanging("a 東 word", "> ", "> ", width, Style::new());
            assert!(!lines.is_empty());
        }
    }
}
