//! The summary after the last clause: counts, questions, notes, unanswered clauses.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use super::wrap::hanging;
use super::{READING_WIDTH, column};
use crate::app::{App, EntryKind};
use crate::session::{Stance, TextField};

/// Draws the summary, scrolled so the highlighted line is in view.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let area = column(area, READING_WIDTH);
    let (lines, selected) = body(app, area.width, theme);
    // Scroll just far enough that the whole highlighted entry shows.
    let scroll = selected.end.saturating_sub(usize::from(area.height));
    let scroll = scroll.min(selected.start).min(usize::from(u16::MAX));
    frame.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), area);
}

/// The summary's lines wrapped to `width`, and the range of lines of the highlighted entry.
fn body(app: &App, width: u16, theme: &Theme) -> (Vec<Line<'static>>, std::ops::Range<usize>) {
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
    let entries = app.summary_entries();
    if entries.is_empty() {
        lines.push(Line::default());
        lines.push(Line::raw("You have answered every clause. Thank you."));
    }
    let number_width = set.clauses.len().to_string().len();
    let mut selected = 0..0;
    let mut section = None;
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
        let is_selected = n == app.summary_selected;
        let start = lines.len();
        let marker = if is_selected { "›" } else { " " };
        let number = format!("{marker} {:>number_width$}. ", entry.clause + 1);
        let indent = " ".repeat(number.chars().count());
        let title_style = if is_selected {
            theme.selected()
        } else {
            Default::default()
        };
        lines.extend(hanging(&clause.title, &number, &indent, width, title_style));
        let field = match entry.kind {
            EntryKind::Question => Some(TextField::Question),
            EntryKind::Note => Some(TextField::Note),
            EntryKind::Unanswered => None,
        };
        if let Some(text) = field.and_then(|f| s.text(&clause.id, f)) {
            lines.extend(hanging(text, &indent, &indent, width, Default::default()));
        }
        if is_selected {
            selected = start..lines.len();
        }
    }
    (lines, selected)
}
