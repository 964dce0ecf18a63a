//! The app's state and the one function that changes it.
//!
//! `App::update` takes what the reader meant or what the shell reports, and
//! returns effects for the shell to carry out; it never touches the terminal
//! or the disk, so tests drive it directly.

mod appointment;
pub mod effect;
pub mod intent;
pub mod keys;
mod look_back;
pub mod report;

pub use effect::Effect;
pub use intent::Intent;
pub use keys::Mode;
pub use look_back::Choice;
pub use report::Report;

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use ratatui::style::Style;
use ratatui_textarea::{TextArea, WrapMode};

use crate::index::Summary;
use crate::model::clauses::{Clause, ClauseSet};
use crate::model::history::Earlier;
use crate::model::session::{ClauseSetRef, Role, Session, Stance, TextField};
use crate::sanitize;

/// How far a page key scrolls.
const PAGE: u16 = 10;
/// Undo steps kept in the editor.
const UNDO_STEPS: usize = 200;

/// Everything `update` takes: what the reader meant, or what the shell reports.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// From the reader.
    Intent(Intent),
    /// From the shell.
    Report(Report),
}

impl From<Intent> for Msg {
    fn from(intent: Intent) -> Self {
        Msg::Intent(intent)
    }
}

impl From<Report> for Msg {
    fn from(report: Report) -> Self {
        Msg::Report(report)
    }
}

/// The screen under any overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Title, credit and how it works.
    Welcome,
    /// One clause at a time.
    Clause,
    /// The appointment agenda, notes and unanswered clauses.
    Agenda,
    /// "Are you on board?": typing a name to sign.
    Sign,
    /// The list of this and earlier sessions.
    LookBack,
    /// One session's answers, read-only.
    Review,
    /// What changed between two sessions.
    Compare,
}

/// The multi-line editor for a question, a note or the doctor's answer.
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

/// The signing step's one-line name field.
#[derive(Debug, Clone)]
pub struct Signing {
    /// Whose signature is being typed.
    pub role: Role,
    /// The name being typed.
    pub input: TextArea<'static>,
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
    /// Writing a question, a note or an answer.
    Editor(Box<Editor>),
    /// Every earlier answer to a clause, newest first.
    Timeline {
        /// The clause.
        clause: usize,
        /// The earlier answers.
        entries: Vec<Earlier>,
        /// Lines scrolled.
        scroll: u16,
    },
}

/// What an agenda-screen line is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// A question for the doctor, or a clause the reader is not on board with.
    Agenda,
    /// A private note.
    Note,
    /// A clause without a stance yet.
    Unanswered,
}

/// One selectable line of the agenda screen; `Enter` goes to its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
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
    /// The highlighted agenda-screen line.
    pub agenda_selected: usize,
    /// The signing step's state, while on it.
    pub signing: Signing,
    /// Whether this session was continued from an earlier run.
    pub resumed: bool,
    /// Things the reader should know, such as a session file set aside.
    pub notices: Vec<String>,
    /// Why the last save failed, until a save succeeds.
    pub save_error: Option<String>,
    /// A short reply to the last key, such as where exports went.
    pub message: Option<String>,
    /// The time zone dates are shown in.
    pub tz: TimeZone,
    /// The session is open in another accord window.
    pub open_elsewhere: bool,
    /// Changes are refused: the session is open elsewhere and was opened to read.
    pub read_only: bool,
    /// Earlier sessions of this clause set, newest first.
    pub history: Vec<Summary>,
    /// For each clause, the reader's most recent earlier answer.
    pub last_time: BTreeMap<String, Earlier>,
    /// The highlighted welcome choice.
    pub welcome_selected: usize,
    /// How far what scrolls on screen can usefully scroll, as last drawn.
    pub scroll_limit: Option<u16>,
    /// The highlighted look-back row (0 is this session).
    pub look_back_selected: usize,
    /// A session marked for comparison.
    pub marked: Option<String>,
    /// Sessions asked for and not yet loaded, in the order they will be shown.
    pending: Vec<String>,
    /// Effects a key asked for beyond saving, handed out by `update`.
    queued: Vec<Effect>,
    /// The sessions on the review or compare screen, older first, and how far scrolled.
    pub viewing: Vec<Session>,
    /// How far the review or compare screen is scrolled.
    pub viewing_scroll: u16,
}

impl App {
    /// A new app on the welcome screen, for `session` of `set`.
    pub fn new(set: ClauseSet, mut session: Session, resumed: bool, notices: Vec<String>) -> Self {
        let current = set.index_of(&session.position).unwrap_or(0);
        // From now on the session answers the set as it is; answers keep their own digests.
        session.clause_set = ClauseSetRef::of(&set);
        Self {
            set,
            session,
            screen: Screen::Welcome,
            overlay: None,
            current,
            scroll: 0,
            agenda_selected: 0,
            signing: Signing {
                role: Role::Patient,
                input: TextArea::default(),
            },
            resumed,
            notices,
            save_error: None,
            message: None,
            tz: TimeZone::UTC,
            open_elsewhere: false,
            read_only: false,
            history: Vec::new(),
            last_time: BTreeMap::new(),
            welcome_selected: 0,
            scroll_limit: None,
            look_back_selected: 0,
            marked: None,
            pending: Vec::new(),
            queued: Vec::new(),
            viewing: Vec::new(),
            viewing_scroll: 0,
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
            Some(Overlay::Timeline { .. }) => Mode::Timeline,
            None => self.screen_mode(),
        }
    }

    /// Whether the footer should offer `binding` now: keys that would only say
    /// "not here" (edits in a read-only window, earlier answers when there are
    /// none, choices on a welcome screen with one way on) are left out.
    pub fn offers(&self, binding: &keys::Binding) -> bool {
        if self.read_only && binding.changes_answers {
            return false;
        }
        match (self.mode(), &binding.intent) {
            (Mode::Welcome, Intent::Up | Intent::Down | Intent::StartNew) => {
                self.choices().len() > 1
            }
            (_, Intent::OpenLookBack | Intent::Timeline) => !self.history.is_empty(),
            // Row 0 is the session already open.
            (Mode::LookBack, Intent::Reopen) => self.look_back_selected > 0,
            // Ordering, stars and the doctor's answers are for agenda items only.
            (
                Mode::Agenda,
                Intent::MoveUp
                | Intent::MoveDown
                | Intent::Star
                | Intent::EditAnswer
                | Intent::CycleStatus,
            ) => self
                .agenda_entries()
                .get(self.agenda_selected)
                .is_some_and(|e| e.kind == EntryKind::Agenda),
            _ => true,
        }
    }

    /// The keys of the screen under any overlay, as the help overlay lists them.
    pub fn screen_mode(&self) -> Mode {
        match self.screen {
            Screen::Welcome => Mode::Welcome,
            Screen::Clause => Mode::Clause,
            Screen::Agenda => Mode::Agenda,
            Screen::Sign => Mode::Sign,
            Screen::LookBack => Mode::LookBack,
            Screen::Review | Screen::Compare => Mode::Review,
        }
    }

    /// Lets the editor show its text from the top again after a resize: its
    /// view keeps the old window's scrolling otherwise, hiding lines that fit now.
    fn refit_editor(&mut self) {
        if let Some(Overlay::Editor(editor)) = &mut self.overlay {
            let textarea = &mut editor.textarea;
            let ratatui_textarea::DataCursor(row, col) = textarea.cursor();
            let clamp = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
            textarea.scroll((-i16::MAX, 0));
            // Scrolling pulls the cursor into view; put it back where the reader left it.
            textarea.move_cursor(ratatui_textarea::CursorMove::Jump(clamp(row), clamp(col)));
        }
    }

    /// Applies what the reader meant or what the shell reported; returns what
    /// the shell must do next.
    pub fn update(&mut self, msg: impl Into<Msg>, now: Timestamp) -> Vec<Effect> {
        match msg.into() {
            Msg::Intent(intent) => self.intend(intent, now),
            Msg::Report(report) => self.hear(report),
        }
    }

    /// What the shell reported; most reports only change what is shown.
    fn hear(&mut self, report: Report) -> Vec<Effect> {
        match report {
            Report::Saved => self.save_error = None,
            Report::Resized => self.refit_editor(),
            Report::ScrollLimit(limit) => {
                self.scroll_limit = Some(limit);
                if let Some(scroll) = self.active_scroll() {
                    *scroll = (*scroll).min(limit);
                }
            }
            Report::SaveFailed(why) => self.save_error = Some(why),
            Report::Exported(paths) => {
                let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
                self.message = Some(format!(
                    "Ready to print or share: {}. Your private notes are left out of these copies.",
                    shown.join(" and ")
                ));
            }
            Report::ExportFailed(why) => {
                self.message = Some(format!("Could not export: {why}"));
            }
            Report::ReopenFailed(why) => {
                self.message = Some(format!("Could not open that session: {why}"));
            }
            Report::Loaded(sessions) => self.show_loaded(sessions),
            Report::TimelineLoaded(entries) => {
                self.overlay = Some(Overlay::Timeline {
                    clause: self.current,
                    entries,
                    scroll: 0,
                });
            }
            Report::HistoryLoaded(history, last_time) => {
                self.history = history;
                self.last_time = last_time;
            }
            Report::Started(session) => {
                self.current = 0;
                self.session = *session;
                self.resumed = false;
                self.open_elsewhere = false;
                self.read_only = false;
                self.screen = Screen::Clause;
                // What earlier sessions said now includes the one just left.
                return vec![Effect::LoadHistory];
            }
            Report::Reopened(session, open_elsewhere) => {
                self.session = *session;
                self.current = self.set.index_of(&self.session.position).unwrap_or(0);
                self.scroll = 0;
                self.resumed = true;
                self.open_elsewhere = open_elsewhere;
                self.read_only = open_elsewhere;
                self.look_back_selected = 0;
                self.marked = None;
                self.screen = Screen::Clause;
                if open_elsewhere {
                    self.message = Some(
                        "That session is open in another window, so it is read-only here.".into(),
                    );
                }
                return vec![Effect::LoadHistory];
            }
        }
        Vec::new()
    }

    /// What the reader meant, refused if it would change a read-only session.
    fn intend(&mut self, intent: Intent, now: Timestamp) -> Vec<Effect> {
        let changed = match intent {
            Intent::Quit => {
                // Retry a failed save on the way out rather than lose anything.
                let kept = self.close_editor(now) || self.save_error.is_some();
                return if kept {
                    vec![Effect::Save, Effect::Quit]
                } else {
                    vec![Effect::Quit]
                };
            }
            Intent::Export if self.mode() == Mode::Agenda => {
                self.message = None;
                return vec![Effect::Export];
            }
            other if self.read_only && keys::changes_answers(self.mode(), &other) => {
                self.message = Some(
                    "This session is open in another window, so it is read-only here. \
                     To change answers, close the other window and start accord again."
                        .into(),
                );
                false
            }
            other => {
                self.message = None;
                self.user_action(other, now)
            }
        };
        let mut effects = std::mem::take(&mut self.queued);
        // A read-only window never writes: the other window owns the file.
        if changed && !self.read_only {
            effects.insert(0, Effect::Save);
        }
        effects
    }

    /// A key press: what it does depends on what is on screen.
    fn user_action(&mut self, action: Intent, now: Timestamp) -> bool {
        let other = action;
        match self.mode() {
            Mode::Editor => self.editor_action(other, now),
            Mode::List => self.list_action(other, now),
            Mode::Help => {
                if other == Intent::Close {
                    self.overlay = None;
                } else {
                    self.scroll_by(&other);
                }
                false
            }
            Mode::Welcome => {
                self.welcome_action(other);
                false
            }
            Mode::LookBack => {
                self.look_back_action(other);
                false
            }
            Mode::Review => {
                self.review_action(other);
                false
            }
            Mode::Timeline => {
                self.timeline_action(other);
                false
            }
            Mode::Clause => self.clause_action(other, now),
            Mode::Agenda => self.agenda_action(other, now),
            Mode::Sign => self.sign_action(other, now),
        }
    }

    fn clause_action(&mut self, action: Intent, now: Timestamp) -> bool {
        let id = self.clause().id.clone();
        match action {
            Intent::Agree => return self.toggle(&id, Stance::Agree, now),
            Intent::Disagree => return self.toggle(&id, Stance::Disagree, now),
            Intent::EditQuestion => self.open_editor(TextField::Question, self.current),
            Intent::EditNote => self.open_editor(TextField::Note, self.current),
            Intent::Next if self.current + 1 < self.set.clauses.len() => {
                return self.go_to(self.current + 1, now);
            }
            Intent::Next | Intent::OpenAgenda => self.open_agenda(),
            Intent::Prev if self.current > 0 => return self.go_to(self.current - 1, now),
            Intent::OpenList => {
                self.overlay = Some(Overlay::List {
                    selected: self.current,
                })
            }
            Intent::Timeline => self.queued.push(Effect::LoadTimeline(id)),
            Intent::Help => self.overlay = Some(Overlay::Help { scroll: 0 }),
            other => self.scroll_by(&other),
        }
        false
    }

    /// The scroll position of what scrolls on screen now, if anything does.
    fn active_scroll(&mut self) -> Option<&mut u16> {
        match &mut self.overlay {
            Some(Overlay::Help { scroll } | Overlay::Timeline { scroll, .. }) => Some(scroll),
            Some(_) => None,
            None => match self.screen {
                Screen::Clause => Some(&mut self.scroll),
                Screen::Review | Screen::Compare => Some(&mut self.viewing_scroll),
                _ => None,
            },
        }
    }

    /// Scrolls what is on screen for an arrow or page key, never past its end
    /// (as far as the last frame drawn showed it): an Up key always moves.
    pub(super) fn scroll_by(&mut self, action: &Intent) {
        let limit = self.scroll_limit.unwrap_or(u16::MAX);
        let Some(scroll) = self.active_scroll() else {
            return;
        };
        *scroll = match action {
            Intent::Up => scroll.saturating_sub(1),
            Intent::Down => scroll.saturating_add(1),
            Intent::PageUp => scroll.saturating_sub(PAGE),
            Intent::PageDown => scroll.saturating_add(PAGE),
            _ => return,
        }
        .min(limit);
    }

    fn list_action(&mut self, action: Intent, now: Timestamp) -> bool {
        let Some(Overlay::List { selected }) = &mut self.overlay else {
            return false;
        };
        let last = self.set.clauses.len().saturating_sub(1);
        match action {
            Intent::Up => *selected = selected.saturating_sub(1),
            Intent::Down => *selected = (*selected + 1).min(last),
            Intent::Select => {
                let target = *selected;
                self.overlay = None;
                self.screen = Screen::Clause;
                return self.go_to(target, now);
            }
            Intent::Close => self.overlay = None,
            Intent::Help => self.overlay = Some(Overlay::Help { scroll: 0 }),
            _ => {}
        }
        false
    }

    fn editor_action(&mut self, action: Intent, now: Timestamp) -> bool {
        let Some(Overlay::Editor(editor)) = &mut self.overlay else {
            return false;
        };
        match action {
            Intent::Close => return self.close_editor(now),
            Intent::Edit(input) => {
                editor.textarea.input(input);
            }
            Intent::Paste(text) => {
                editor.textarea.insert_str(sanitize::text(&text));
            }
            Intent::Undo => {
                editor.textarea.undo();
            }
            Intent::Redo => {
                editor.textarea.redo();
            }
            _ => {}
        }
        false
    }

    fn toggle(&mut self, id: &str, stance: Stance, now: Timestamp) -> bool {
        let next = (self.session.stance(id) != Some(stance)).then_some(stance);
        let changed = self.session.set_stance(id, next, now);
        self.session.stamp(&self.set.clauses[self.current]);
        changed
    }

    fn go_to(&mut self, index: usize, now: Timestamp) -> bool {
        self.current = index;
        self.scroll = 0;
        let id = self.set.clauses[index].id.clone();
        self.session.set_position(&id, now)
    }

    fn open_editor(&mut self, field: TextField, clause: usize) {
        let existing = self
            .session
            .text(&self.set.clauses[clause].id, field)
            .unwrap_or("");
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
            clause,
            textarea,
        })));
    }

    /// Keeps the editor's text in the session and closes it; true if the session changed.
    fn close_editor(&mut self, now: Timestamp) -> bool {
        let Some(Overlay::Editor(editor)) = &self.overlay else {
            return false;
        };
        let clause = editor.clause;
        let id = self.set.clauses[clause].id.clone();
        let (field, text) = (editor.field, editor.text());
        self.overlay = None;
        let changed = self.session.set_text(&id, field, &text, now);
        // The doctor's answer is about the question, not the clause's wording.
        if changed && field != TextField::Answer {
            self.session.stamp(&self.set.clauses[clause]);
        }
        changed
    }
}
