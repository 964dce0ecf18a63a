//! A clause's timeline: every earlier answer to it, in a popup that scrolls.

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::app::App;
use crate::app::screens::timeline::{self as screen, Timeline};
use crate::tui::layout::{lines, popup, scrolled};
use crate::tui::theme::Theme;

/// Draws the timeline over the screen; returns how far it can scroll.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, timeline: &Timeline, theme: &Theme) -> u16 {
    let title = screen::title(app, timeline);
    let inner = popup(frame, area, area.width.min(90), area.height, &title, theme);
    let lines = lines(&screen::content(app, timeline), inner.width, theme);
    scrolled(frame, inner, lines, timeline.scroll)
}
