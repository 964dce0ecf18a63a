//! The welcome screen: the agreement's title, its credit, how the walkthrough
//! works, and the choices, which stay in view however small the window.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::App;
use crate::app::screens::welcome::{self as screen, Welcome};
use crate::tui::layout::{column, lines, wrapped_height};
use crate::tui::theme::Theme;

/// The text column is kept narrow enough to read comfortably.
const MAX_WIDTH: u16 = 76;

/// Draws the welcome screen, centred; when it cannot all show, the choices
/// keep their place at the bottom and the introduction gives way.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, welcome: &Welcome, theme: &Theme) {
    let column = column(area, MAX_WIDTH);
    let intro = lines(&screen::intro(app, welcome), column.width, theme);
    let choices = lines(&screen::choice_blocks(app, welcome), column.width, theme);
    let intro_height = wrapped_height(&intro, column.width);
    let choices_height = wrapped_height(&choices, column.width);
    if intro_height + choices_height <= usize::from(column.height) {
        let mut all = intro;
        all.extend(choices);
        let height = (intro_height + choices_height) as u16;
        let [_, middle, _] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(height),
            Constraint::Fill(1),
        ])
        .areas(column);
        frame.render_widget(Paragraph::new(all).wrap(Wrap { trim: false }), middle);
        return;
    }
    let choices_height = (choices_height as u16).min(column.height);
    let [intro_area, choices_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(choices_height)]).areas(column);
    frame.render_widget(Paragraph::new(intro).wrap(Wrap { trim: false }), intro_area);
    frame.render_widget(
        Paragraph::new(choices).wrap(Wrap { trim: false }),
        choices_area,
    );
}
