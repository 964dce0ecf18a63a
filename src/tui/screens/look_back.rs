//! Look back: this session and the earlier ones, newest first.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::app::screens::look_back::{self as screen, LookBack};
use crate::tui::layout::{READING_WIDTH, column, hanging, selectable};
use crate::tui::theme::Theme;

/// Draws the list of sessions with the highlighted one in view.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, look_back: &LookBack, theme: &Theme) {
    let area = column(area, READING_WIDTH);
    if area.height < 3 {
        return;
    }
    // The heading wraps, but never takes more than half the room from the list.
    let heading_lines = hanging(&screen::heading(), "", "", area.width, theme.dim());
    let height = (heading_lines.len() as u16 + 1).min(area.height / 2);
    let [heading, list_area] =
        Layout::vertical([Constraint::Length(height), Constraint::Min(1)]).areas(area);
    frame.render_widget(Paragraph::new(heading_lines), heading);
    let rows = screen::rows(app, look_back);
    selectable(frame, list_area, &rows, look_back.selected, theme);
}
