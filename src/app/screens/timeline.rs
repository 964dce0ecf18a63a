//! A clause's timeline: every earlier answer to it, newest first, over the clause.

use super::{Overlay, close_or_scroll};
use crate::app::content::{self, Block, Tone, excerpt, piece};
use crate::app::{App, Intent};
use crate::model::history::Earlier;

/// The timeline overlay's state.
#[derive(Debug, Clone)]
pub struct Timeline {
    /// The clause (index into the set).
    pub clause: usize,
    /// The earlier answers.
    pub entries: Vec<Earlier>,
    /// Lines scrolled.
    pub scroll: u16,
}

impl Timeline {
    pub(super) fn update(mut self, intent: Intent, limit: Option<u16>) -> Option<Overlay> {
        close_or_scroll(&mut self.scroll, &intent, limit).then_some(Overlay::Timeline(self))
    }
}

/// Each earlier answer: when, the stance, then the question, the doctor's answer and the note.
pub fn content(app: &App, timeline: &Timeline) -> Vec<Block> {
    let mut blocks = Vec::new();
    if timeline.entries.is_empty() {
        blocks.push(Block::line(crate::t!("screens-timeline-none"), Tone::Plain));
    }
    for e in &timeline.entries {
        let when = format!("{}  ", crate::dates::human(e.when, &app.tz));
        blocks.push(Block::Line(vec![
            piece(when, Tone::Strong),
            content::stance(e.response.stance),
        ]));
        let r = &e.response;
        for (text, label) in [
            (&r.question, "  ? ".to_owned()),
            (&r.answer, format!("  {}", crate::t!("screens-doctor-said"))),
            (&r.note, "  ✎ ".to_owned()),
        ] {
            if let Some(text) = text {
                let (shown, _) = excerpt(text);
                blocks.push(Block::hanging(shown, &label, "    ", Tone::Plain));
            }
        }
        blocks.push(Block::Gap);
    }
    blocks
}

/// The overlay's title: whose earlier answers these are.
pub fn title(app: &App, timeline: &Timeline) -> String {
    let clause = &app.set.clauses[timeline.clause].title;
    crate::t!("screens-timeline-title", clause = clause)
}
