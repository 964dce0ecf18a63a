//! One clause: who promises, the clause, its prompt, and the reader's answer.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::app::screens::clause::Clause;
use crate::model::session::TextField;
use crate::tui::theme::Theme;
use crate::tui::{READING_WIDTH, answer_line, column, excerpt, hanging, stance_label};

/// Draws the clause screen, scrolled as far as the app asks and no further;
/// returns how far it can scroll.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, clause: &Clause, theme: &Theme) -> u16 {
    let area = column(area, READING_WIDTH);
    let lines = body(app, area.width, theme);
    if lines.len() <= usize::from(area.height) {
        return crate::tui::scrolled(frame, area, lines, clause.scroll);
    }
    // Too long for the window: the last row says where the rest is, over no text.
    let [text, hint] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    let max_scroll = crate::tui::scrolled(frame, text, lines, clause.scroll);
    let where_the_rest_is = if clause.scroll < max_scroll {
        "↓ more below (j or ↓)"
    } else {
        "↑ more above (k or ↑)"
    };
    frame.render_widget(
        Paragraph::new(Span::styled(where_the_rest_is, theme.key())).alignment(Alignment::Right),
        hint,
    );
    max_scroll
}

/// The clause's lines, already wrapped to `width`.
fn body(app: &App, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let clause = app.clause();
    let mut lines = hanging(clause.speaker.promise(), "", "", width, theme.dim());
    lines.extend(hanging(&clause.title, "", "", width, theme.heading()));
    lines.push(Line::default());
    lines.extend(hanging(&clause.text, "", "", width, Default::default()));
    lines.push(Line::default());
    lines.push(Line::styled("│ To think about", theme.dim()));
    lines.extend(hanging(&clause.prompt, "│ ", "│ ", width, theme.prompt()));
    lines.push(Line::default());

    let id = clause.id.as_str();
    if app.session.clause_changed(clause) {
        lines.extend(hanging(
            "⚠ This clause has changed since you answered it. Read it again, and change your answer if you wish.",
            "",
            "  ",
            width,
            theme.warning(),
        ));
    }
    lines.push(Line::from(vec![
        Span::styled("Your answer: ", theme.bold()),
        stance_label(app.session.stance(id), theme),
    ]));
    if let Some(earlier) = app.last_time.get(id) {
        let when = crate::dates::short_day(earlier.when, &app.tz);
        lines.extend(hanging(
            &format!("Last time ({when}): {}", answer_line(&earlier.response)),
            "",
            "  ",
            width,
            theme.dim(),
        ));
    }
    for (field, marker, label) in [
        (TextField::Question, "?", "Your question"),
        (TextField::Note, "✎", "Your private note"),
    ] {
        if let Some(text) = app.session.text(id, field) {
            lines.push(Line::styled(format!("{marker} {label}:"), theme.bold()));
            let (shown, more) = excerpt(text);
            lines.extend(hanging(shown, "  ", "  ", width, Default::default()));
            if more {
                let key = if field == TextField::Question {
                    'q'
                } else {
                    'n'
                };
                lines.push(Line::styled(
                    format!("  … press {key} to read all of it"),
                    theme.dim(),
                ));
            }
        }
    }
    lines
}
