//! The list of all clauses, over the screen: Enter goes to the highlighted one.

use jiff::Timestamp;

use super::clause::Clause;
use super::help::Help;
use super::{Overlay, Screen};
use crate::app::content::{self, Block, Tone, piece};
use crate::app::{App, Intent};

/// The clause list's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List {
    /// The highlighted clause.
    pub selected: usize,
}

impl List {
    pub(super) fn update(
        mut self,
        app: &mut App,
        intent: Intent,
        now: Timestamp,
    ) -> Option<Overlay> {
        let last = app.set.clauses.len().saturating_sub(1);
        match intent {
            Intent::Up => self.selected = self.selected.saturating_sub(1),
            Intent::Down => self.selected = (self.selected + 1).min(last),
            Intent::Select => {
                app.screen = Screen::Clause(Clause::default());
                app.go_to(self.selected, now);
                return None;
            }
            Intent::Close => return None,
            Intent::Help => return Some(Overlay::Help(Help::default())),
            _ => {}
        }
        Some(Overlay::List(self))
    }
}

/// One row per clause: its number, its answer's markers, its title, and where the reader is.
pub fn content(app: &App) -> Vec<Block> {
    let number_width = app.set.clauses.len().to_string().len();
    app.set
        .clauses
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let markers = content::markers(app.session.response(&c.id));
            let mut pieces = vec![
                piece(format!("{:>number_width$}. {markers} ", i + 1), Tone::Plain),
                piece(c.title.as_str(), Tone::Plain),
            ];
            if i == app.current {
                pieces.push(piece(crate::t!("screens-list-you-are-here"), Tone::Quiet));
            }
            Block::Line(pieces)
        })
        .collect()
}

/// The overlay's title.
pub fn title() -> String {
    crate::t!("screens-list-title")
}
