//! The clause list overlay: every clause with a marker of its answer.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState};

use crate::app::App;
use crate::tui::theme::Theme;
use crate::tui::{markers, popup};

/// Draws the list with `selected` highlighted and kept in view.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, selected: usize, theme: &Theme) {
    let count = app.set.clauses.len();
    let height = (count as u16).saturating_add(2);
    let inner = popup(frame, area, 72, height, "All clauses", theme);
    let number_width = count.to_string().len();
    let items: Vec<ListItem> = app
        .set
        .clauses
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let here = if i == app.current {
                "  (you are here)"
            } else {
                ""
            };
            ListItem::new(Line::from(vec![
                Span::raw(format!(
                    "{:>number_width$}. {} ",
                    i + 1,
                    markers(app.session.response(&c.id))
                )),
                Span::raw(c.title.as_str()),
                Span::styled(here, theme.dim()),
            ]))
        })
        .collect();
    let list = List::new(items)
        .highlight_symbol("› ")
        .highlight_style(theme.selected());
    let mut state = ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(list, inner, &mut state);
}
