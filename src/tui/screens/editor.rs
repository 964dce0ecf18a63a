//! The editor overlay: writing a question for the doctor, or a private note.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::app::screens::editor::Editor;
use crate::tui::layout::{READING_WIDTH, hanging, popup};
use crate::tui::textbox;
use crate::tui::theme::Theme;

/// Draws the editor over the clause it belongs to.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, editor: &Editor, theme: &Theme) {
    let about = editor.about(app);
    // Typed lines keep the same comfortable width as the clause's own text (plus the frame).
    let inner = popup(
        frame,
        area,
        READING_WIDTH + 2,
        area.height,
        &about.title,
        theme,
    );
    // The clause stays in view while writing about it, when there is room.
    let title = Line::styled(about.clause, theme.bold());
    let hint = hanging(&about.hint, "", "", inner.width, theme.hint());
    let mut full = vec![title.clone()];
    full.extend(hanging(
        &about.context,
        "",
        "",
        inner.width,
        Default::default(),
    ));
    full.push(Line::default());
    full.extend(hint.iter().cloned());
    // Suggestions come before the clause's text when room is short: they are what to act on.
    let mut picks = Vec::new();
    for line in &about.suggestions {
        picks.extend(hanging(line, "", "   ", inner.width, theme.prompt()));
    }
    full.extend(picks.iter().cloned());
    let room = usize::from(inner.height / 2);
    let about = match room {
        _ if full.len() <= room => full,
        0 => Vec::new(),
        1 => vec![title],
        _ if picks.is_empty() => std::iter::once(title).chain(hint).take(room).collect(),
        _ => std::iter::once(title).chain(picks).take(room).collect(),
    };
    let about_height = about.len() as u16;
    let about = Paragraph::new(about);
    let [about_area, _, text_area] = Layout::vertical([
        Constraint::Length(about_height),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(inner);
    frame.render_widget(about, about_area);
    textbox::draw(frame, text_area, &editor.text);
}
