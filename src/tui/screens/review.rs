//! Reading an earlier session, or what changed between two, in a reading column that scrolls.

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::app::App;
use crate::app::screens::review::{self as screen, Review};
use crate::tui::layout::{READING_WIDTH, column, lines, scrolled};
use crate::tui::theme::Theme;

/// Draws the review of one session, or the comparison of two; returns how far it can scroll.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, review: &Review, theme: &Theme) -> u16 {
    let area = column(area, READING_WIDTH);
    let lines = lines(&screen::content(app, review), area.width, theme);
    scrolled(frame, area, lines, review.scroll)
}
