//! One clause at a time: agree, not on board, a question, a note, and moving on.

use jiff::Timestamp;

use super::agenda::Agenda;
use super::editor::Editor;
use super::help::Help;
use super::list::List;
use super::{Overlay, Screen, scroll_by};
use crate::app::{App, Effect, Intent};
use crate::model::session::{Stance, TextField};

/// The clause screen's state; the clause shown is the app's `current`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clause {
    /// How far the clause text is scrolled.
    pub scroll: u16,
}

impl Clause {
    pub(super) fn update(mut self, app: &mut App, intent: Intent, now: Timestamp) -> Screen {
        let id = app.clause().id.clone();
        let current = app.current;
        match intent {
            Intent::Agree => app.toggle(&id, Stance::Agree, now),
            Intent::Disagree => app.toggle(&id, Stance::Disagree, now),
            Intent::EditQuestion => {
                app.overlay = Some(Editor::open(app, TextField::Question, current));
            }
            Intent::EditNote => app.overlay = Some(Editor::open(app, TextField::Note, current)),
            Intent::Next if current + 1 < app.set.clauses.len() => {
                app.go_to(current + 1, now);
                self.scroll = 0;
            }
            Intent::Next | Intent::OpenAgenda => return Screen::Agenda(Agenda::new(self)),
            Intent::Prev if current > 0 => {
                app.go_to(current - 1, now);
                self.scroll = 0;
            }
            Intent::OpenList => app.overlay = Some(Overlay::List(List { selected: current })),
            Intent::Timeline => app.ask(Effect::LoadTimeline(id)),
            Intent::Help => app.overlay = Some(Overlay::Help(Help::default())),
            other => scroll_by(&mut self.scroll, &other, app.scroll_limit),
        }
        Screen::Clause(self)
    }
}
