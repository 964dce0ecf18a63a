//! The appointment agenda: what to ask, in the reader's order, then notes and
//! unanswered clauses; ordering, stars and the doctor's answers.

use jiff::Timestamp;

use super::clause::Clause;
use super::editor::Editor;
use super::help::Help;
use super::list::List;
use super::sign::Sign;
use super::{Overlay, Screen};
use crate::app::{App, Intent};
use crate::model::agenda::{self, MAX_STARRED, Star};
use crate::model::session::{Role, TextField};

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

/// The agenda screen's selectable lines: the agenda, then notes, then unanswered clauses.
pub fn entries(app: &App) -> Vec<Entry> {
    let s = &app.session;
    let entry = |kind| move |clause| Entry { kind, clause };
    let mut entries: Vec<Entry> = agenda::items(s, &app.set)
        .into_iter()
        .map(entry(EntryKind::Agenda))
        .collect();
    let clauses = &app.set.clauses;
    entries.extend(
        (0..clauses.len())
            .filter(|&i| s.text(&clauses[i].id, TextField::Note).is_some())
            .map(entry(EntryKind::Note)),
    );
    entries.extend(
        (0..clauses.len())
            .filter(|&i| s.stance(&clauses[i].id).is_none())
            .map(entry(EntryKind::Unanswered)),
    );
    entries
}

/// The agenda screen's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agenda {
    /// The highlighted line.
    pub selected: usize,
    /// The clause screen as it was (scrolled as the reader left it), for going back.
    back: Clause,
}

impl Agenda {
    /// The agenda, opened from the clause screen `back`.
    pub(super) fn new(back: Clause) -> Agenda {
        Agenda { selected: 0, back }
    }

    /// The highlighted line, if it is an agenda item (not a note or an unanswered clause).
    fn item(&self, app: &App) -> Option<Entry> {
        entries(app)
            .get(self.selected)
            .copied()
            .filter(|e| e.kind == EntryKind::Agenda)
    }

    /// Ordering, stars and the doctor's answers are for agenda items only.
    pub(super) fn offers(&self, app: &App, intent: &Intent) -> bool {
        match intent {
            Intent::MoveUp
            | Intent::MoveDown
            | Intent::Star
            | Intent::EditAnswer
            | Intent::CycleStatus => self.item(app).is_some(),
            _ => true,
        }
    }

    pub(super) fn update(mut self, app: &mut App, intent: Intent, now: Timestamp) -> Screen {
        let all = entries(app);
        let selected = all.get(self.selected).copied();
        let item = self.item(app);
        match intent {
            Intent::Up => self.selected = self.selected.saturating_sub(1),
            Intent::Down if self.selected + 1 < all.len() => self.selected += 1,
            Intent::MoveUp | Intent::MoveDown if item.is_some() => {
                let up = intent == Intent::MoveUp;
                let moved = agenda::move_item(&mut app.session, &app.set, self.selected, up, now);
                if let Some(to) = moved {
                    self.selected = to;
                    app.record(true);
                }
            }
            Intent::Star if item.is_some() => {
                let starred = agenda::toggle_star(&mut app.session, &app.set, self.selected, now);
                if let Some((outcome, to)) = starred {
                    self.selected = to;
                    if outcome == Star::Full {
                        app.message =
                            Some(crate::t!("screens-agenda-stars-full", count = MAX_STARRED));
                    }
                    app.record(outcome != Star::Full);
                }
            }
            Intent::EditAnswer => {
                if let Some(entry) = item {
                    app.overlay = Some(Editor::open(app, TextField::Answer, entry.clause));
                }
            }
            Intent::CycleStatus => {
                if let Some(entry) = item {
                    let id = app.set.clauses[entry.clause].id.clone();
                    app.session.cycle_answer_status(&id, now);
                    app.record(true);
                }
            }
            Intent::Select => {
                if let Some(entry) = selected {
                    app.go_to(entry.clause, now);
                    return Screen::Clause(Clause::default());
                }
            }
            Intent::Next => return Screen::Sign(Box::new(Sign::open(app, Role::Patient, self))),
            Intent::Prev => return Screen::Clause(self.back),
            Intent::OpenList => {
                app.overlay = Some(Overlay::List(List {
                    selected: app.current,
                }))
            }
            Intent::Help => app.overlay = Some(Overlay::Help(Help::default())),
            Intent::MoveUp | Intent::MoveDown | Intent::Star => {
                app.message = Some(crate::t!("screens-agenda-items-only"));
            }
            _ => {}
        }
        Screen::Agenda(self)
    }
}
