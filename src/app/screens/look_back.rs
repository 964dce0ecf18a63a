//! Look back: this session and the earlier ones, newest first; read one,
//! carry on with one, or compare two.

use super::help::Help;
use super::review::Review;
use super::welcome::Welcome;
use super::{Overlay, Screen};
use crate::app::content::{Block, Tone, piece};
use crate::app::{App, Effect, Intent};
use crate::dates;
use crate::model::session::Session;

/// The look-back screen's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LookBack {
    /// The highlighted row (0 is this session).
    pub selected: usize,
    /// A session marked for comparison.
    pub marked: Option<String>,
    /// Sessions asked for and not yet loaded, in the order they will be shown.
    pending: Vec<String>,
    /// The welcome screen as it was, for Esc.
    back: Welcome,
}

/// Whether the session open now is on disk to look back at: a new one is
/// not, until something in it is saved.
pub fn shows_current(app: &App) -> bool {
    app.on_disk
}

/// The id on each row: this session first (once it exists), then earlier ones newest first.
pub fn ids(app: &App) -> Vec<String> {
    let current = shows_current(app).then(|| app.session.id.clone());
    current
        .into_iter()
        .chain(app.history.listed().iter().map(|s| s.id.clone()))
        .collect()
}

impl LookBack {
    pub(super) fn new(back: Welcome) -> LookBack {
        LookBack {
            selected: 0,
            marked: None,
            pending: Vec::new(),
            back,
        }
    }

    /// The session already open has nothing to continue.
    pub(super) fn offers(&self, app: &App, intent: &Intent) -> bool {
        *intent != Intent::Reopen || ids(app).get(self.selected) != Some(&app.session.id)
    }

    pub(super) fn update(mut self, app: &mut App, intent: Intent) -> Screen {
        let ids = ids(app);
        let highlighted = ids.get(self.selected).cloned();
        match intent {
            Intent::Up => self.selected = self.selected.saturating_sub(1),
            Intent::Down if self.selected + 1 < ids.len() => self.selected += 1,
            Intent::Mark => {
                self.marked = match (&self.marked, highlighted) {
                    (Some(m), Some(h)) if *m == h => None,
                    (_, h) => h,
                };
            }
            Intent::Select => {
                if let Some(id) = highlighted {
                    return self.request(app, vec![id]);
                }
            }
            Intent::Reopen => match highlighted {
                Some(id) if id != app.session.id => app.ask(Effect::Reopen(id)),
                _ => app.message = Some(crate::t!("screens-look-back-already-open")),
            },
            Intent::Compare => {
                let Some(id) = highlighted else {
                    return Screen::LookBack(self);
                };
                let current = shows_current(app).then(|| app.session.id.clone());
                let other = self.marked.clone().or(current).unwrap_or_default();
                if other == id || other.is_empty() {
                    app.message = Some(crate::t!("screens-look-back-mark-first"));
                    return Screen::LookBack(self);
                }
                // Older first, so changes read forward in time (the session
                // open now may be an older one, continued).
                let started = |id: &str| {
                    if id == app.session.id {
                        Some(app.session.started_at)
                    } else {
                        app.history
                            .listed()
                            .iter()
                            .find(|s| s.id == id)
                            .map(|s| s.started_at)
                    }
                };
                let mut pair = vec![id, other];
                pair.sort_by_key(|id| started(id));
                return self.request(app, pair);
            }
            Intent::Close => return Screen::Welcome(self.back),
            Intent::Help => app.overlay = Some(Overlay::Help(Help::default())),
            _ => {}
        }
        Screen::LookBack(self)
    }

    /// Asks the shell for the sessions not already in memory.
    fn request(mut self, app: &mut App, ids: Vec<String>) -> Screen {
        let missing: Vec<String> = ids
            .iter()
            .filter(|id| **id != app.session.id)
            .cloned()
            .collect();
        self.pending = ids;
        if missing.is_empty() {
            return self.show_loaded(app, Vec::new());
        }
        app.ask(Effect::Load(missing));
        Screen::LookBack(self)
    }

    /// Shows the sessions the shell loaded, with this session filled in from memory.
    pub(crate) fn show_loaded(mut self, app: &mut App, loaded: Vec<Session>) -> Screen {
        let pending = std::mem::take(&mut self.pending);
        let sessions: Vec<Session> = pending
            .iter()
            .filter_map(|id| {
                if *id == app.session.id {
                    Some(app.session.clone())
                } else {
                    loaded.iter().find(|s| s.id == *id).cloned()
                }
            })
            .collect();
        if sessions.len() != pending.len() || sessions.is_empty() {
            app.message = Some(crate::t!("screens-look-back-unreadable"));
            return Screen::LookBack(self);
        }
        Screen::Review(Review::new(sessions, self))
    }
}

/// The line above the list, saying what the keys do.
pub fn heading() -> String {
    crate::t!("screens-look-back-heading")
}

/// One line per session: marked or not, when it began (and whose), and how far it got.
pub fn rows(app: &App, look_back: &LookBack) -> Vec<Block> {
    let total = app.set.clauses.len();
    let row = |id: &str, when: String, detail: String| {
        let mark = if look_back.marked.as_deref() == Some(id) {
            "☑ "
        } else {
            "  "
        };
        Block::Line(vec![
            piece(mark, Tone::Key),
            piece(when, Tone::Strong),
            piece("  ", Tone::Plain),
            piece(detail, Tone::Quiet),
        ])
    };
    let s = &app.session;
    let questions = s
        .responses
        .values()
        .filter(|r| r.question.is_some())
        .count();
    let current = row(
        &s.id,
        crate::t!(
            "screens-look-back-this-session",
            when = dates::human(s.started_at, &app.tz)
        ),
        crate::t!(
            "screens-look-back-progress",
            answered = s.answered(&app.set),
            total = total,
            questions = crate::t!("count-questions", count = questions)
        ),
    );
    let current = shows_current(app).then_some(current);
    current
        .into_iter()
        .chain(app.history.listed().iter().map(|h| {
            let mut when = dates::human(h.started_at, &app.tz);
            if let Some(p) = &h.participant {
                when = format!("{when} · {p}");
            }
            let mut detail = crate::t!(
                "screens-look-back-progress",
                answered = h.answered(&app.set),
                total = total,
                questions = crate::t!("count-questions", count = h.questions)
            );
            if h.signed {
                detail += &crate::t!("screens-look-back-signed");
            }
            row(&h.id, when, detail)
        }))
        .collect()
}
