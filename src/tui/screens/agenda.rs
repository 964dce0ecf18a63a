//! The appointment agenda, in a reading column scrolled to keep the highlighted line in view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::app::screens::agenda::{self as screen, Agenda};
use crate::tui::layout::{READING_WIDTH, column, lines};
use crate::tui::theme::Theme;

/// Draws the agenda, scrolled so the highlighted entry is in view.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, agenda: &Agenda, theme: &Theme) {
    let area = column(area, READING_WIDTH);
    let content = screen::content(app, agenda);
    let blocks = &content.blocks;
    let (before, chosen) = (
        &blocks[..content.selected.start],
        &blocks[content.selected.clone()],
    );
    let start = lines(before, area.width, theme).len();
    let end = start + lines(chosen, area.width, theme).len();
    // Scroll just far enough that the whole highlighted entry shows.
    let scroll = end.saturating_sub(usize::from(area.height));
    let scroll = scroll.min(start).min(usize::from(u16::MAX));
    let lines = lines(blocks, area.width, theme);
    frame.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), area);
    // The terminal cursor rests on the highlighted entry, for magnifiers and screen readers.
    if let Ok(row) = u16::try_from(start - scroll)
        && row < area.height
    {
        frame.set_cursor_position((area.x, area.y + row));
    }
}
