//! The appointment agenda: what to ask, in the reader's order, then notes and
//! unanswered clauses.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::app::screens::agenda::{Agenda, EntryKind, entries};
use crate::dates;
use crate::model::agenda::is_starred;
use crate::model::session::{AnswerStatus, Role, Stance, TextField};
use crate::tui::theme::Theme;
use crate::tui::{READING_WIDTH, column, excerpt, hanging};

/// Draws the agenda, scrolled so the highlighted entry is in view.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, agenda: &Agenda, theme: &Theme) {
    let area = column(area, READING_WIDTH);
    let (lines, selected) = body(app, agenda, area.width, theme);
    // Scroll just far enough that the whole highlighted entry shows.
    let scroll = selected.end.saturating_sub(usize::from(area.height));
    let scroll = scroll.min(selected.start).min(usize::from(u16::MAX));
    frame.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), area);
}

/// The signature lines, with "changed since" when answers moved on after signing.
fn signatures(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    app.session
        .signatures
        .iter()
        .map(|sig| {
            let who = match sig.role {
                Role::Patient => "Signed by",
                Role::Doctor => "Doctor signed:",
            };
            let mut spans = vec![Span::raw(format!(
                "✍ {who} {} on {}",
                sig.name,
                dates::human(sig.signed_at, &app.tz)
            ))];
            if app.session.changed_since(sig) {
                spans.push(Span::styled("; changed since", theme.warning()));
            }
            Line::from(spans)
        })
        .collect()
}

/// The screen's lines wrapped to `width`, and the range of lines of the highlighted entry.
fn body(
    app: &App,
    agenda: &Agenda,
    width: u16,
    theme: &Theme,
) -> (Vec<Line<'static>>, std::ops::Range<usize>) {
    let set = &app.set;
    let s = &app.session;
    let count = |stance| {
        set.clauses
            .iter()
            .filter(|c| s.stance(&c.id) == stance)
            .count()
    };
    let mut lines = vec![
        Line::styled("Your appointment agenda", theme.heading()),
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
    let signed = signatures(app, theme);
    if signed.is_empty() {
        lines.push(Line::styled(
            "Not signed yet: press → when you are ready.",
            theme.dim(),
        ));
    }
    lines.extend(signed);

    let entries = entries(app);
    if !entries.iter().any(|e| e.kind == EntryKind::Agenda) {
        lines.push(Line::default());
        lines.extend(hanging(
            "No questions yet. On any clause, press q to write one; it will appear here.",
            "",
            "",
            width,
            theme.dim(),
        ));
    }
    let number_width = set.clauses.len().to_string().len();
    let mut selected = 0..0;
    let mut section = None;
    for (n, entry) in entries.iter().enumerate() {
        let clause = &set.clauses[entry.clause];
        let starred = entry.kind == EntryKind::Agenda && is_starred(s, &clause.id);
        let heading = match entry.kind {
            EntryKind::Agenda if starred => "★ Ask first",
            EntryKind::Agenda => "To ask or talk over",
            EntryKind::Note => "Your private notes",
            EntryKind::Unanswered => "Not answered yet (Enter to go there)",
        };
        if section != Some(heading) {
            section = Some(heading);
            lines.push(Line::default());
            lines.push(Line::styled(heading, theme.bold()));
        }
        let is_selected = n == agenda.selected;
        let start = lines.len();
        let marker = if is_selected { "›" } else { " " };
        let star = if starred { "★" } else { " " };
        // Only the agenda is numbered, by its order; every line names its clause's number.
        let number = match entry.kind {
            EntryKind::Agenda => format!("{marker}{star}{:>number_width$}. ", n + 1),
            _ => format!("{marker} {:>number_width$}  ", ""),
        };
        let indent = " ".repeat(number.chars().count());
        let title_style = if is_selected {
            theme.selected()
        } else {
            theme.bold()
        };
        let title = format!("{} (clause {})", clause.title, entry.clause + 1);
        lines.extend(hanging(&title, &number, &indent, width, title_style));
        let mut detail = |text: &str, style| {
            let (shown, more) = excerpt(text);
            lines.extend(hanging(shown, &indent, &indent, width, style));
            if more {
                lines.push(Line::styled(
                    format!("{indent}… (Enter opens the clause)"),
                    theme.dim(),
                ));
            }
        };
        if s.clause_changed(clause) {
            detail(
                "⚠ this clause has changed since you answered it",
                theme.warning(),
            );
        }
        match entry.kind {
            EntryKind::Agenda => {
                if let Some(q) = s.text(&clause.id, TextField::Question) {
                    detail(&format!("? {q}"), Default::default());
                }
                if s.stance(&clause.id) == Some(Stance::Disagree) {
                    detail("✗ You are not on board with this clause", theme.disagree());
                }
                let response = s.response(&clause.id);
                if let Some(answer) = response.and_then(|r| r.answer.as_deref()) {
                    detail(&format!("Doctor said: {answer}"), theme.dim());
                }
                match response.and_then(|r| r.answer_status) {
                    Some(AnswerStatus::Answered) => detail("✓ answered", theme.agree()),
                    Some(AnswerStatus::FollowUp) => detail("↻ follow up", theme.warning()),
                    None => {}
                }
            }
            EntryKind::Note => {
                if let Some(note) = s.text(&clause.id, TextField::Note) {
                    detail(note, Default::default());
                }
            }
            EntryKind::Unanswered => {}
        }
        if is_selected {
            selected = start..lines.len();
        }
    }
    let orphans = s.orphans(set);
    if !orphans.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(
            "Answers to clauses no longer in this set (kept)",
            theme.bold(),
        ));
        for (id, response) in orphans {
            lines.extend(hanging(
                &orphan_summary(id, response),
                "   ",
                "     ",
                width,
                theme.dim(),
            ));
        }
    }
    (lines, selected)
}

/// One line saying what was answered to a clause that has since been removed.
fn orphan_summary(id: &str, r: &crate::model::session::Response) -> String {
    format!("{id} · {}", crate::tui::answer_line(r))
}
