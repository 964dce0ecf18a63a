//! The summary after the last clause: counts, questions, notes, unanswered clauses.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::theme::Theme;
use super::wrapped_height;
use crate::app::{App, EntryKind};
use crate::session::{Stance, TextField};

/// Draws the summary, scrolled so the highlighted line is in view.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let (lines, selected_line) = body(app, theme);
    let before = wrapped_height(&lines[..selected_line], area.width);
    let selected_height = wrapped_height(&lines[selected_line..=selected_line], area.width);
    // Keep the section heading above the highlight visible when possible.
    let scroll = (before + selected_height).saturating_sub(usize::from(area.height));
    let paragraph = Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((scroll.min(usize::from(u16::MAX)) as u16, 0));
    frame.render_widget(paragraph, area);
}

/// The summary's lines, and the index of the highlighted one.
fn body<'a>(app: &'a App, theme: &Theme) -> (Vec<Line<'a>>, usize) {
    let set = &app.set;
    let s = &app.session;
    let count = |stance| {
        set.clauses
            .iter()
            .filter(|c| s.stance(&c.id) == stance)
            .count()
    };
    let mut lines = vec![
        Line::styled("Your answers", theme.heading()),
        Line::from(vec![
            Span::styled(
                format!("✓ {} agreed", count(Some(Stance::Agree))),
                theme.agree(),
            ),
            Span::raw("   "),
            Span::styled(
                format!("✗ {} not on board", count(Some(Stance::Disagree))),
                theme.disagree(),
            ),
            Span::raw("   "),
            Span::raw(format!("· {} not answered yet", count(None))),
        ]),
    ];
    let mut selected_line = 0;
    let mut section = None;
    let entries = app.summary_entries();
    if entries.is_empty() {
        lines.push(Line::default());
        lines.push(Line::raw("You have answered every clause. Thank you."));
    }
    for (n, entry) in entries.iter().enumerate() {
        if section != Some(entry.kind) {
            section = Some(entry.kind);
            lines.push(Line::default());
            let heading = match entry.kind {
                EntryKind::Question => "Questions to ask your doctor",
                EntryKind::Note => "Your private notes",
                EntryKind::Unanswered => "Not answered yet (Enter to go there)",
            };
            lines.push(Line::styled(heading, theme.bold()));
        }
        let clause = &set.clauses[entry.clause];
        let text = match entry.kind {
            EntryKind::Question => s.text(&clause.id, TextField::Question),
            EntryKind::Note => s.text(&clause.id, TextField::Note),
            EntryKind::Unanswered => None,
        };
        let is_selected = n == app.summary_selected;
        let marker = if is_selected { "› " } else { "  " };
        let mut spans = vec![
            Span::raw(marker),
            Span::styled(
                format!("{}. {}", entry.clause + 1, clause.title),
                theme.bold(),
            ),
        ];
        if let Some(text) = text {
            spans.push(Span::raw(format!(": {}", text.replace('\n', " / "))));
        }
        let mut line = Line::from(spans);
        if is_selected {
            line = line.style(theme.selected());
            selected_line = lines.len();
        }
        lines.push(line);
    }
    (lines, selected_line)
}
