//! Sharing with a workshop: a page that shows exactly what the share file will
//! hold, and asks whether the reader's questions go with it.

use super::{Overlay, close_or_scroll};
use crate::app::content::{self, Block, Tone, piece};
use crate::app::{App, Effect, Intent};
use crate::model::session::TextField;

/// The share overlay's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Share {
    /// Lines scrolled.
    pub scroll: u16,
}

impl Share {
    pub(super) fn update(
        mut self,
        app: &mut App,
        intent: Intent,
        limit: Option<u16>,
    ) -> Option<Overlay> {
        let questions = match intent {
            Intent::ShareWithQuestions => true,
            Intent::ShareStancesOnly => false,
            other => {
                return close_or_scroll(&mut self.scroll, &other, limit)
                    .then_some(Overlay::Share(self));
            }
        };
        app.ask(Effect::Share { questions });
        None
    }
}

/// What will be shared, clause by clause, then the questions that go only on a yes.
pub fn content(app: &App) -> Vec<Block> {
    let s = &app.session;
    let mut blocks = vec![
        Block::text(crate::t!("screens-share-intro"), Tone::Plain),
        Block::Gap,
        Block::line(crate::t!("screens-share-always"), Tone::Strong),
    ];
    for (i, clause) in app.set.clauses.iter().enumerate() {
        let lead = format!("{:>2}. {}: ", i + 1, clause.title);
        blocks.push(Block::Line(vec![
            piece(lead, Tone::Plain),
            content::stance(s.stance(&clause.id)),
        ]));
    }
    blocks.push(Block::Gap);
    let questions: Vec<(&str, &str)> = app
        .set
        .clauses
        .iter()
        .filter_map(|c| Some((c.title.as_str(), s.text(&c.id, TextField::Question)?)))
        .collect();
    if questions.is_empty() {
        blocks.push(Block::text(
            crate::t!("screens-share-no-questions"),
            Tone::Quiet,
        ));
    } else {
        blocks.push(Block::line(
            crate::t!("screens-share-only-on-yes"),
            Tone::Strong,
        ));
        for (title, question) in questions {
            blocks.push(Block::hanging(
                format!("{title}: {question}"),
                "  ? ",
                "    ",
                Tone::Plain,
            ));
        }
    }
    blocks.push(Block::Gap);
    blocks.push(Block::text(crate::t!("screens-share-never"), Tone::Quiet));
    blocks.push(Block::Gap);
    blocks.push(Block::text(crate::t!("screens-share-ask"), Tone::Strong));
    blocks
}

/// The overlay's title.
pub fn title() -> String {
    crate::t!("screens-share-title")
}
