//! The help overlay: every key of the screen underneath, scrolled in a short window.

use super::{Overlay, close_or_scroll};
use crate::app::content::{Block, Offer, Tone};
use crate::app::{App, Intent, keys};

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

/// Every key of the screen underneath, Ctrl-C, and how saving and the editor work.
pub fn content(app: &App) -> Vec<Block> {
    let mut offers: Vec<Offer> = keys::bindings(app.screen_mode())
        .iter()
        .map(keys::Binding::offer)
        .collect();
    offers.push(Offer {
        label: "Ctrl-C".to_owned(),
        help: crate::t!("screens-help-ctrl-c"),
    });
    vec![
        Block::Keys(offers),
        Block::Gap,
        Block::line(crate::t!("screens-help-saving"), Tone::Quiet),
        Block::line(crate::t!("screens-help-editor"), Tone::Quiet),
    ]
}

/// The overlay's title.
pub fn title() -> String {
    crate::t!("screens-help-title")
}
