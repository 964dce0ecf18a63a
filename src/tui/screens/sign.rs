//! The signing step: "Are you on board?", a name, and the date it is signed.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, Paragraph};

use crate::app::App;
use crate::app::screens::sign::{self as screen, Sign};
use crate::tui::layout::{READING_WIDTH, caret, column, lines};
use crate::tui::theme::Theme;

/// Draws the signing step with its name field.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, sign: &Sign, theme: &Theme) {
    let area = column(area, READING_WIDTH);
    let lines = lines(&screen::content(app, sign), area.width, theme);
    let text_height = (lines.len() as u16).min(area.height.saturating_sub(3));
    let [text_area, field_area, _] = Layout::vertical([
        Constraint::Length(text_height),
        Constraint::Length(3),
        Constraint::Fill(1),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(lines), text_area);
    let mut input = sign.input.clone();
    input.set_block(Block::bordered().border_style(theme.key()));
    frame.render_widget(&input, field_area);
    caret(frame, Block::bordered().inner(field_area), &input);
}
