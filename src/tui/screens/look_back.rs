//! Look back: this session and the earlier ones, newest first.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};

use crate::app::App;
use crate::app::screens::look_back::LookBack;
use crate::dates;
use crate::tui::theme::Theme;
use crate::tui::{READING_WIDTH, column};

/// Draws the list of sessions with the highlighted one in view.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, look_back: &LookBack, theme: &Theme) {
    let area = column(area, READING_WIDTH);
    if area.height < 3 {
        return;
    }
    let [heading, list_area] = ratatui::layout::Layout::vertical([
        ratatui::layout::Constraint::Length(2),
        ratatui::layout::Constraint::Min(1),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Line::styled(
            "Look back: Enter reads a session, o carries on with it; Space marks one, c compares it with another.",
            theme.dim(),
        )),
        heading,
    );
    let total = app.set.clauses.len();
    let marked = |id: &str| look_back.marked.as_deref() == Some(id);
    let current = {
        let s = &app.session;
        let questions = s
            .responses
            .values()
            .filter(|r| r.question.is_some())
            .count();
        row(
            marked(&s.id),
            format!(
                "This session, begun {}",
                dates::human(s.started_at, &app.tz)
            ),
            format!(
                "{}/{total} answered · {}",
                s.answered(&app.set),
                crate::t!("count-questions", count = questions)
            ),
            theme,
        )
    };
    let items: Vec<ListItem> = std::iter::once(current)
        .chain(app.history.iter().map(|h| {
            let signed = if h.signed { " · signed" } else { "" };
            let who = h
                .participant
                .as_deref()
                .map(|p| format!(" · {p}"))
                .unwrap_or_default();
            row(
                marked(&h.id),
                format!("{}{who}", dates::human(h.started_at, &app.tz)),
                format!(
                    "{}/{total} answered · {}{signed}",
                    h.answered(&app.set),
                    crate::t!("count-questions", count = h.questions)
                ),
                theme,
            )
        }))
        .collect();
    let list = List::new(items)
        .highlight_symbol("› ")
        .highlight_style(theme.selected());
    let mut state = ListState::default().with_selected(Some(look_back.selected));
    frame.render_stateful_widget(list, list_area, &mut state);
}

fn row(marked: bool, when: String, detail: String, theme: &Theme) -> ListItem<'static> {
    let mark = if marked { "☑ " } else { "  " };
    ListItem::new(Line::from(vec![
        Span::styled(mark, theme.key()),
        Span::styled(when, theme.bold()),
        Span::raw("  "),
        Span::styled(detail, theme.dim()),
    ]))
}
