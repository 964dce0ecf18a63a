//! The editor overlay: writing a question, a private note or the doctor's answer.

use jiff::Timestamp;

use super::clause::Clause;
use super::{Overlay, Screen};
use crate::app::intent::{EditCode, EditKey};
use crate::app::textbox::TextBox;
use crate::app::{App, Intent};
use crate::model::session::{Draft, TextField};
use crate::sanitize;

/// The multi-line editor for a question, a note or the doctor's answer.
#[derive(Debug, Clone)]
pub struct Editor {
    /// Which text it edits.
    pub field: TextField,
    /// The clause (index into the set) it belongs to.
    pub clause: usize,
    /// The text being typed.
    pub text: TextBox,
    /// Suggested questions offered until the reader picks one or starts typing.
    pub suggestions: Vec<String>,
}

impl Editor {
    /// An editor holding what the reader wrote before, with the cursor at its end.
    pub(crate) fn open(app: &App, field: TextField, clause: usize) -> Overlay {
        let existing = app
            .session
            .text(&app.set.clauses[clause].id, field)
            .unwrap_or("");
        // Suggestions help only with a blank page, never over the reader's own words.
        let suggestions = match field {
            TextField::Question if existing.is_empty() => app.set.clauses[clause].questions.clone(),
            _ => Vec::new(),
        };
        Self::with_text(field, clause, existing, suggestions)
    }

    /// An editor holding `text`, with the cursor at its end, offering `suggestions`.
    pub(crate) fn with_text(
        field: TextField,
        clause: usize,
        text: &str,
        suggestions: Vec<String>,
    ) -> Overlay {
        Overlay::Editor(Box::new(Editor {
            field,
            clause,
            text: TextBox::new(text, crate::t!("screens-editor-placeholder")),
            suggestions,
        }))
    }

    /// Reopens the editor a crash closed, holding what was being typed, at its clause.
    pub(crate) fn restore(app: &mut App, draft: Draft) {
        let Some(clause) = app.set.index_of(&draft.clause) else {
            return;
        };
        app.current = clause;
        app.screen = Screen::Clause(Clause::default());
        app.overlay = Some(Self::with_text(
            draft.field,
            clause,
            &draft.text,
            Vec::new(),
        ));
        app.message = Some(crate::t!("screens-editor-draft-restored"));
    }

    /// What the editor holds, to keep as a draft until it closes.
    pub fn draft(&self, app: &App) -> Draft {
        Draft {
            clause: app.set.clauses[self.clause].id.clone(),
            field: self.field,
            text: self.text(),
        }
    }

    /// The text as typed, lines joined.
    pub fn text(&self) -> String {
        self.text.text()
    }

    pub(super) fn update(
        mut self: Box<Self>,
        app: &mut App,
        intent: Intent,
        now: Timestamp,
    ) -> Option<Overlay> {
        match intent {
            Intent::Close => {
                self.close(app, now);
                return None;
            }
            // A typed character is cleaned as a paste is: a terminal can deliver C1 controls or bidi overrides as keys.
            Intent::Edit(EditKey {
                code: EditCode::Char(c),
                ctrl: false,
                alt: false,
            }) if sanitize::text(c.encode_utf8(&mut [0; 4])).chars().ne([c]) => {
                self.text.paste(&sanitize::text(c.encode_utf8(&mut [0; 4])));
            }
            Intent::Edit(key) => {
                if let Some(pick) = self.picked(key) {
                    self.text.paste(&pick);
                } else {
                    self.text.key(key);
                }
                self.suggestions.clear();
            }
            Intent::Paste(text) => {
                self.suggestions.clear();
                self.text.paste(&sanitize::text(&text));
            }
            Intent::Replace(text) => self.text.replace_all(&sanitize::text(&text)),
            Intent::Undo => self.text.undo(),
            Intent::Redo => self.text.redo(),
            _ => {}
        }
        Some(Overlay::Editor(self))
    }

    /// The suggestion a digit key picks, while suggestions are offered.
    fn picked(&self, key: EditKey) -> Option<String> {
        let EditCode::Char(c) = key.code else {
            return None;
        };
        if key.ctrl || key.alt {
            return None;
        }
        let n = c.to_digit(10)? as usize;
        n.checked_sub(1)
            .and_then(|i| self.suggestions.get(i))
            .cloned()
    }

    /// Keeps the text in the session.
    pub(crate) fn close(&self, app: &mut App, now: Timestamp) {
        let clause = &app.set.clauses[self.clause];
        let changed = app
            .session
            .set_text(&clause.id, self.field, &self.text(), now);
        // The doctor's answer is about the question, not the clause's wording.
        if changed && self.field != TextField::Answer {
            app.session.stamp(clause);
        }
        app.record(changed);
    }

    /// Lets the editor show its text from the top again after a resize: its
    /// view keeps the old window's scrolling otherwise, hiding lines that fit now.
    pub(crate) fn refit(&mut self) {
        self.text.to_top();
    }
}

/// What the editor says around the text: its title, and what the text is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct About {
    /// The overlay's title.
    pub title: String,
    /// The clause's title.
    pub clause: String,
    /// The clause's text, or (beside the doctor's answer) the question asked.
    pub context: String,
    /// A word on what to write.
    pub hint: String,
    /// Suggested questions to pick from, numbered from 1, with a line on how to pick.
    pub suggestions: Vec<String>,
}

impl Editor {
    /// What the editor says around the text.
    pub fn about(&self, app: &App) -> About {
        let clause = &app.set.clauses[self.clause];
        let (title, hint) = match self.field {
            TextField::Question => (
                crate::t!("screens-editor-question-title"),
                crate::t!("screens-editor-question-hint"),
            ),
            TextField::Note => (
                crate::t!("screens-editor-note-title"),
                crate::t!("screens-editor-note-hint"),
            ),
            TextField::Answer => (
                crate::t!("screens-editor-answer-title"),
                crate::t!("screens-editor-answer-hint"),
            ),
        };
        // Beside an answer, the question it answers matters more than the clause.
        let context = match self.field {
            TextField::Answer => app
                .session
                .text(&clause.id, TextField::Question)
                .map_or_else(
                    || clause.text.clone(),
                    |q| crate::t!("screens-editor-you-asked", question = q),
                ),
            _ => clause.text.clone(),
        };
        let mut suggestions = Vec::new();
        if !self.suggestions.is_empty() {
            let count = self.suggestions.len();
            suggestions.push(crate::t!("screens-editor-suggestions", count = count));
            for (i, q) in self.suggestions.iter().enumerate() {
                suggestions.push(crate::t!(
                    "screens-editor-suggestion",
                    number = i + 1,
                    question = q
                ));
            }
        }
        About {
            title,
            clause: clause.title.clone(),
            context,
            hint,
            suggestions,
        }
    }
}
