//! Reading an earlier session, or what changed between two, read-only.

use super::help::Help;
use super::look_back::LookBack;
use super::{Overlay, Screen, scroll_by};
use crate::app::{App, Intent};
use crate::model::session::Session;

/// The review screen's state: one session, or two to compare (older first).
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    /// The sessions shown.
    pub sessions: Vec<Session>,
    /// How far the screen is scrolled.
    pub scroll: u16,
    /// The look-back list as it was, for Esc.
    back: LookBack,
}

impl Review {
    pub(super) fn new(sessions: Vec<Session>, back: LookBack) -> Review {
        Review {
            sessions,
            scroll: 0,
            back,
        }
    }

    /// Whether this compares two sessions rather than showing one.
    pub fn compares(&self) -> bool {
        self.sessions.len() > 1
    }

    pub(super) fn update(mut self, app: &mut App, intent: Intent) -> Screen {
        match intent {
            Intent::Close => return Screen::LookBack(self.back),
            Intent::Help => app.overlay = Some(Overlay::Help(Help::default())),
            other => scroll_by(&mut self.scroll, &other, app.scroll_limit),
        }
        Screen::Review(self)
    }
}
