//! The welcome screen: the agreement's title, how it works, and where to start.

use super::clause::Clause;
use super::help::Help;
use super::look_back::LookBack;
use super::{Overlay, Screen};
use crate::app::{App, Effect, Intent};

/// What the welcome screen offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Continue the latest unfinished session.
    Continue,
    /// Start a new reflection (or, with nothing to continue, begin).
    New,
    /// Look back at earlier sessions.
    LookBack,
}

/// The welcome screen's choices, in order.
pub fn choices(app: &App) -> Vec<Choice> {
    let mut choices = Vec::new();
    if app.resumed {
        choices.push(Choice::Continue);
    }
    choices.push(Choice::New);
    if !app.history.is_empty() {
        choices.push(Choice::LookBack);
    }
    choices
}

/// Moving between choices, or starting anew, only means something with more than one way on.
pub(super) fn offers(app: &App, intent: &Intent) -> bool {
    match intent {
        Intent::Up | Intent::Down | Intent::StartNew => choices(app).len() > 1,
        _ => true,
    }
}

/// The welcome screen's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Welcome {
    /// The highlighted choice.
    pub selected: usize,
}

impl Welcome {
    pub(super) fn update(mut self, app: &mut App, intent: Intent) -> Screen {
        let chosen = match intent {
            Intent::Up => {
                self.selected = self.selected.saturating_sub(1);
                None
            }
            Intent::Down => {
                let last = choices(app).len().saturating_sub(1);
                self.selected = (self.selected + 1).min(last);
                None
            }
            Intent::Begin => choices(app).get(self.selected).copied(),
            Intent::StartNew => Some(Choice::New),
            Intent::OpenLookBack => Some(Choice::LookBack),
            Intent::Help => {
                app.overlay = Some(Overlay::Help(Help::default()));
                None
            }
            _ => None,
        };
        match chosen {
            Some(Choice::Continue) => {
                app.read_only = app.open_elsewhere;
                Screen::Clause(Clause::default())
            }
            // A session that was not resumed is already new: begin it.
            Some(Choice::New) if !app.resumed => Screen::Clause(Clause::default()),
            Some(Choice::New) => {
                app.ask(Effect::StartNew);
                Screen::Welcome(self)
            }
            Some(Choice::LookBack) => Screen::LookBack(LookBack::new(self)),
            None => Screen::Welcome(self),
        }
    }
}
