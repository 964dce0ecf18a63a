//! The signing step: "Are you on board?", a name, and the date it is signed.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, Paragraph};

use crate::app::App;
use crate::app::screens::sign::{self as screen, Sign};
use crate::tui::layout::{READING_WIDTH, column, lines};
use crate::tui::textbox;
use crate::tui::theme::Theme;

/// Draws the signing step with its name field.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, sign: &Sign, theme: &Theme) {
    let area = column(area, READING_WIDTH);
    let mut summary = lines(&screen::summary(app), area.width, theme);
    summary.push(Default::default());
    let prompt = lines(&[screen::prompt(sign)], area.width, theme);
    // Whose name to type stays beside the field; the summary gives way first.
    let prompt_height = (prompt.len() as u16).min(area.height.saturating_sub(3));
    let text_height = (summary.len() as u16).min(area.height.saturating_sub(3 + prompt_height));
    let [text_area, prompt_area, field_area, _] = Layout::vertical([
        Constraint::Length(text_height),
        Constraint::Length(prompt_height),
        Constraint::Length(3),
        Constraint::Fill(1),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(summary), text_area);
    frame.render_widget(Paragraph::new(prompt), prompt_area);
    let block = Block::bordered().border_style(theme.key());
    let inner = block.inner(field_area);
    frame.render_widget(block, field_area);
    textbox::draw(frame, inner, &sign.input);
}
