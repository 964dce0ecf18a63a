//! The help overlay: every key of the screen underneath, scrolled in a short window.

use super::{Overlay, close_or_scroll};
use crate::app::Intent;

/// The help overlay's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Help {
    /// Lines scrolled.
    pub scroll: u16,
}

impl Help {
    pub(super) fn update(mut self, intent: Intent, limit: Option<u16>) -> Option<Overlay> {
        close_or_scroll(&mut self.scroll, &intent, limit).then_some(Overlay::Help(self))
    }
}
