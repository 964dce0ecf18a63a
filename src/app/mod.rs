//! The pure core: what every screen shares, and the one function that changes it.
//!
//! `App::update` takes what the reader meant or what the shell reports, and
//! returns effects for the shell to carry out; it never touches the terminal
//! or the disk, so tests drive it directly. Each screen's own state and
//! behaviour live in `screens/`; this file only dispatches.

mod chrome;
pub mod content;
pub mod effect;
pub mod history;
pub mod intent;
pub mod keys;
pub mod report;
pub mod screens;
mod start;
pub mod textbox;

pub use chrome::too_small;
pub use effect::Effect;
pub use history::History;
pub use intent::Intent;
pub use keys::Mode;
pub use report::Report;
pub use screens::{Overlay, Screen};
pub use start::Start;

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::model::clauses::{Clause, ClauseSet};
use crate::model::history::Earlier;
use crate::model::session::{ClauseSetRef, Draft, Session, Stance};
use screens::clause::Clause as ClauseScreen;
use screens::editor::Editor;
use screens::timeline::Timeline;
use screens::welcome::{SetOffer, Welcome};

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

/// What every screen shares, and the screen and overlay shown.
#[derive(Debug, Clone)]
pub struct App {
    /// The agreement being walked through.
    pub set: ClauseSet,
    /// The reader's answers.
    pub session: Session,
    /// The reader's place in the set (index of the clause), as the session's position says.
    pub current: usize,
    /// The screen under any overlay.
    pub screen: Screen,
    /// What is drawn on top, if anything.
    pub overlay: Option<Overlay>,
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
    /// Earlier sessions of this clause set, counted until a screen needs their list.
    pub history: History,
    /// For each clause, the reader's most recent earlier answer.
    pub last_time: BTreeMap<String, Earlier>,
    /// The built-in sets the welcome screen offers, until one is chosen.
    pub sets: Vec<SetOffer>,
    /// Whether the session open is saved on disk (a new one is not, until its first save).
    pub on_disk: bool,
    /// A name typed for the printouts when the session holds none (empty: asked, and skipped).
    pub typed_name: Option<String>,
    /// Whether "Leave accord?" is being asked.
    pub leaving: bool,
    /// How far what scrolls on screen can usefully scroll, as last drawn.
    pub scroll_limit: Option<u16>,
    /// Effects a screen asked for, handed out by `update`.
    queued: Vec<Effect>,
    /// Whether the session changed during this update, so it must be saved.
    changed: bool,
    /// Whether the reader moved since the last save: kept on the next save or
    /// on quitting, never flushed on its own, since a position is not an answer.
    position_moved: bool,
}

impl App {
    /// A new app on the welcome screen.
    pub fn new(start: Start) -> Self {
        let Start {
            set,
            mut session,
            resumed,
            notices,
            tz,
            open_elsewhere,
            history,
            last_time,
            profiles,
            sets,
            draft,
        } = start;
        let current = set.index_of(&session.position).unwrap_or(0);
        // From now on the session answers the set as it is; answers keep their own digests.
        session.clause_set = ClauseSetRef::of(&set);
        let mut app = Self {
            set,
            session,
            current,
            screen: Screen::Welcome(Welcome {
                selected: 0,
                profiles,
            }),
            overlay: None,
            resumed,
            notices,
            save_error: None,
            message: None,
            tz,
            open_elsewhere,
            read_only: false,
            history,
            last_time,
            sets,
            on_disk: resumed,
            typed_name: None,
            leaving: false,
            scroll_limit: None,
            queued: Vec::new(),
            changed: false,
            position_moved: false,
        };
        if let Some(draft) = draft.filter(|_| !app.open_elsewhere) {
            Editor::restore(&mut app, draft);
        }
        app
    }

    /// What the editor holds, if it is open, to keep as a draft.
    pub fn draft(&self) -> Option<Draft> {
        match &self.overlay {
            Some(Overlay::Editor(editor)) => Some(editor.draft(self)),
            _ => None,
        }
    }

    /// The clause the reader is at.
    pub fn clause(&self) -> &Clause {
        &self.set.clauses[self.current]
    }

    /// Which keys are live now.
    pub fn mode(&self) -> Mode {
        if self.leaving {
            return Mode::Leave;
        }
        match &self.overlay {
            Some(Overlay::Editor(_)) => Mode::Editor,
            Some(Overlay::List(_)) => Mode::List,
            Some(Overlay::Help(_)) => Mode::Help,
            Some(Overlay::Timeline(_)) => Mode::Timeline,
            Some(Overlay::Share(_)) => Mode::Share,
            Some(Overlay::Name(_)) => Mode::Name,
            None => self.screen_mode(),
        }
    }

    /// The keys of the screen under any overlay, as the help overlay lists them.
    pub fn screen_mode(&self) -> Mode {
        match self.screen {
            Screen::Welcome(_) => Mode::Welcome,
            Screen::Clause(_) => Mode::Clause,
            Screen::Agenda(_) => Mode::Agenda,
            Screen::Sign(_) => Mode::Sign,
            Screen::LookBack(_) => Mode::LookBack,
            Screen::Review(_) => Mode::Review,
        }
    }

    /// Whether the footer should offer `binding` now: keys that would only say
    /// "not here" (edits in a read-only window, earlier answers when there are
    /// none, choices on a welcome screen with one way on) are left out.
    pub fn offers(&self, binding: &keys::Binding) -> bool {
        if self.read_only && binding.changes_answers {
            return false;
        }
        match binding.intent {
            Intent::OpenLookBack | Intent::Timeline => !self.history.is_empty(),
            _ if self.overlay.is_some() => true,
            _ => self.screen.offers(self, &binding.intent),
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

    /// What the reader meant, refused if it would change a read-only session.
    fn intend(&mut self, intent: Intent, now: Timestamp) -> Vec<Effect> {
        // "Leave accord?" takes one answer: leave, or stay where the reader was.
        if std::mem::take(&mut self.leaving) && intent != Intent::Quit {
            self.message = None;
            return Vec::new();
        }
        match intent {
            Intent::AskQuit => {
                self.leaving = true;
                self.message = Some(crate::t!("screens-leave-question"));
            }
            Intent::Quit => {
                // Retry a failed save on the way out rather than lose anything.
                match self.overlay.take() {
                    Some(Overlay::Editor(editor)) => editor.close(self, now),
                    other => self.overlay = other,
                }
                self.changed |= self.save_error.is_some() || self.position_moved;
                self.ask(Effect::Quit);
            }
            other if self.read_only && keys::changes_answers(self.mode(), &other) => {
                self.message = Some(crate::t!("screens-read-only-refused"));
            }
            other => {
                self.message = None;
                match self.overlay.take() {
                    Some(overlay) => self.overlay = overlay.update(self, other, now),
                    None => self.on_screen(|screen, app| screen.update(app, other, now)),
                }
            }
        }
        let mut effects = std::mem::take(&mut self.queued);
        // Leaving this session for another keeps where the reader was in it.
        self.changed |= self.position_moved
            && effects
                .iter()
                .any(|e| matches!(e, Effect::StartNew | Effect::Reopen(_)));
        // A read-only window never writes: the other window owns the file.
        if std::mem::take(&mut self.changed) && !self.read_only {
            self.position_moved = false;
            effects.insert(0, Effect::Save);
        }
        effects
    }

    /// What the shell reported; most reports only change what is shown.
    fn hear(&mut self, report: Report) -> Vec<Effect> {
        match report {
            Report::Saved => {
                self.save_error = None;
                self.on_disk = true;
            }
            Report::Resized => {
                if let Some(Overlay::Editor(editor)) = &mut self.overlay {
                    editor.refit();
                }
            }
            Report::ScrollLimit(limit) => {
                self.scroll_limit = Some(limit);
                if let Some(scroll) = self.active_scroll() {
                    *scroll = (*scroll).min(limit);
                }
            }
            Report::SaveFailed(why) => self.save_error = Some(why),
            Report::Exported(paths) => match &mut self.screen {
                Screen::Agenda(agenda) => agenda.printed = paths,
                _ => {
                    let shown: Vec<String> =
                        paths.iter().map(|p| crate::sanitize::path(p)).collect();
                    let files = shown.join(&crate::t!("screens-list-and"));
                    self.message = Some(crate::t!("screens-exported", files = files));
                }
            },
            Report::Shared(path) => {
                let path = path.display().to_string();
                self.message = Some(crate::t!("screens-shared", path = path));
            }
            Report::ExportFailed(why) => {
                self.message = Some(crate::t!("screens-export-failed", why = why));
            }
            Report::OpenFailed(why) => {
                self.message = Some(crate::t!("screens-open-failed", why = why));
            }
            Report::ReopenFailed(why) => {
                self.message = Some(crate::t!("screens-reopen-failed", why = why));
            }
            Report::Loaded(sessions) => self.on_screen(|screen, app| match screen {
                Screen::LookBack(look_back) => look_back.show_loaded(app, sessions),
                other => other,
            }),
            Report::TimelineLoaded(entries) => {
                self.overlay = Some(Overlay::Timeline(Timeline {
                    clause: self.current,
                    entries,
                    scroll: 0,
                }));
            }
            Report::HistoryLoaded(history, last_time) => {
                self.history = History::Listed(history);
                self.last_time = last_time;
            }
            Report::SetChosen(set, session) => {
                // A new, unsaved session of the chosen set: as if started anew.
                self.set = *set;
                self.sets.clear();
                return self.hear(Report::Started(session));
            }
            Report::Started(session) => {
                self.open(*session, false);
                self.resumed = false;
                self.on_disk = false;
                // What earlier sessions said now includes the one just left.
                return vec![Effect::LoadHistory];
            }
            Report::Reopened(session, open_elsewhere) => {
                self.open(*session, open_elsewhere);
                self.resumed = true;
                self.on_disk = true;
                if open_elsewhere {
                    self.message = Some(crate::t!("screens-reopened-read-only"));
                }
                return vec![Effect::LoadHistory];
            }
        }
        Vec::new()
    }

    /// Makes `session` the one answered, at its clause.
    fn open(&mut self, session: Session, open_elsewhere: bool) {
        self.session = session;
        self.current = self.set.index_of(&self.session.position).unwrap_or(0);
        self.open_elsewhere = open_elsewhere;
        self.read_only = open_elsewhere;
        self.screen = Screen::Clause(ClauseScreen::default());
    }

    /// Lets the screen update itself and say which screen comes next.
    fn on_screen(&mut self, f: impl FnOnce(Screen, &mut App) -> Screen) {
        // A placeholder for the moment the screen is out being updated.
        let screen = std::mem::replace(&mut self.screen, Screen::Welcome(Welcome::default()));
        self.screen = f(screen, self);
    }

    /// The scroll position of what scrolls on screen now, if anything does.
    fn active_scroll(&mut self) -> Option<&mut u16> {
        match &mut self.overlay {
            Some(Overlay::Help(help)) => Some(&mut help.scroll),
            Some(Overlay::Timeline(timeline)) => Some(&mut timeline.scroll),
            Some(Overlay::Share(share)) => Some(&mut share.scroll),
            Some(_) => None,
            None => match &mut self.screen {
                Screen::Clause(clause) => Some(&mut clause.scroll),
                Screen::Review(review) => Some(&mut review.scroll),
                _ => None,
            },
        }
    }

    /// Asks the shell to carry out `effect` once this update is done.
    fn ask(&mut self, effect: Effect) {
        self.queued.push(effect);
    }

    /// Notes whether the session changed, so the update ends with a save.
    fn record(&mut self, changed: bool) {
        self.changed |= changed;
    }

    /// Agrees (or says "not on board") with clause `id`, or clears it if already so.
    fn toggle(&mut self, id: &str, stance: Stance, now: Timestamp) {
        let next = (self.session.stance(id) != Some(stance)).then_some(stance);
        let changed = self.session.set_stance(id, next, now);
        self.session.stamp(&self.set.clauses[self.current]);
        self.record(changed);
    }

    /// Moves the reader to clause `index`.
    fn go_to(&mut self, index: usize, now: Timestamp) {
        self.current = index;
        let id = self.set.clauses[index].id.clone();
        self.position_moved |= self.session.set_position(&id, now);
    }
}
