//! One clause at a time: agree, not on board, a question, a note, and moving on.

use jiff::Timestamp;

use super::agenda::Agenda;
use super::editor::Editor;
use super::help::Help;
use super::list::List;
use super::{Overlay, Screen, scroll_by};
use crate::app::content::{self, Block, Tone, excerpt, piece};
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
            Intent::NotNow => app.toggle(&id, Stance::NotNow, now),
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

/// The clause the reader is at: who promises, the clause, its prompt, and the answer so far.
pub fn content(app: &App) -> Vec<Block> {
    let mut blocks = text(app);
    blocks.extend(answer(app));
    blocks
}

/// Who promises, the clause, and its prompt.
pub fn text(app: &App) -> Vec<Block> {
    let clause = app.clause();
    vec![
        Block::text(clause.speaker.promise(), Tone::Quiet),
        Block::text(clause.title.as_str(), Tone::Heading),
        Block::Gap,
        Block::text(clause.text.as_str(), Tone::Plain),
        Block::Gap,
        Block::line(crate::t!("screens-clause-to-think-about"), Tone::Quiet),
        Block::hanging(clause.prompt.as_str(), "│ ", "│ ", Tone::Prompt),
        Block::Gap,
    ]
}

/// The answer so far, last time's, and the question and note: what the reader acts on,
/// so a small window keeps it in view.
pub fn answer(app: &App) -> Vec<Block> {
    let clause = app.clause();
    let mut blocks = Vec::new();
    let id = clause.id.as_str();
    if app.session.clause_changed(clause) {
        let text = crate::t!("screens-clause-changed");
        blocks.push(Block::hanging(text, "", "  ", Tone::Warning));
    }
    blocks.push(Block::Line(vec![
        piece(crate::t!("screens-clause-your-answer"), Tone::Strong),
        content::stance(app.session.stance(id)),
    ]));
    if let Some(earlier) = app.last_time.get(id) {
        let when = crate::dates::short_day(earlier.when, &app.tz);
        let answer = content::answer_line(&earlier.response);
        let text = crate::t!("screens-clause-last-time", when = when, answer = answer);
        blocks.push(Block::hanging(text, "", "  ", Tone::Quiet));
    }
    for (field, label, more) in [
        (
            TextField::Question,
            crate::t!("screens-clause-your-question"),
            crate::t!("screens-clause-read-all-question"),
        ),
        (
            TextField::Answer,
            crate::t!("screens-clause-doctors-answer"),
            crate::t!("screens-clause-read-all-answer"),
        ),
        (
            TextField::Note,
            crate::t!("screens-clause-your-note"),
            crate::t!("screens-clause-read-all-note"),
        ),
    ] {
        if let Some(text) = app.session.text(id, field) {
            blocks.push(Block::line(label, Tone::Strong));
            let (shown, cut) = excerpt(text);
            blocks.push(Block::hanging(shown, "  ", "  ", Tone::Plain));
            if cut {
                blocks.push(Block::line(more, Tone::Quiet));
            }
        }
    }
    blocks
}
