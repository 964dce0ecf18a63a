//! Undo and redo: each edit kept as the little it changed, never as a copy
//! of the whole text; letters typed one after another undo together.

use std::collections::VecDeque;

use super::layout::Pos;

/// Undo steps kept.
const STEPS: usize = 200;

/// One edit: at `from`, `removed` became `inserted`; where the caret was before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Step {
    /// Where the edit starts.
    pub from: Pos,
    /// The text that was there.
    pub removed: String,
    /// The text put in its place.
    pub inserted: String,
    /// The caret before the edit.
    pub before: Pos,
    /// The caret after the edit.
    pub after: Pos,
}

/// The edits that can be undone, and those undone that can be redone.
#[derive(Debug, Clone, Default)]
pub(super) struct History {
    done: VecDeque<Step>,
    undone: Vec<Step>,
    /// Whether the last step is letters being typed that the next letter may join.
    typing: bool,
}

impl History {
    /// Keeps `step`; a typed letter right after typed letters joins their step,
    /// up to the end of a word.
    pub(super) fn record(&mut self, step: Step, typed: bool) {
        self.undone.clear();
        if typed
            && self.typing
            && let Some(last) = self.done.back_mut()
            && last.after == step.from
            && step.removed.is_empty()
            && last.removed.is_empty()
            // Undo takes back a word at a time: a space after a word starts a step.
            && (!step.inserted.starts_with(' ') || last.inserted.ends_with(' '))
        {
            last.inserted.push_str(&step.inserted);
            last.after = step.after;
            return;
        }
        self.typing = typed;
        if self.done.len() == STEPS {
            self.done.pop_front();
        }
        self.done.push_back(step);
    }

    /// Ends the letters being typed: the next letter starts a step of its own.
    pub(super) fn seal(&mut self) {
        self.typing = false;
    }

    /// The step to undo, now kept for redo.
    pub(super) fn undo(&mut self) -> Option<&Step> {
        self.typing = false;
        let step = self.done.pop_back()?;
        self.undone.push(step);
        self.undone.last()
    }

    /// The step to redo, now kept for undo again.
    pub(super) fn redo(&mut self) -> Option<&Step> {
        self.typing = false;
        let step = self.undone.pop()?;
        self.done.push_back(step);
        self.done.back()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(at: usize, c: &str) -> Step {
        let pos = |byte| Pos { line: 0, byte };
        Step {
            from: pos(at),
            removed: String::new(),
            inserted: c.into(),
            before: pos(at),
            after: pos(at + c.len()),
        }
    }

    #[test]
    fn letters_typed_in_a_row_are_one_step() {
        let mut h = History::default();
        h.record(typed(0, "a"), true);
        h.record(typed(1, "b"), true);
        h.seal();
        h.record(typed(2, "c"), true);
        assert_eq!(h.undo().map(|s| s.inserted.clone()), Some("c".into()));
        assert_eq!(h.undo().map(|s| s.inserted.clone()), Some("ab".into()));
        assert!(h.undo().is_none());
        assert_eq!(h.redo().map(|s| s.inserted.clone()), Some("ab".into()));
    }

    #[test]
    fn a_new_edit_drops_what_could_be_redone_and_old_steps_go() {
        let mut h = History::default();
        for i in 0..STEPS + 5 {
            h.record(typed(i, "a"), false);
        }
        assert_eq!(h.done.len(), STEPS);
        h.undo();
        h.record(typed(0, "b"), false);
        assert!(h.redo().is_none());
    }
}
