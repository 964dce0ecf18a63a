//! The welcome screen: the agreement's title, its credit, how the walkthrough works.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::App;
use crate::app::screens::welcome::{self as screen, Welcome};
use crate::tui::layout::{column, lines, wrapped_height};
use crate::tui::theme::Theme;

/// The text column is kept narrow enough to read comfortably.
const MAX_WIDTH: u16 = 76;

/// Draws the welcome screen, centred.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, welcome: &Welcome, theme: &Theme) {
    let lines = lines(&screen::content(app, welcome), u16::MAX, theme);

    let column = column(area, MAX_WIDTH);
    let height = (wrapped_height(&lines, column.width) as u16).min(area.height);
    let [_, middle, _] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(height),
        Constraint::Fill(1),
    ])
    .areas(column);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), middle);
}
