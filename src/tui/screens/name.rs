//! The name prompt: a small box over the agenda with one line to type in.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::app::screens::name::{self as screen, NamePrompt};
use crate::tui::layout::popup;
use crate::tui::textbox;
use crate::tui::theme::Theme;

/// Draws the name prompt in the middle of `area`.
pub fn draw(frame: &mut Frame, area: Rect, prompt: &NamePrompt, theme: &Theme) {
    let (title, explain) = screen::words();
    let inner = popup(frame, area, 64, 9, &title, theme);
    let [text_area, field_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(3)]).areas(inner);
    frame.render_widget(Paragraph::new(explain).wrap(Wrap { trim: true }), text_area);
    let block = Block::bordered().border_style(theme.key());
    let inner = block.inner(field_area);
    frame.render_widget(block, field_area);
    textbox::draw(frame, inner, &prompt.input);
}
