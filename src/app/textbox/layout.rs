//! Where a text box's lines wrap into screen rows, worked out only for the
//! lines that are drawn or walked over, and kept up to date edit by edit: an
//! edit re-wraps from the row before it until the rows line up again.

use crate::wrap;

/// A place in the text: a line and a byte offset in it, on a cluster boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    /// The line, counted from 0.
    pub line: usize,
    /// The byte offset in the line.
    pub byte: usize,
}

/// A screen row: a line and a row of it, counted from 0.
pub(super) type Row = (usize, usize);

/// The row starts of the lines laid out so far, for one width, and the row at the top of the view.
#[derive(Debug, Clone, Default)]
pub(super) struct Layout {
    /// Columns in a row; 0 until the first draw, when every line is one row.
    width: usize,
    /// Rows in the view, as last drawn.
    pub(super) height: usize,
    /// For each line, the byte offsets where its rows start; empty until it is laid out.
    starts: Vec<Vec<usize>>,
    /// The row drawn at the top of the view.
    pub(super) top: Row,
}

impl Layout {
    /// A layout for `lines` lines, none laid out yet.
    pub(super) fn new(lines: usize) -> Self {
        Layout {
            starts: vec![Vec::new(); lines],
            ..Layout::default()
        }
    }

    /// Takes a new view size; a new width drops every line's rows.
    pub(super) fn resize(&mut self, width: usize, height: usize) {
        self.height = height;
        if width != self.width {
            self.width = width;
            self.starts.iter_mut().for_each(Vec::clear);
            self.top.1 = 0;
        }
    }

    /// The row starts of line `i`, laying it out if it is not yet.
    pub(super) fn starts(&mut self, lines: &[String], i: usize) -> &[usize] {
        let width = self.width;
        let starts = &mut self.starts[i];
        if starts.is_empty() {
            *starts = all_starts(&lines[i], width);
        }
        starts
    }

    /// After the bytes `at..at + old` of line `i` became `new` bytes: re-wraps
    /// from the row before the edit until the rows line up with the old ones.
    pub(super) fn edited(&mut self, line: &str, i: usize, at: usize, old: usize, new: usize) {
        let width = self.width;
        let starts = &mut self.starts[i];
        if !starts.is_empty() {
            rewrap(starts, line, width, at, old, new);
        }
        if self.top.0 == i {
            self.top.1 = self.top.1.min(starts.len().saturating_sub(1));
        }
    }

    /// After lines `first..=last` were replaced by `count` lines: forgets their rows.
    pub(super) fn replaced(&mut self, first: usize, last: usize, count: usize) {
        self.starts
            .splice(first..=last, std::iter::repeat_n(Vec::new(), count));
        let (line, _) = self.top;
        if line > last {
            self.top.0 = line + count - (last + 1 - first);
        } else if line >= first {
            self.top = (first, 0);
        }
    }

    /// The row the caret is on and its column in that row.
    pub(super) fn caret(&mut self, lines: &[String], at: Pos) -> (Row, usize) {
        let starts = self.starts(lines, at.line);
        let row = starts.partition_point(|&s| s <= at.byte).saturating_sub(1);
        let start = starts[row];
        let col = wrap::width(&lines[at.line][start..at.byte]);
        ((at.line, row), col)
    }

    /// The place in `row` nearest column `col`, never past the row's end
    /// (the end of a row that wraps is the next row's start).
    pub(super) fn at_column(&mut self, lines: &[String], (line, row): Row, col: usize) -> Pos {
        let text = &lines[line];
        let starts = self.starts(lines, line);
        let start = starts[row];
        let end = starts.get(row + 1).copied();
        let mut at = start;
        let mut used = 0;
        while at < end.unwrap_or(text.len()) {
            let next = wrap::cluster_after(text, at);
            used += wrap::width(&text[at..next]);
            if used > col || end == Some(next) {
                break;
            }
            at = next;
        }
        Pos { line, byte: at }
    }

    /// The row `by` rows after (or before, if negative) `row`, stopping at either end.
    pub(super) fn step(&mut self, lines: &[String], (mut line, mut row): Row, by: isize) -> Row {
        let mut left = by.unsigned_abs();
        if by < 0 {
            while left > 0 {
                if row >= left {
                    return (line, row - left);
                }
                if line == 0 {
                    return (0, 0);
                }
                left -= row + 1;
                line -= 1;
                row = self.starts(lines, line).len() - 1;
            }
        } else {
            while left > 0 {
                let rows = self.starts(lines, line).len();
                if rows - 1 - row >= left {
                    return (line, row + left);
                }
                if line + 1 == lines.len() {
                    return (line, rows - 1);
                }
                left -= rows - row;
                line += 1;
                row = 0;
            }
        }
        (line, row)
    }

    /// Moves the top of the view just enough to show `caret`, walking only the rows between.
    pub(super) fn follow(&mut self, lines: &[String], caret: Row) {
        let height = self.height.max(1);
        let top = (
            self.top.0.min(lines.len() - 1),
            self.top
                .1
                .min(self.starts(lines, self.top.0.min(lines.len() - 1)).len() - 1),
        );
        self.top = top;
        if caret < top {
            self.top = caret;
            return;
        }
        // Each line is at least a row: a caret this many lines down is out of view.
        let far = caret.0 - top.0 >= height;
        let below = far || {
            let mut rows = caret.1;
            for line in top.0..caret.0 {
                rows += self.starts(lines, line).len();
            }
            rows - top.1 >= height
        };
        if below {
            self.top = self.step(lines, caret, 1 - height as isize);
        }
    }

    /// Whether every line laid out has the rows wrapping it from scratch gives (for tests).
    #[cfg(test)]
    pub(super) fn is_fresh(&self, lines: &[String]) -> bool {
        self.starts.len() == lines.len()
            && self
                .starts
                .iter()
                .zip(lines)
                .all(|(s, line)| s.is_empty() || *s == all_starts(line, self.width))
    }

    /// The text of up to `height` rows from the top of the view.
    pub(super) fn visible<'a>(&mut self, lines: &'a [String]) -> Vec<&'a str> {
        let mut rows = Vec::new();
        let (mut line, mut row) = self.top;
        while rows.len() < self.height && line < lines.len() {
            let text = &lines[line];
            let starts = self.starts(lines, line);
            if let Some(&start) = starts.get(row) {
                let end = starts.get(row + 1).copied().unwrap_or(text.len());
                rows.push(&text[start..end]);
                row += 1;
            } else {
                (line, row) = (line + 1, 0);
            }
        }
        rows
    }
}

/// Where each row of `line` starts at `width` columns (0: one row).
pub(super) fn all_starts(line: &str, width: usize) -> Vec<usize> {
    let mut starts = vec![0];
    let mut at = 0;
    loop {
        at = row_end(line, at, width);
        if at >= line.len() {
            return starts;
        }
        starts.push(at);
    }
}

/// Where the row that starts at `start` ends: after the last whole run of
/// spaces or of other characters that fits, or, when a run starting the row
/// is too long for it, after as many whole clusters as fit (at least one).
/// It reads nothing before `start`, which is what lets an edit re-wrap only
/// from the row before it.
fn row_end(line: &str, start: usize, width: usize) -> usize {
    if width == 0 {
        return line.len();
    }
    let mut used = 0;
    let mut run = start;
    let mut at = start;
    let mut space = line[start..].starts_with(' ');
    while at < line.len() {
        let next = wrap::cluster_after(line, at);
        let is_space = line[at..].starts_with(' ');
        if is_space != space {
            (run, space) = (at, is_space);
        }
        used += wrap::width(&line[at..next]);
        if used > width {
            return match (run > start, at > start) {
                (true, _) => run,
                (false, true) => at,
                (false, false) => next,
            };
        }
        at = next;
    }
    line.len()
}

/// Re-wraps `starts` after the bytes `at..at + old` became `new` bytes.
fn rewrap(starts: &mut Vec<usize>, line: &str, width: usize, at: usize, old: usize, new: usize) {
    let from = first_touched(starts, line, at);
    let mut fresh = Vec::new();
    let mut s = starts[from];
    // Once a row starts after the edit where an old row started, the rest are the old rows, moved.
    let resume = loop {
        if s >= at + new
            && let Ok(i) = starts.binary_search(&(s - new + old))
        {
            break Some(i);
        }
        fresh.push(s);
        s = row_end(line, s, width);
        if s >= line.len() {
            break None;
        }
    };
    match resume {
        Some(i) => {
            for start in &mut starts[i..] {
                *start = *start - old + new;
            }
            starts.splice(from..i, fresh);
        }
        None => {
            starts.truncate(from);
            starts.extend(fresh);
        }
    }
}

/// The first row whose end an edit at `at` can move. A row ends by looking
/// at most into the run of spaces or of other characters that starts the
/// next row, and a word too long for a row is cut cluster by cluster: so the
/// rows before the run holding the edit stand, and so do the cuts of that
/// run made before the edit's cluster.
fn first_touched(starts: &[usize], line: &str, at: usize) -> usize {
    if at == 0 {
        return 0;
    }
    let cluster = wrap::cluster_before(line, at);
    let before = &line[..at];
    let run = if before.ends_with(' ') {
        before.trim_end_matches(' ').len()
    } else {
        before.rfind(' ').map_or(0, |i| i + 1)
    };
    let by_cluster = starts.partition_point(|&s| s < cluster).saturating_sub(1);
    match starts.binary_search(&run) {
        Ok(i) if i > 0 => (i - 1).min(by_cluster),
        _ => by_cluster,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rows(line: &str, width: usize) -> Vec<&str> {
        let starts = all_starts(line, width);
        starts
            .iter()
            .zip(starts.iter().skip(1).chain([&line.len()]))
            .map(|(&a, &b)| &line[a..b])
            .collect()
    }

    #[test]
    fn rows_break_after_spaces_and_cut_long_words() {
        assert_eq!(rows("one two three", 8), ["one two ", "three"]);
        assert_eq!(rows("abcdefghij xy", 4), ["abcd", "efgh", "ij ", "xy"]);
        assert_eq!(rows("", 4), [""]);
        assert_eq!(rows("東京東京", 5), ["東京", "東京"]);
    }

    #[test]
    fn rows_never_cut_a_flag_or_a_family() {
        let flags = "🇫🇷🇩🇪🇯🇵";
        assert_eq!(rows(flags, 3), ["🇫🇷", "🇩🇪", "🇯🇵"]);
        let family = "👨\u{200d}👩\u{200d}👧";
        let twice = family.repeat(2);
        assert!(rows(&twice, 1).iter().all(|r| *r == family));
    }

    /// Text made of the pieces that make wrapping hard.
    fn text() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "a",
            "b",
            "word",
            " ",
            "  ",
            "東",
            "e\u{301}",
            "🇫🇷",
            "\u{1f1e9}",
            "👨\u{200d}👩",
            "\u{200d}",
            "\u{301}",
        ]);
        prop::collection::vec(piece, 0..60).prop_map(|p| p.concat())
    }

    proptest! {
        #[test]
        fn rewrapping_after_an_edit_gives_the_rows_of_wrapping_from_scratch(
            line in text(),
            inserted in text(),
            width in 1usize..12,
            from in any::<prop::sample::Index>(),
            len in 0usize..8,
        ) {
            let bounds: Vec<usize> = (0..=line.len()).filter(|&i| line.is_char_boundary(i)).collect();
            let at = bounds[from.index(bounds.len())];
            let end = bounds.iter().copied().filter(|&b| b >= at).nth(len).unwrap_or(line.len());
            let mut starts = all_starts(&line, width);
            let mut edited = line.clone();
            edited.replace_range(at..end, &inserted);
            rewrap(&mut starts, &edited, width, at, end - at, inserted.len());
            prop_assert_eq!(starts, all_starts(&edited, width));
        }
    }
}
