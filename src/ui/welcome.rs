//! The welcome screen: the agreement's title, its credit, how the walkthrough works.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::theme::Theme;
use super::{column, wrapped_height};
use crate::app::App;

/// The text column is kept narrow enough to read comfortably.
const MAX_WIDTH: u16 = 76;

/// Draws the welcome screen, centred.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let set = &app.set;
    let total = set.clauses.len();
    let mut lines = vec![
        Line::styled(set.title.as_str(), theme.heading()),
        Line::styled(set.source.as_str(), theme.dim()),
        Line::default(),
    ];
    lines.extend(set.intro.lines().map(Line::raw));
    lines.push(Line::default());
    lines.push(Line::styled("How it works", theme.bold()));
    for step in [
        format!("• There are {total} short clauses. You see one at a time."),
        "• Press a if you agree, or d if you are not on board. Both are fine.".to_owned(),
        "• Press q to write a question for your doctor, or n for a private note.".to_owned(),
        "• Everything is saved as you go, on this computer only.".to_owned(),
        "• Press ? at any time to see all the keys.".to_owned(),
    ] {
        lines.push(Line::raw(step));
    }
    lines.push(Line::default());
    for notice in &app.notices {
        lines.push(Line::styled(format!("⚠ {notice}"), theme.warning()));
        lines.push(Line::default());
    }
    let answered = app.session.answered(set);
    let start = if app.open_elsewhere {
        lines.push(Line::styled(
            "⚠ This session is open in another accord window.",
            theme.warning(),
        ));
        "read it without changing anything, or n to start a new session".to_owned()
    } else if app.resumed {
        format!(
            "continue where you left off (clause {} of {total}, {answered} answered), \
             or n to start a new session",
            app.current + 1
        )
    } else {
        "begin".to_owned()
    };
    lines.push(Line::from(vec![
        Span::raw("Press "),
        Span::styled("Enter", theme.key()),
        Span::raw(format!(" to {start}.")),
    ]));

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
