//! The welcome screen: the agreement's title, its credit, how the walkthrough works.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::App;
use crate::app::screens::welcome::{self as screen, Choice, Welcome};
use crate::tui::theme::Theme;
use crate::tui::{column, wrapped_height};

/// The text column is kept narrow enough to read comfortably.
const MAX_WIDTH: u16 = 76;

/// The choices, with the highlighted one marked; a single choice is just a prompt.
fn choices(app: &App, welcome: &Welcome, theme: &Theme) -> Vec<Line<'static>> {
    let total = app.set.clauses.len();
    let choices = screen::choices(app);
    if app.open_elsewhere {
        let mut lines = vec![Line::styled(
            "⚠ This session is open in another accord window.",
            theme.warning(),
        )];
        lines.push(Line::raw(
            "Press Enter to read it without changing anything, or n to start a new session.",
        ));
        return lines;
    }
    if choices.len() == 1 {
        return vec![Line::from(vec![
            Span::raw("Press "),
            Span::styled("Enter", theme.key()),
            Span::raw(" to begin."),
        ])];
    }
    let mut lines = vec![Line::styled("What would you like to do?", theme.bold())];
    for (i, choice) in choices.iter().enumerate() {
        let label = match choice {
            Choice::Continue => format!(
                "Continue where you left off (clause {} of {total}, {} answered)",
                app.current + 1,
                app.session.answered(&app.set)
            ),
            Choice::New if app.resumed => "Start a new reflection (n)".to_owned(),
            Choice::New => "Begin a new reflection (n)".to_owned(),
            Choice::LookBack => {
                let others = crate::t!("count-other-sessions", count = app.history.len());
                format!("Look back: this session and {others} (b)")
            }
        };
        let selected = i == welcome.selected;
        let marker = if selected { "› " } else { "  " };
        let style = if selected {
            theme.selected()
        } else {
            Default::default()
        };
        lines.push(Line::from(vec![
            Span::raw(marker),
            Span::styled(label, style),
        ]));
    }
    lines.push(Line::default());
    lines.push(Line::from(vec![
        Span::raw("Press "),
        Span::styled("Enter", theme.key()),
        Span::raw(" to choose."),
    ]));
    lines
}

/// Draws the welcome screen, centred.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, welcome: &Welcome, theme: &Theme) {
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
        format!(
            "• There {} {}. You see one at a time.",
            if total == 1 { "is" } else { "are" },
            crate::t!("count-short-clauses", count = total)
        ),
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
    lines.extend(choices(app, welcome, theme));

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
