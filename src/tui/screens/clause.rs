//! One clause, laid out in a reading column that scrolls; the answer stays in
//! view below it when the window is too small for both.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::App;
use crate::app::screens::clause::{self as screen, Clause};
use crate::tui::layout::{READING_WIDTH, column, lines, scrolled, wrapped_height};
use crate::tui::theme::Theme;

/// Draws the clause screen, scrolled as far as the app asks and no further;
/// returns how far it can scroll.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, clause: &Clause, theme: &Theme) -> u16 {
    let area = column(area, READING_WIDTH);
    let text = lines(&screen::text(app), area.width, theme);
    let answer = lines(&screen::answer(app), area.width, theme);
    let answer_height = wrapped_height(&answer, area.width);
    if text.len() + answer_height <= usize::from(area.height) {
        let mut all = text;
        all.extend(answer);
        return scrolled(frame, area, all, clause.scroll);
    }
    // Too long for the window: what the reader acts on stays in view at the
    // bottom (at most half the window), and the clause scrolls above it.
    let answer_height = (answer_height as u16).min(area.height / 2);
    let [text_area, answer_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(answer_height)]).areas(area);
    frame.render_widget(
        Paragraph::new(answer).wrap(Wrap { trim: false }),
        answer_area,
    );
    // A row or less: the clause itself matters more than saying where the rest is.
    if text.len() <= usize::from(text_area.height) || text_area.height < 2 {
        return scrolled(frame, text_area, text, clause.scroll);
    }
    // The last row of the clause says where the rest is, over no text.
    let [text_area, hint] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(text_area);
    let max_scroll = scrolled(frame, text_area, text, clause.scroll);
    let where_the_rest_is = if clause.scroll < max_scroll {
        crate::app::content::more_below()
    } else {
        crate::app::content::more_above()
    };
    let where_the_rest_is = if theme.ascii {
        crate::glyphs::ascii(&where_the_rest_is)
    } else {
        where_the_rest_is
    };
    frame.render_widget(
        Paragraph::new(Span::styled(where_the_rest_is, theme.key())).alignment(Alignment::Right),
        hint,
    );
    max_scroll
}
