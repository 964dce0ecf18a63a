//! A clause's timeline: every earlier answer to it, newest first.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::app::screens::timeline::Timeline;
use crate::dates;
use crate::tui::theme::Theme;
use crate::tui::{excerpt, hanging, popup, stance_label};

/// Draws the timeline of `clause` over the screen.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, timeline: &Timeline, theme: &Theme) -> u16 {
    let entries = &timeline.entries;
    let title = format!(
        "Earlier answers: {}",
        app.set.clauses[timeline.clause].title
    );
    let inner = popup(frame, area, area.width.min(90), area.height, &title, theme);
    let mut lines = Vec::new();
    if entries.is_empty() {
        lines.push(Line::raw(
            "You have not answered this clause in an earlier session.",
        ));
    }
    for e in entries {
        lines.push(Line::from(vec![
            Span::styled(format!("{}  ", dates::human(e.when, &app.tz)), theme.bold()),
            stance_label(e.response.stance, theme),
        ]));
        let r = &e.response;
        for (text, label) in [
            (&r.question, "? "),
            (&r.answer, "Doctor said: "),
            (&r.note, "✎ "),
        ] {
            if let Some(text) = text {
                let (shown, _) = excerpt(text);
                lines.extend(hanging(
                    shown,
                    &format!("  {label}"),
                    "    ",
                    inner.width,
                    Default::default(),
                ));
            }
        }
        lines.push(Line::default());
    }
    crate::tui::scrolled(frame, inner, lines, timeline.scroll)
}
