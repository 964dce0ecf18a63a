//! Reading an earlier session, or what changed between two, read-only.

use super::help::Help;
use super::look_back::LookBack;
use super::{Overlay, Screen, scroll_by};
use crate::app::content::{self, Block, Tone, piece};
use crate::app::{App, Intent};
use crate::dates;
use crate::model::history::{self, Change};
use crate::model::session::{Session, TextField};

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

/// One session's answers, or what changed between two.
pub fn content(app: &App, review: &Review) -> Vec<Block> {
    match review.sessions.as_slice() {
        [one] => one_session(app, one),
        [before, after] => compare(app, before, after),
        _ => Vec::new(),
    }
}

/// A clause's number and title, as a heading over what follows.
fn clause_heading(number: usize, title: &str) -> Block {
    Block::hanging(title, &format!("{number:>2}. "), "    ", Tone::Strong)
}

fn one_session(app: &App, s: &Session) -> Vec<Block> {
    let when = dates::human(s.started_at, &app.tz);
    let mut blocks = vec![
        Block::line(
            crate::t!("screens-review-title", when = when),
            Tone::Heading,
        ),
        Block::line(crate::t!("screens-review-read-only"), Tone::Quiet),
    ];
    for (i, c) in app.set.clauses.iter().enumerate() {
        let Some(r) = s.response(&c.id) else {
            continue;
        };
        blocks.push(Block::Gap);
        blocks.push(clause_heading(i + 1, &c.title));
        blocks.push(Block::Line(vec![
            piece("    ", Tone::Plain),
            content::stance(r.stance),
        ]));
        for (field, label) in [
            (TextField::Question, "? ".to_owned()),
            (TextField::Answer, crate::t!("screens-doctor-said")),
            (TextField::Note, "✎ ".to_owned()),
        ] {
            if let Some(text) = s.text(&c.id, field) {
                blocks.push(Block::hanging(
                    text,
                    &format!("    {label}"),
                    "      ",
                    Tone::Plain,
                ));
            }
        }
    }
    if s.responses.is_empty() {
        blocks.push(Block::Gap);
        blocks.push(Block::line(
            crate::t!("screens-review-nothing"),
            Tone::Plain,
        ));
    }
    blocks
}

fn compare(app: &App, before: &Session, after: &Session) -> Vec<Block> {
    let when = |s: &Session| dates::human(s.started_at, &app.tz);
    let changes = history::compare(&app.set, before, after);
    let unchanged = app.set.clauses.len() - changes.len();
    let mut blocks = vec![
        Block::line(
            crate::t!(
                "screens-compare-title",
                from = when(before),
                to = when(after)
            ),
            Tone::Heading,
        ),
        Block::line(
            crate::t!(
                "screens-compare-counts",
                changed = crate::t!("count-clauses", count = changes.len()),
                unchanged = unchanged
            ),
            Tone::Quiet,
        ),
    ];
    for clause in changes {
        blocks.push(Block::Gap);
        blocks.push(clause_heading(
            clause.clause + 1,
            &app.set.clauses[clause.clause].title,
        ));
        for change in clause.changes {
            let text = match change {
                Change::Stance(a, b) => {
                    format!("{} → {}", content::stance_text(a), content::stance_text(b))
                }
                Change::QuestionAdded(q) => crate::t!("screens-compare-question-added", text = q),
                Change::QuestionRemoved(q) => {
                    crate::t!("screens-compare-question-removed", text = q)
                }
                Change::QuestionChanged(a, b) => {
                    crate::t!("screens-compare-question-changed", before = a, after = b)
                }
                Change::NoteChanged(_, None) => crate::t!("screens-compare-note-removed"),
                Change::NoteChanged(None, Some(n)) => {
                    crate::t!("screens-compare-note-added", text = n)
                }
                Change::NoteChanged(Some(_), Some(n)) => {
                    crate::t!("screens-compare-note-changed", text = n)
                }
                Change::AnswerChanged(_, Some(a)) => crate::t!("screens-compare-answer", text = a),
                Change::AnswerChanged(_, None) => crate::t!("screens-compare-answer-removed"),
            };
            blocks.push(Block::hanging(text, "    ", "      ", Tone::Plain));
        }
    }
    blocks
}
