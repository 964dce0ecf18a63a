//! One file per screen or overlay: its state, its update, and what it offers.

pub mod agenda;
pub mod clause;
pub mod editor;
pub mod help;
pub mod list;
pub mod look_back;
pub mod name;
pub mod review;
pub mod share;
pub mod sign;
pub mod timeline;
pub mod welcome;

use jiff::Timestamp;

use super::{App, Intent};
use agenda::Agenda;
use clause::Clause;
use editor::Editor;
use help::Help;
use list::List;
use look_back::LookBack;
use name::NamePrompt;
use review::Review;
use share::Share;
use sign::Sign;
use timeline::Timeline;
use welcome::Welcome;

/// How far a page key scrolls.
const PAGE: u16 = 10;

/// The screen under any overlay, with its own state.
#[derive(Debug, Clone)]
pub enum Screen {
    /// Title, credit and how it works.
    Welcome(Welcome),
    /// One clause at a time.
    Clause(Clause),
    /// The appointment agenda, notes and unanswered clauses.
    Agenda(Agenda),
    /// "Are you on board?": typing a name to sign.
    Sign(Box<Sign>),
    /// The list of this and earlier sessions.
    LookBack(LookBack),
    /// One earlier session's answers, or what changed between two.
    Review(Review),
}

impl Screen {
    /// Applies a key meant for this screen; returns the screen shown next.
    pub(super) fn update(self, app: &mut App, intent: Intent, now: Timestamp) -> Screen {
        match self {
            Screen::Welcome(s) => s.update(app, intent),
            Screen::Clause(s) => s.update(app, intent, now),
            Screen::Agenda(s) => s.update(app, intent, now),
            Screen::Sign(s) => s.update(app, intent, now),
            Screen::LookBack(s) => s.update(app, intent),
            Screen::Review(s) => s.update(app, intent),
        }
    }

    /// Whether this screen has something for `intent` to act on now.
    pub(super) fn offers(&self, app: &App, intent: &Intent) -> bool {
        match self {
            Screen::Welcome(_) => welcome::offers(app, intent),
            Screen::Agenda(s) => s.offers(app, intent),
            Screen::LookBack(s) => s.offers(app, intent),
            _ => true,
        }
    }
}

/// Something drawn over the screen, with its own state.
#[derive(Debug, Clone)]
pub enum Overlay {
    /// The list of all clauses.
    List(List),
    /// Every key, for the screen underneath.
    Help(Help),
    /// Writing a question, a note or an answer.
    Editor(Box<Editor>),
    /// Every earlier answer to a clause, newest first.
    Timeline(Timeline),
    /// What a share file for the workshop will hold, and whether questions go too.
    Share(Share),
    /// The name for the printed agenda, asked when nothing names the reader.
    Name(Box<NamePrompt>),
}

impl Overlay {
    /// Applies a key meant for this overlay; returns the overlay still shown, if any.
    pub(super) fn update(self, app: &mut App, intent: Intent, now: Timestamp) -> Option<Overlay> {
        match self {
            Overlay::List(o) => o.update(app, intent, now),
            Overlay::Help(o) => o.update(intent, app.scroll_limit),
            Overlay::Editor(o) => o.update(app, intent, now),
            Overlay::Timeline(o) => o.update(intent, app.scroll_limit),
            Overlay::Share(o) => {
                let limit = app.scroll_limit;
                o.update(app, intent, limit)
            }
            Overlay::Name(o) => o.update(app, intent),
        }
    }
}

/// What a read-only overlay does with a key: closes on Close (false), or scrolls.
pub(super) fn close_or_scroll(scroll: &mut u16, intent: &Intent, limit: Option<u16>) -> bool {
    if *intent == Intent::Close {
        return false;
    }
    scroll_by(scroll, intent, limit);
    true
}

/// Scrolls for an arrow or page key, never past `limit` (how far the last
/// frame drawn could scroll), so an Up key always moves.
pub(super) fn scroll_by(scroll: &mut u16, intent: &Intent, limit: Option<u16>) {
    let limit = limit.unwrap_or(u16::MAX);
    *scroll = match intent {
        Intent::Up => scroll.saturating_sub(1),
        Intent::Down => scroll.saturating_add(1),
        Intent::PageUp => scroll.saturating_sub(PAGE),
        Intent::PageDown => scroll.saturating_add(PAGE),
        _ => return,
    }
    .min(limit);
}
