//! The clause list overlay: every clause with a marker of its answer.

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::app::App;
use crate::app::screens::list::{self as screen, List};
use crate::tui::layout::{popup, selectable};
use crate::tui::theme::Theme;

/// Draws the list with the highlighted clause kept in view.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, list: &List, theme: &Theme) {
    let height = (app.set.clauses.len() as u16).saturating_add(2);
    let inner = popup(frame, area, 72, height, &screen::title(), theme);
    selectable(frame, inner, &screen::content(app), list.selected, theme);
}
