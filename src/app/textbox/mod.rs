//! accord's own text field: lines, a caret, edits that undo, and a layout
//! worked out only where the text is drawn, so a key costs the same in a
//! long note as in an empty one.

mod input;
mod layout;
mod undo;

use std::cell::RefCell;

pub use layout::Pos;
use layout::{Layout, Row};
use undo::{History, Step};

use crate::wrap;

/// A text being typed: its lines, the caret, what can be undone, and how it is laid out.
#[derive(Debug, Clone)]
pub struct TextBox {
    /// Never empty: an empty text is one empty line.
    lines: Vec<String>,
    caret: Pos,
    history: History,
    /// Worked out while drawing (which only reads the box), so kept in a cell.
    layout: RefCell<Layout>,
    /// Whether Enter is not a new line (a name field).
    one_line: bool,
    /// The hint shown while the text is empty.
    placeholder: String,
}

/// What a text box shows in a view of a given size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View<'a> {
    /// The rows in view, top to bottom.
    pub rows: Vec<&'a str>,
    /// The caret's column and row in the view.
    pub caret: (usize, usize),
}

impl TextBox {
    /// A box holding `text`, with the caret at its end.
    pub fn new(text: &str, placeholder: String) -> Self {
        let lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
        let caret = Pos {
            line: lines.len() - 1,
            byte: lines[lines.len() - 1].len(),
        };
        TextBox {
            layout: RefCell::new(Layout::new(lines.len())),
            lines,
            caret,
            history: History::default(),
            one_line: false,
            placeholder,
        }
    }

    /// A one-line box, where Enter belongs to the screen and a pasted line break is a space.
    pub fn one_line(text: &str, placeholder: String) -> Self {
        TextBox {
            one_line: true,
            ..TextBox::new(&text.replace('\n', " "), placeholder)
        }
    }

    /// The text, lines joined.
    pub fn text(&self) -> String {
        self.lines.join("\n")
    }

    /// Whether nothing is typed.
    pub fn is_empty(&self) -> bool {
        self.lines.len() == 1 && self.lines[0].is_empty()
    }

    /// The hint shown while the text is empty.
    pub fn placeholder(&self) -> &str {
        &self.placeholder
    }

    /// Where the caret is.
    pub fn caret(&self) -> Pos {
        self.caret
    }

    /// The rows that show in a view `width` × `height`, scrolled just enough to show the caret.
    pub fn view(&self, width: usize, height: usize) -> View<'_> {
        let mut layout = self.layout.borrow_mut();
        layout.resize(width, height);
        let (row, col) = layout.caret(&self.lines, self.caret);
        layout.follow(&self.lines, row);
        let top = layout.top;
        // The caret is at most a view's height below the top, so this walk is short.
        let mut down = 0;
        let mut at = top;
        while at < row {
            at = layout.step(&self.lines, at, 1);
            down += 1;
        }
        View {
            rows: layout.visible(&self.lines),
            caret: (col, down),
        }
    }

    /// Shows the text from the top again (after a resize), the caret staying where it is.
    pub fn to_top(&mut self) {
        self.layout.get_mut().top = (0, 0);
    }

    /// Types `text` at the caret; `typed` joins it to the letters typed just before, for undo.
    fn insert(&mut self, text: &str, typed: bool) {
        let text = if self.one_line {
            text.replace('\n', " ")
        } else {
            text.to_owned()
        };
        self.edit(self.caret, self.caret, &text, typed);
    }

    /// Replaces the whole text.
    pub fn replace_all(&mut self, text: &str) {
        let last = self.lines.len() - 1;
        let end = Pos {
            line: last,
            byte: self.lines[last].len(),
        };
        self.edit(Pos::default(), end, text, false);
    }

    /// Pastes `text` at the caret.
    pub fn paste(&mut self, text: &str) {
        self.insert(text, false);
    }

    /// Takes back the last edit.
    pub fn undo(&mut self) {
        if let Some(step) = self.history.undo().cloned() {
            let end = self.end_of(step.from, &step.inserted);
            self.splice(step.from, end, &step.removed);
            self.caret = step.before;
        }
    }

    /// Does again the last edit taken back.
    pub fn redo(&mut self) {
        if let Some(step) = self.history.redo().cloned() {
            let end = self.end_of(step.from, &step.removed);
            self.splice(step.from, end, &step.inserted);
            self.caret = step.after;
        }
    }

    /// Replaces `from..to` with `text`, keeping the inverse for undo; the caret goes after `text`.
    fn edit(&mut self, from: Pos, to: Pos, text: &str, typed: bool) {
        if from == to && text.is_empty() {
            return;
        }
        let removed = self.slice(from, to);
        let after = self.splice(from, to, text);
        let before = self.caret;
        self.history.record(
            Step {
                from,
                removed,
                inserted: text.to_owned(),
                before,
                after,
            },
            typed,
        );
        self.caret = after;
    }

    /// The text between two places.
    fn slice(&self, from: Pos, to: Pos) -> String {
        if from.line == to.line {
            return self.lines[from.line][from.byte..to.byte].to_owned();
        }
        let mut out = self.lines[from.line][from.byte..].to_owned();
        for line in &self.lines[from.line + 1..to.line] {
            out.push('\n');
            out.push_str(line);
        }
        out.push('\n');
        out.push_str(&self.lines[to.line][..to.byte]);
        out
    }

    /// Where `text` put at `from` ends.
    fn end_of(&self, from: Pos, text: &str) -> Pos {
        match text.rsplit_once('\n') {
            None => Pos {
                line: from.line,
                byte: from.byte + text.len(),
            },
            Some((_, last)) => Pos {
                line: from.line + text.matches('\n').count(),
                byte: last.len(),
            },
        }
    }

    /// Replaces `from..to` with `text` and tells the layout; returns where `text` ends.
    fn splice(&mut self, from: Pos, to: Pos, text: &str) -> Pos {
        let layout = self.layout.get_mut();
        if from.line == to.line && !text.contains('\n') {
            let line = &mut self.lines[from.line];
            line.replace_range(from.byte..to.byte, text);
            layout.edited(line, from.line, from.byte, to.byte - from.byte, text.len());
            return self.end_of(from, text);
        }
        let head = &self.lines[from.line][..from.byte];
        let tail = &self.lines[to.line][to.byte..];
        let mut fresh: Vec<String> = text.split('\n').map(str::to_owned).collect();
        fresh[0].insert_str(0, head);
        let last = fresh.len() - 1;
        fresh[last].push_str(tail);
        let count = fresh.len();
        self.lines.splice(from.line..=to.line, fresh);
        layout.replaced(from.line, to.line, count);
        self.end_of(from, text)
    }

    /// Moves the caret, ending a run of typed letters.
    fn go(&mut self, to: Pos) {
        self.history.seal();
        self.caret = to;
    }

    /// The place one cluster before the caret (the end of the line above, at a line's start).
    fn before(&self) -> Pos {
        let Pos { line, byte } = self.caret;
        match (byte, line) {
            (0, 0) => self.caret,
            (0, _) => Pos {
                line: line - 1,
                byte: self.lines[line - 1].len(),
            },
            _ => Pos {
                line,
                byte: wrap::cluster_before(&self.lines[line], byte),
            },
        }
    }

    /// The place one cluster after the caret (the start of the line below, at a line's end).
    fn after(&self) -> Pos {
        let Pos { line, byte } = self.caret;
        let text = &self.lines[line];
        if byte < text.len() {
            Pos {
                line,
                byte: wrap::cluster_after(text, byte),
            }
        } else if line + 1 < self.lines.len() {
            Pos {
                line: line + 1,
                byte: 0,
            }
        } else {
            self.caret
        }
    }

    /// The start of the word before the caret (spaces before it skipped).
    fn word_before(&self) -> Pos {
        let Pos { line, byte } = self.caret;
        if byte == 0 {
            return self.before();
        }
        let text = self.lines[line][..byte].trim_end_matches(' ');
        let byte = text.rfind(' ').map_or(0, |i| i + 1);
        Pos { line, byte }
    }

    /// The start of the next word after the caret.
    fn word_after(&self) -> Pos {
        let Pos { line, byte } = self.caret;
        let text = &self.lines[line];
        if byte == text.len() {
            return self.after();
        }
        let rest = &text[byte..];
        let word = rest.find(' ').unwrap_or(rest.len());
        let gap = rest[word..].len() - rest[word..].trim_start_matches(' ').len();
        Pos {
            line,
            byte: byte + word + gap,
        }
    }

    /// The caret `by` screen rows down (up if negative), as near its column as the row allows.
    fn rows_down(&self, by: isize) -> Pos {
        let mut layout = self.layout.borrow_mut();
        let (row, col) = layout.caret(&self.lines, self.caret);
        let to: Row = layout.step(&self.lines, row, by);
        if to == row {
            return self.caret;
        }
        layout.at_column(&self.lines, to, col)
    }

    /// A screen's worth of rows, for Page Up and Page Down.
    fn page(&self) -> isize {
        let height = self.layout.borrow().height;
        isize::try_from(height.saturating_sub(1).max(1)).unwrap_or(1)
    }
}

#[cfg(test)]
mod tests;
