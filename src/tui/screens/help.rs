//! The help overlay: every key of the screen underneath, in a popup that scrolls.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::App;
use crate::app::screens::help::{self as screen, Help};
use crate::tui::layout::{lines, popup, wrapped_height};
use crate::tui::theme::Theme;

/// The overlay's width, when the window allows.
const WIDTH: u16 = 64;

/// Draws help for the screen under the overlay; returns how far it can scroll.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, help: &Help, theme: &Theme) -> u16 {
    let width = area.width.min(WIDTH);
    // Key rows are never wrapped by hand: the paragraph wraps them.
    let lines = lines(&screen::content(app), u16::MAX, theme);
    let height = (wrapped_height(&lines, width.saturating_sub(2)) as u16).saturating_add(2);
    let inner = popup(frame, area, width, height, &screen::title(), theme);
    let max_scroll = height.saturating_sub(2).saturating_sub(inner.height);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((help.scroll.min(max_scroll), 0)),
        inner,
    );
    max_scroll
}
