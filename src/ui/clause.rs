//! One clause: who promises, the clause, its prompt, and the reader's answer.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::theme::Theme;
use super::{stance_label, wrapped_height};
use crate::app::App;
use crate::clauses::Speaker;
use crate::session::TextField;

/// Draws the clause screen, scrolled as far as the app asks and no further.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lines = body(app, theme);
    let height = wrapped_height(&lines, area.width);
    let max_scroll = height.saturating_sub(usize::from(area.height));
    let scroll = usize::from(app.scroll).min(max_scroll);
    let paragraph = Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((scroll as u16, 0));
    frame.render_widget(paragraph, area);
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

fn speaker_line(speaker: Speaker) -> &'static str {
    match speaker {
        Speaker::Doctor => "The doctor promises",
        Speaker::Patient => "You promise",
        Speaker::Both => "We both agree",
    }
}

fn body<'a>(app: &'a App, theme: &Theme) -> Vec<Line<'a>> {
    let clause = app.clause();
    let mut lines = vec![
        Line::styled(speaker_line(clause.speaker), theme.dim()),
        Line::styled(clause.title.as_str(), theme.heading()),
        Line::default(),
    ];
    lines.extend(clause.text.lines().map(Line::raw));
    lines.push(Line::default());
    let mut prompt = clause.prompt.lines();
    lines.push(Line::from(vec![
        Span::styled("│ Think about: ", theme.prompt()),
        Span::styled(prompt.next().unwrap_or(""), theme.prompt()),
    ]));
    lines.extend(prompt.map(|l| Line::styled(format!("│ {l}"), theme.prompt())));
    lines.push(Line::default());

    let id = clause.id.as_str();
    lines.push(Line::from(vec![
        Span::styled("Your answer: ", theme.bold()),
        stance_label(app.session.stance(id), theme),
    ]));
    for (field, marker, label) in [
        (TextField::Question, "?", "Your question"),
        (TextField::Note, "✎", "Your private note"),
    ] {
        if let Some(text) = app.session.text(id, field) {
            lines.push(Line::styled(format!("{marker} {label}:"), theme.bold()));
            lines.extend(text.lines().map(|l| Line::raw(format!("  {l}"))));
        }
    }
    lines
}
