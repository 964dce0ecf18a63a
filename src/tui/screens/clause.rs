//! One clause, laid out in a reading column that scrolls.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::app::screens::clause::{self as screen, Clause};
use crate::tui::layout::{READING_WIDTH, column, lines, scrolled};
use crate::tui::theme::Theme;

/// Draws the clause screen, scrolled as far as the app asks and no further;
/// returns how far it can scroll.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, clause: &Clause, theme: &Theme) -> u16 {
    let area = column(area, READING_WIDTH);
    let lines = lines(&screen::content(app), area.width, theme);
    if lines.len() <= usize::from(area.height) {
        return scrolled(frame, area, lines, clause.scroll);
    }
    // Too long for the window: the last row says where the rest is, over no text.
    let [text, hint] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    let max_scroll = scrolled(frame, text, lines, clause.scroll);
    let where_the_rest_is = if clause.scroll < max_scroll {
        crate::app::content::more_below()
    } else {
        crate::app::content::more_above()
    };
    frame.render_widget(
        Paragraph::new(Span::styled(where_the_rest_is, theme.key())).alignment(Alignment::Right),
        hint,
    );
    max_scroll
}
