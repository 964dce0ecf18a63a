//! What each key does in a text field: the keys the field has always
//! answered (arrows, Home and End, Backspace and Delete, and the Emacs-style
//! Ctrl and Alt letters many terminals users know).

use super::{Pos, TextBox};
use crate::app::intent::{EditCode, EditKey};
use crate::wrap;

/// Columns between tab stops: Tab types spaces up to the next one.
const TAB: usize = 4;

impl TextBox {
    /// Carries out `key`.
    pub fn key(&mut self, key: EditKey) {
        use EditCode::*;
        let EditKey { code, ctrl, alt } = key;
        match (code, ctrl, alt) {
            // In a one-line field, Enter belongs to the screen (sign, print).
            (Enter, _, _) | (Char('m'), true, false) | (Char('\n' | '\r'), false, false) => {
                self.new_line();
            }
            (Char(c), false, false) => self.insert(c.encode_utf8(&mut [0; 4]), true),
            (Tab, false, false) => {
                let col = wrap::width(&self.lines[self.caret.line][..self.caret.byte]);
                self.insert(&" ".repeat(TAB - col % TAB), false);
            }
            (Backspace, false, false) | (Char('h'), true, false) => self.delete_to(self.before()),
            (Delete, false, false) | (Char('d'), true, false) => self.delete_to(self.after()),
            (Backspace, false, true) | (Char('w'), true, false) | (Char('h'), false, true) => {
                self.delete_to(self.word_before());
            }
            (Delete, false, true) | (Char('d'), false, true) => self.delete_to(self.word_after()),
            (Char('k'), true, false) => self.delete_to(self.line_end()),
            (Char('j'), true, false) => self.delete_to(self.line_start()),
            (Left, false, false) | (Char('b'), true, false) => self.go(self.before()),
            (Right, false, false) | (Char('f'), true, false) => self.go(self.after()),
            (Left, true, false) | (Char('b'), false, true) => self.go(self.word_before()),
            (Right, true, false) | (Char('f'), false, true) => self.go(self.word_after()),
            (Up, false, false) | (Char('p'), true, false) => self.go(self.rows_down(-1)),
            (Down, false, false) | (Char('n'), true, false) => self.go(self.rows_down(1)),
            (Home, false, _) | (Char('a'), true, false) => self.go(self.line_start()),
            (End, false, _) | (Char('e'), true, false) => self.go(self.line_end()),
            (Home, true, _) | (Char('<'), false, true) => self.go(Pos::default()),
            (End, true, _) | (Char('>'), false, true) => self.go(self.end()),
            (PageUp, _, _) | (Char('v'), false, true) => self.go(self.rows_down(-self.page())),
            (PageDown, _, _) | (Char('v'), true, false) => self.go(self.rows_down(self.page())),
            (Char('u'), true, false) => self.undo(),
            (Char('r'), true, false) => self.redo(),
            _ => {}
        }
    }

    /// Starts a new line, unless the field is one line.
    fn new_line(&mut self) {
        if !self.one_line {
            self.insert("\n", false);
        }
    }

    /// Deletes from the caret to `to` (either side of it).
    fn delete_to(&mut self, to: Pos) {
        let (from, end) = if to < self.caret {
            (to, self.caret)
        } else {
            (self.caret, to)
        };
        self.history.seal();
        self.edit(from, end, "", false);
        self.history.seal();
    }

    fn line_start(&self) -> Pos {
        Pos {
            line: self.caret.line,
            byte: 0,
        }
    }

    fn line_end(&self) -> Pos {
        Pos {
            line: self.caret.line,
            byte: self.lines[self.caret.line].len(),
        }
    }

    fn end(&self) -> Pos {
        let line = self.lines.len() - 1;
        Pos {
            line,
            byte: self.lines[line].len(),
        }
    }
}
