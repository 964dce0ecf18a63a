//! Sharing with a workshop: what the file will hold, in a popup that scrolls.

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::app::App;
use crate::app::screens::share::{self as screen, Share};
use crate::tui::layout::{lines, popup, scrolled};
use crate::tui::theme::Theme;

/// Draws the share page over the agenda; returns how far it can scroll.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, share: &Share, theme: &Theme) -> u16 {
    let inner = popup(
        frame,
        area,
        area.width.min(90),
        area.height,
        &screen::title(),
        theme,
    );
    let lines = lines(&screen::content(app), inner.width, theme);
    scrolled(frame, inner, lines, share.scroll)
}
