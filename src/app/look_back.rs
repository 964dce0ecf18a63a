//! Coming back over weeks: the welcome choices, looking back at earlier
//! sessions, reviewing or comparing them, and a clause's timeline.

use super::Intent;
use super::{App, Effect, Overlay, Screen};
use crate::model::session::Session;

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

impl App {
    /// The welcome screen's choices, in order.
    pub fn choices(&self) -> Vec<Choice> {
        let mut choices = Vec::new();
        if self.resumed {
            choices.push(Choice::Continue);
        }
        choices.push(Choice::New);
        if !self.history.is_empty() {
            choices.push(Choice::LookBack);
        }
        choices
    }

    /// The highlighted welcome choice.
    pub fn choice(&self) -> Option<Choice> {
        self.choices().get(self.welcome_selected).copied()
    }

    pub(super) fn welcome_action(&mut self, action: Intent) {
        let chosen = match action {
            Intent::Up => {
                self.welcome_selected = self.welcome_selected.saturating_sub(1);
                None
            }
            Intent::Down => {
                let last = self.choices().len().saturating_sub(1);
                self.welcome_selected = (self.welcome_selected + 1).min(last);
                None
            }
            Intent::Begin => self.choice(),
            Intent::StartNew => Some(Choice::New),
            Intent::OpenLookBack => Some(Choice::LookBack),
            Intent::Help => {
                self.overlay = Some(Overlay::Help { scroll: 0 });
                None
            }
            _ => None,
        };
        match chosen {
            Some(Choice::Continue) => {
                self.read_only = self.open_elsewhere;
                self.screen = Screen::Clause;
            }
            // A session that was not resumed is already new: begin it.
            Some(Choice::New) if !self.resumed => self.screen = Screen::Clause,
            Some(Choice::New) => self.queued.push(Effect::StartNew),
            Some(Choice::LookBack) => {
                self.look_back_selected = 0;
                self.screen = Screen::LookBack;
            }
            None => {}
        }
    }

    /// The id on each look-back row: this session first, then earlier ones newest first.
    pub fn look_back_ids(&self) -> Vec<String> {
        std::iter::once(self.session.id.clone())
            .chain(self.history.iter().map(|s| s.id.clone()))
            .collect()
    }

    pub(super) fn look_back_action(&mut self, action: Intent) {
        let ids = self.look_back_ids();
        let highlighted = ids.get(self.look_back_selected).cloned();
        match action {
            Intent::Up => self.look_back_selected = self.look_back_selected.saturating_sub(1),
            Intent::Down if self.look_back_selected + 1 < ids.len() => self.look_back_selected += 1,
            Intent::Mark => {
                self.marked = match (&self.marked, highlighted) {
                    (Some(m), Some(h)) if *m == h => None,
                    (_, h) => h,
                };
            }
            Intent::Select => {
                if let Some(id) = highlighted {
                    self.request(vec![id]);
                }
            }
            Intent::Reopen => match highlighted {
                Some(id) if id != self.session.id => self.queued.push(Effect::Reopen(id)),
                _ => {
                    self.message =
                        Some("This session is the one open now: press Esc to go back to it.".into())
                }
            },
            Intent::Compare => {
                let Some(id) = highlighted else { return };
                let other = self
                    .marked
                    .clone()
                    .unwrap_or_else(|| self.session.id.clone());
                if other == id {
                    self.message = Some(
                        "Mark a session with Space, then press c on another to compare them."
                            .into(),
                    );
                    return;
                }
                // Older first, so changes read forward in time (the session
                // open now may be an older one, continued).
                let started = |id: &str| {
                    if id == self.session.id {
                        Some(self.session.started_at)
                    } else {
                        self.history
                            .iter()
                            .find(|s| s.id == id)
                            .map(|s| s.started_at)
                    }
                };
                let mut pair = vec![id, other];
                pair.sort_by_key(|id| started(id));
                self.request(pair);
            }
            Intent::Close => self.screen = Screen::Welcome,
            Intent::Help => self.overlay = Some(Overlay::Help { scroll: 0 }),
            _ => {}
        }
    }

    /// Asks the runtime for the sessions not already in memory.
    fn request(&mut self, ids: Vec<String>) {
        let missing: Vec<String> = ids
            .iter()
            .filter(|id| **id != self.session.id)
            .cloned()
            .collect();
        self.pending = ids;
        if missing.is_empty() {
            self.show_loaded(Vec::new());
        } else {
            self.queued.push(Effect::Load(missing));
        }
    }

    /// Shows sessions the runtime loaded, with this session filled in from memory.
    pub(super) fn show_loaded(&mut self, loaded: Vec<Session>) {
        let pending = std::mem::take(&mut self.pending);
        let viewing: Vec<Session> = pending
            .iter()
            .filter_map(|id| {
                if *id == self.session.id {
                    Some(self.session.clone())
                } else {
                    loaded.iter().find(|s| s.id == *id).cloned()
                }
            })
            .collect();
        if viewing.len() != pending.len() || viewing.is_empty() {
            self.message = Some("That session could not be read.".into());
            return;
        }
        self.screen = if viewing.len() == 1 {
            Screen::Review
        } else {
            Screen::Compare
        };
        self.viewing = viewing;
        self.viewing_scroll = 0;
    }

    pub(super) fn review_action(&mut self, action: Intent) {
        match action {
            Intent::Close => {
                self.screen = Screen::LookBack;
                self.viewing.clear();
            }
            Intent::Help => self.overlay = Some(Overlay::Help { scroll: 0 }),
            other => self.scroll_by(&other),
        }
    }

    pub(super) fn timeline_action(&mut self, action: Intent) {
        match action {
            Intent::Close => self.overlay = None,
            other => self.scroll_by(&other),
        }
    }
}
