//! The app's state and the one function that changes it.
//!
//! `App::update` takes an action and returns effects for the runtime to carry
//! out; it never touches the terminal or the disk, so tests drive it directly.

use jiff::Timestamp;
use ratatui::style::Style;
use ratatui_textarea::{TextArea, WrapMode};

use crate::action::{Action, Mode};
use crate::clauses::{Clause, ClauseSet};
use crate::sanitize;
use crate::session::{Session, Stance, TextField};

/// How far a page key scrolls.
const PAGE: u16 = 10;
/// Help is short; this bounds scrolling past its end before the screen clamps it.
const HELP_MAX_SCROLL: u16 = 40;
/// Undo steps kept in the editor.
const UNDO_STEPS: usize = 200;

/// Something for the runtime to do after an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Write the session to disk.
    Save,
    /// Leave accord.
    Quit,
}

/// The screen under any overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Title, credit and how it works.
    Welcome,
    /// One clause at a time.
    Clause,
    /// Counts, questions, notes and unanswered clauses.
    Summary,
}

/// The multi-line editor for a question or a note.
#[derive(Debug, Clone)]
pub struct Editor {
    /// Which text it edits.
    pub field: TextField,
    /// The clause (index into the set) it belongs to.
    pub clause: usize,
    /// The text being typed.
    pub textarea: TextArea<'static>,
}

impl Editor {
    /// The text as typed, lines joined.
    pub fn text(&self) -> String {
        self.textarea.lines().join("\n")
    }
}

/// Something drawn over the screen.
#[derive(Debug, Clone)]
pub enum Overlay {
    /// The list of all clauses, with the highlighted row.
    List {
        /// The highlighted clause.
        selected: usize,
    },
    /// Every key, for the screen underneath, scrolled in a short window.
    Help {
        /// Lines scrolled.
        scroll: u16,
    },
    /// Writing a question or a note.
    Editor(Box<Editor>),
}

/// What a summary line is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// A question for the doctor.
    Question,
    /// A private note.
    Note,
    /// A clause without a stance yet.
    Unanswered,
}

/// One selectable line of the summary; `Enter` goes to its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SummaryEntry {
    /// What the line shows.
    pub kind: EntryKind,
    /// The clause it belongs to.
    pub clause: usize,
}

/// Everything the screen shows, and nothing the terminal owns.
#[derive(Debug, Clone)]
pub struct App {
    /// The agreement being walked through.
    pub set: ClauseSet,
    /// The reader's answers.
    pub session: Session,
    /// The screen under any overlay.
    pub screen: Screen,
    /// What is drawn on top, if anything.
    pub overlay: Option<Overlay>,
    /// The clause shown (index into the set).
    pub current: usize,
    /// How far the clause text is scrolled.
    pub scroll: u16,
    /// The highlighted summary line.
    pub summary_selected: usize,
    /// Whether this session was continued from an earlier run.
    pub resumed: bool,
    /// Things the reader should know, such as a session file set aside.
    pub notices: Vec<String>,
    /// Why the last save failed, until a save succeeds.
    pub save_error: Option<String>,
}

impl App {
    /// A new app on the welcome screen, for `session` of `set`.
    pub fn new(set: ClauseSet, session: Session, resumed: bool, notices: Vec<String>) -> Self {
        let current = set.index_of(&session.position).unwrap_or(0);
        Self {
            set,
            session,
            screen: Screen::Welcome,
            overlay: None,
            current,
            scroll: 0,
            summary_selected: 0,
            resumed,
            notices,
            save_error: None,
        }
    }

    /// The clause on screen.
    pub fn clause(&self) -> &Clause {
        &self.set.clauses[self.current]
    }

    /// Which keys are live now.
    pub fn mode(&self) -> Mode {
        match &self.overlay {
            Some(Overlay::Editor(_)) => Mode::Editor,
            Some(Overlay::List { .. }) => Mode::List,
            Some(Overlay::Help { .. }) => Mode::Help,
            None => self.screen_mode(),
        }
    }

    /// The keys of the screen under any overlay, as the help overlay lists them.
    pub fn screen_mode(&self) -> Mode {
        match self.screen {
            Screen::Welcome => Mode::Welcome,
            Screen::Clause => Mode::Clause,
            Screen::Summary => Mode::Summary,
        }
    }

    /// The selectable summary lines: questions, then notes, then unanswered clauses.
    pub fn summary_entries(&self) -> Vec<SummaryEntry> {
        let with = |kind: EntryKind, keep: &dyn Fn(&Clause) -> bool| -> Vec<SummaryEntry> {
            (0..self.set.clauses.len())
                .filter(|&i| keep(&self.set.clauses[i]))
                .map(|clause| SummaryEntry { kind, clause })
                .collect()
        };
        let s = &self.session;
        let mut entries = with(EntryKind::Question, &|c| {
            s.text(&c.id, TextField::Question).is_some()
        });
        entries.extend(with(EntryKind::Note, &|c| {
            s.text(&c.id, TextField::Note).is_some()
        }));
        entries.extend(with(EntryKind::Unanswered, &|c| s.stance(&c.id).is_none()));
        entries
    }

    /// Applies one action; returns what the runtime must do next.
    pub fn update(&mut self, action: Action, now: Timestamp) -> Vec<Effect> {
        let changed = match action {
            Action::Quit => {
                // Retry a failed save on the way out rather than lose anything.
                let kept = self.close_editor(now) || self.save_error.is_some();
                return if kept {
                    vec![Effect::Save, Effect::Quit]
                } else {
                    vec![Effect::Quit]
                };
            }
            Action::Saved => {
                self.save_error = None;
                false
            }
            Action::SaveFailed(why) => {
                self.save_error = Some(why);
                false
            }
            other => match self.mode() {
                Mode::Editor => self.editor_action(other, now),
                Mode::List => self.list_action(other, now),
                Mode::Help => {
                    if let Some(Overlay::Help { scroll }) = &mut self.overlay {
                        match other {
                            Action::Close => self.overlay = None,
                            Action::Up => *scroll = scroll.saturating_sub(1),
                            Action::Down => *scroll = scroll.saturating_add(1).min(HELP_MAX_SCROLL),
                            _ => {}
                        }
                    }
                    false
                }
                Mode::Welcome => {
                    match other {
                        Action::Begin => self.screen = Screen::Clause,
                        Action::Help => self.overlay = Some(Overlay::Help { scroll: 0 }),
                        _ => {}
                    }
                    false
                }
                Mode::Clause => self.clause_action(other, now),
                Mode::Summary => self.summary_action(other, now),
            },
        };
        if changed {
            vec![Effect::Save]
        } else {
            Vec::new()
        }
    }

    fn clause_action(&mut self, action: Action, now: Timestamp) -> bool {
        let id = self.clause().id.clone();
        match action {
            Action::Agree => return self.toggle(&id, Stance::Agree, now),
            Action::Disagree => return self.toggle(&id, Stance::Disagree, now),
            Action::EditQuestion => self.open_editor(TextField::Question),
            Action::EditNote => self.open_editor(TextField::Note),
            Action::Next if self.current + 1 < self.set.clauses.len() => {
                return self.go_to(self.current + 1, now);
            }
            Action::Next | Action::OpenSummary => self.open_summary(),
            Action::Prev if self.current > 0 => return self.go_to(self.current - 1, now),
            Action::OpenList => {
                self.overlay = Some(Overlay::List {
                    selected: self.current,
                })
            }
            Action::Help => self.overlay = Some(Overlay::Help { scroll: 0 }),
            Action::Up => self.scroll = self.scroll.saturating_sub(1),
            Action::Down => self.scroll = self.scroll.saturating_add(1),
            Action::PageUp => self.scroll = self.scroll.saturating_sub(PAGE),
            Action::PageDown => self.scroll = self.scroll.saturating_add(PAGE),
            _ => {}
        }
        false
    }

    fn summary_action(&mut self, action: Action, now: Timestamp) -> bool {
        let entries = self.summary_entries();
        match action {
            Action::Up => self.summary_selected = self.summary_selected.saturating_sub(1),
            Action::Down if self.summary_selected + 1 < entries.len() => self.summary_selected += 1,
            Action::Select => {
                if let Some(entry) = entries.get(self.summary_selected) {
                    self.screen = Screen::Clause;
                    return self.go_to(entry.clause, now);
                }
            }
            Action::Prev => self.screen = Screen::Clause,
            Action::OpenList => {
                self.overlay = Some(Overlay::List {
                    selected: self.current,
                })
            }
            Action::Help => self.overlay = Some(Overlay::Help { scroll: 0 }),
            _ => {}
        }
        false
    }

    fn list_action(&mut self, action: Action, now: Timestamp) -> bool {
        let Some(Overlay::List { selected }) = &mut self.overlay else {
            return false;
        };
        let last = self.set.clauses.len().saturating_sub(1);
        match action {
            Action::Up => *selected = selected.saturating_sub(1),
            Action::Down => *selected = (*selected + 1).min(last),
            Action::Select => {
                let target = *selected;
                self.overlay = None;
                self.screen = Screen::Clause;
                return self.go_to(target, now);
            }
            Action::Close => self.overlay = None,
            Action::Help => self.overlay = Some(Overlay::Help { scroll: 0 }),
            _ => {}
        }
        false
    }

    fn editor_action(&mut self, action: Action, now: Timestamp) -> bool {
        let Some(Overlay::Editor(editor)) = &mut self.overlay else {
            return false;
        };
        match action {
            Action::Close => return self.close_editor(now),
            Action::Edit(input) => {
                editor.textarea.input(input);
            }
            Action::Paste(text) => {
                editor.textarea.insert_str(sanitize::text(&text));
            }
            Action::Undo => {
                editor.textarea.undo();
            }
            Action::Redo => {
                editor.textarea.redo();
            }
            _ => {}
        }
        false
    }

    fn toggle(&mut self, id: &str, stance: Stance, now: Timestamp) -> bool {
        let next = (self.session.stance(id) != Some(stance)).then_some(stance);
        self.session.set_stance(id, next, now)
    }

    fn go_to(&mut self, index: usize, now: Timestamp) -> bool {
        self.current = index;
        self.scroll = 0;
        let id = self.set.clauses[index].id.clone();
        self.session.set_position(&id, now)
    }

    fn open_summary(&mut self) {
        self.screen = Screen::Summary;
        self.summary_selected = 0;
    }

    fn open_editor(&mut self, field: TextField) {
        let existing = self.session.text(&self.clause().id, field).unwrap_or("");
        let mut textarea = TextArea::new(existing.lines().map(str::to_owned).collect());
        textarea.set_wrap_mode(WrapMode::WordOrGlyph);
        textarea.set_max_histories(UNDO_STEPS);
        textarea.set_cursor_line_style(Style::default());
        textarea
            .set_placeholder_text("Type here. Enter starts a new line; Esc keeps what you wrote.");
        textarea.move_cursor(ratatui_textarea::CursorMove::Bottom);
        textarea.move_cursor(ratatui_textarea::CursorMove::End);
        self.overlay = Some(Overlay::Editor(Box::new(Editor {
            field,
            clause: self.current,
            textarea,
        })));
    }

    /// Keeps the editor's text in the session and closes it; true if the session changed.
    fn close_editor(&mut self, now: Timestamp) -> bool {
        let Some(Overlay::Editor(editor)) = &self.overlay else {
            return false;
        };
        let id = self.set.clauses[editor.clause].id.clone();
        let (field, text) = (editor.field, editor.text());
        self.overlay = None;
        self.session.set_text(&id, field, &text, now)
    }
}
