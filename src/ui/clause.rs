//! One clause: who promises, the clause, its prompt, and the reader's answer.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use super::{READING_WIDTH, answer_line, column, excerpt, hanging, stance_label};
use crate::app::App;
use crate::session::TextField;

/// Draws the clause screen, scrolled as far as the app asks and no further.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let area = column(area, READING_WIDTH);
    let lines = body(app, area.width, theme);
    let max_scroll = lines.len().saturating_sub(usize::from(area.height));
    let scroll = usize::from(app.scroll).min(max_scroll);
    frame.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), area);
    if scroll < max_scroll {
        more_below(frame, area, theme);
    }
}

fn more_below(frame: &mut Frame, area: Rect, theme: &Theme) {
    let hint = " ↓ more (j or ↓) ";
    let width = (hint.chars().count() as u16).min(area.width);
    let rect = Rect::new(
        area.right().saturating_sub(width),
        area.bottom().saturating_sub(1),
        width,
        1,
    );
    frame.render_widget(Paragraph::new(Span::styled(hint, theme.key())), rect);
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
