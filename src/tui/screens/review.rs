//! Reading an earlier session, or what changed between two, read-only.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::app::App;
use crate::app::screens::review::Review;
use crate::dates;
use crate::model::history::{self, Change};
use crate::model::session::{Session, TextField};
use crate::tui::theme::Theme;
use crate::tui::{READING_WIDTH, column, hanging, stance_label, stance_text};

/// Draws the review of one session, or the comparison of two; returns how far it can scroll.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, review: &Review, theme: &Theme) -> u16 {
    let area = column(area, READING_WIDTH);
    let lines = match review.sessions.as_slice() {
        [one] => one_session(app, one, area.width, theme),
        [before, after] => compare(app, before, after, area.width, theme),
        _ => Vec::new(),
    };
    crate::tui::scrolled(frame, area, lines, review.scroll)
}

fn one_session(app: &App, s: &Session, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::styled(
            format!("Your answers of {}", dates::human(s.started_at, &app.tz)),
            theme.heading(),
        ),
        Line::styled("Read-only: nothing here can be changed.", theme.dim()),
    ];
    for (i, c) in app.set.clauses.iter().enumerate() {
        let Some(r) = s.response(&c.id) else {
            continue;
        };
        lines.push(Line::default());
        lines.extend(hanging(
            &c.title,
            &format!("{:>2}. ", i + 1),
            "    ",
            width,
            theme.bold(),
        ));
        lines.push(Line::from(vec![
            ratatui::text::Span::raw("    "),
            stance_label(r.stance, theme),
        ]));
        for (field, label) in [
            (TextField::Question, "? "),
            (TextField::Answer, "Doctor said: "),
            (TextField::Note, "✎ "),
        ] {
            if let Some(text) = s.text(&c.id, field) {
                lines.extend(hanging(
                    text,
                    &format!("    {label}"),
                    "      ",
                    width,
                    Default::default(),
                ));
            }
        }
    }
    if s.responses.is_empty() {
        lines.push(Line::default());
        lines.push(Line::raw("Nothing was answered in this session."));
    }
    lines
}

fn compare(
    app: &App,
    before: &Session,
    after: &Session,
    width: u16,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let when = |s: &Session| dates::human(s.started_at, &app.tz);
    let mut lines = vec![Line::styled(
        format!("From {} to {}", when(before), when(after)),
        theme.heading(),
    )];
    let changes = history::compare(&app.set, before, after);
    let unchanged = app.set.clauses.len() - changes.len();
    lines.push(Line::styled(
        format!(
            "{} changed; {unchanged} unchanged (folded away).",
            crate::t!("count-clauses", count = changes.len())
        ),
        theme.dim(),
    ));
    for clause in changes {
        let c = &app.set.clauses[clause.clause];
        lines.push(Line::default());
        lines.extend(hanging(
            &c.title,
            &format!("{:>2}. ", clause.clause + 1),
            "    ",
            width,
            theme.bold(),
        ));
        for change in clause.changes {
            let text = match change {
                Change::Stance(a, b) => format!("{} → {}", stance_text(a), stance_text(b)),
                Change::QuestionAdded(q) => format!("question added: {q}"),
                Change::QuestionRemoved(q) => format!("question removed: {q}"),
                Change::QuestionChanged(a, b) => format!("question changed: {a} → {b}"),
                Change::NoteChanged(_, None) => "note removed".to_owned(),
                Change::NoteChanged(None, Some(n)) => format!("note added: {n}"),
                Change::NoteChanged(Some(_), Some(n)) => format!("note changed: {n}"),
                Change::AnswerChanged(_, Some(a)) => format!("doctor's answer: {a}"),
                Change::AnswerChanged(_, None) => "doctor's answer removed".to_owned(),
            };
            lines.extend(hanging(&text, "    ", "      ", width, Default::default()));
        }
    }
    lines
}
