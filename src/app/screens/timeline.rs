//! A clause's timeline: every earlier answer to it, newest first, over the clause.

use super::{Overlay, close_or_scroll};
use crate::app::Intent;
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
