//! Look back: this session and the earlier ones, newest first.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::app::screens::look_back::{self as screen, LookBack};
use crate::tui::layout::{READING_WIDTH, column, selectable};
use crate::tui::theme::Theme;

/// Draws the list of sessions with the highlighted one in view.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, look_back: &LookBack, theme: &Theme) {
    let area = column(area, READING_WIDTH);
    if area.height < 3 {
        return;
    }
    let [heading, list_area] =
        Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
    frame.render_widget(
        Paragraph::new(Line::styled(screen::heading(), theme.dim())),
        heading,
    );
    let rows = screen::rows(app, look_back);
    selectable(frame, list_area, &rows, look_back.selected, theme);
}
