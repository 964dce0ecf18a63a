//! Draws a text field: the rows in view, the caret, and the hint while it is empty.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::textbox::TextBox;

/// Draws `text` in `area` and puts the terminal cursor at its caret, for magnifiers and screen readers.
pub fn draw(frame: &mut Frame, area: Rect, text: &TextBox) {
    if area.is_empty() {
        return;
    }
    // The caret shows as a reversed cell as well, for terminals that hide their cursor.
    let caret = Style::new().add_modifier(Modifier::REVERSED);
    if text.is_empty() {
        // Italic and faint, so the hint never looks like typed text, with or without colour.
        let hint = Style::new().add_modifier(Modifier::ITALIC | Modifier::DIM);
        let line = Line::from(vec![
            Span::styled(" ", caret),
            Span::styled(text.placeholder().to_owned(), hint),
        ]);
        // Wrapped, so a narrow window or large type still shows the whole hint.
        frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: false }), area);
        frame.set_cursor_position((area.x, area.y));
        return;
    }
    let view = text.view(usize::from(area.width), usize::from(area.height));
    let buffer = frame.buffer_mut();
    for (y, row) in (area.y..area.bottom()).zip(view.rows) {
        buffer.set_stringn(area.x, y, row, usize::from(area.width), Style::new());
    }
    let (col, row) = view.caret;
    if let (Ok(col), Ok(row)) = (u16::try_from(col), u16::try_from(row))
        && row < area.height
        && col < area.width
    {
        let at = (area.x + col, area.y + row);
        frame.buffer_mut()[at].set_style(caret);
        frame.set_cursor_position(at);
    }
}
