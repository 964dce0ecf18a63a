//! Word wrapping with a hanging indent, for the screen (ratatui's `Paragraph`
//! lacks one) and for plain-text exports.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Wraps `text` to `width` columns; the first line starts with `first`, the rest with `rest`.
///
/// Existing line breaks are kept; a word that does not fit where it would
/// start moves to the next line, and one longer than a whole line is split
/// between characters as people see them (a flag or an emoji family stays whole).
pub fn hanging(text: &str, first: &str, rest: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    // A piece longer than this is split: it could not fit on any line.
    let most = width.saturating_sub(rest.width()).max(1);
    for (n, paragraph) in text.split('\n').enumerate() {
        let indent = if n == 0 { first } else { rest };
        // Runs of spaces have always shown as one, and a line never starts with one.
        let mut pieces = Vec::new();
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            for (k, piece) in split_to_width(word, most).into_iter().enumerate() {
                pieces.push((piece, k > 0));
            }
        }
        fill(&pieces, indent, rest, width, &mut lines);
    }
    lines
}

/// First-fit filling: each piece goes on the current line if it fits, else on
/// a new one; a piece marked as joined continues a word without a space.
fn fill(pieces: &[(&str, bool)], indent: &str, rest: &str, width: usize, lines: &mut Vec<String>) {
    let mut line = indent.to_owned();
    let mut used = indent.width();
    let mut empty = true;
    let mut first_line = true;
    for &(piece, joined) in pieces {
        let gap = usize::from(!empty && !joined);
        let fits = used + gap + piece.width() <= width;
        // An empty line still takes the piece, except the first: a word too
        // long after a label starts on the next line.
        if !fits && (!empty || (first_line && indent != rest)) {
            lines.push(std::mem::replace(&mut line, rest.to_owned()));
            used = rest.width();
            empty = true;
        }
        if !empty && !joined {
            line.push(' ');
            used += 1;
        }
        line.push_str(piece);
        used += piece.width();
        empty = false;
        first_line = false;
    }
    lines.push(line);
}

/// Splits a word into pieces at most `most` columns wide, never inside a
/// character as people see it (a grapheme cluster); a cluster wider than
/// `most` is a piece of its own.
fn split_to_width(word: &str, most: usize) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    loop {
        let end = fit(word, start, most);
        pieces.push(&word[start..end]);
        if end >= word.len() {
            return pieces;
        }
        start = end;
    }
}

/// Where the longest run of whole clusters from `start` that fits in `most`
/// columns ends; at least one cluster, so a cluster wider than `most` still
/// moves on. The editor breaks a word too long for its row here too.
pub(crate) fn fit(text: &str, start: usize, most: usize) -> usize {
    let mut used = 0;
    let mut end = start;
    for (at, stop) in Clusters::from(text, start) {
        let w = text[at..stop].width();
        if used + w > most && at > start {
            break;
        }
        used += w;
        end = stop;
    }
    end
}

/// The display width of `text`, measured cluster by cluster as rows are filled.
pub(crate) fn width(text: &str) -> usize {
    Clusters::from(text, 0)
        .map(|(at, end)| text[at..end].width())
        .sum()
}

/// Where the cluster that starts at `at` ends (the end of `text` at most).
pub(crate) fn cluster_after(text: &str, at: usize) -> usize {
    Clusters::from(text, at)
        .next()
        .map_or(text.len(), |(_, end)| end)
}

/// Where the cluster that ends at `at` starts (0 at most).
pub(crate) fn cluster_before(text: &str, at: usize) -> usize {
    // Back to a character that starts a cluster whatever came before it, then forward.
    let mut anchor = at;
    while let Some(c) = text[..anchor].chars().next_back() {
        anchor -= c.len_utf8();
        let prev = text[..anchor].chars().next_back();
        if anchor == 0 || starts_cluster(prev, c) {
            break;
        }
    }
    let mut start = anchor;
    for (from, end) in Clusters::from(text, anchor) {
        if end >= at {
            return from;
        }
        start = end;
    }
    start
}

/// Whether `c` starts a new cluster after `prev` whatever came before `prev`
/// (flag pairs need more than one character of memory, so a regional
/// indicator never answers yes).
fn starts_cluster(prev: Option<char>, c: char) -> bool {
    c == ' '
        || prev == Some(' ')
        || !(c.width() == Some(0) || skin_tone(c) || prev == Some('\u{200d}') || regional(c))
}

fn regional(c: char) -> bool {
    ('\u{1f1e6}'..='\u{1f1ff}').contains(&c)
}

fn skin_tone(c: char) -> bool {
    ('\u{1f3fb}'..='\u{1f3ff}').contains(&c)
}

/// The byte ranges of grapheme clusters from a point known to start one, by
/// the rules that matter for wrapping: combining marks, joiners, variation
/// selectors, skin tones and flag pairs stay with the character before them;
/// a space is always a cluster of its own, as words are wrapped apart.
struct Clusters<'a> {
    text: &'a str,
    at: usize,
    prev: Option<char>,
    flag_half: bool,
}

impl<'a> Clusters<'a> {
    fn from(text: &'a str, at: usize) -> Self {
        Clusters {
            text,
            at,
            prev: None,
            flag_half: false,
        }
    }
}

impl Iterator for Clusters<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let start = self.at;
        for c in self.text[start..].chars() {
            let regional = regional(c);
            let joins = self.prev.is_some()
                && c != ' '
                && self.prev != Some(' ')
                && (c.width() == Some(0)
                    || skin_tone(c)
                    || self.prev == Some('\u{200d}')
                    || (regional && self.flag_half));
            if self.at > start && !joins {
                return Some((start, self.at));
            }
            self.flag_half = regional && !(joins && self.flag_half);
            self.prev = Some(c);
            self.at += c.len_utf8();
        }
        (self.at > start).then_some((start, self.at))
    }
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
    fn long_words_are_never_split_inside_a_flag_or_an_emoji_family() {
        let flags = "🇫🇷🇩🇪🇯🇵🇧🇷";
        for width in 1..9 {
            for line in hanging(flags, "", "", width) {
                assert_eq!(line.chars().count() % 2, 0, "{width}: {line}");
            }
        }
        let family = "👨\u{200d}👩\u{200d}👧";
        let lines = hanging(&family.repeat(3), "", "", 3);
        assert!(lines.iter().all(|l| l.as_str() == family), "{lines:?}");
        let accent = "e\u{301}".repeat(4);
        let lines = hanging(&accent, "", "", 2);
        assert!(lines.iter().all(|l| !l.starts_with('\u{301}')), "{lines:?}");
    }

    #[test]
    fn hyphenated_words_are_not_split_at_the_hyphen() {
        let lines = hanging("a doctor-patient b", "", "", 10);
        assert_eq!(lines, ["a", "doctor-pat", "ient b"]);
    }
}
