//! The editor overlay: writing a question for the doctor, or a private note.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::popup;
use super::theme::Theme;
use crate::app::{App, Editor};
use crate::session::TextField;

/// Draws the editor over the clause it belongs to.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, editor: &Editor, theme: &Theme) {
    let clause = &app.set.clauses[editor.clause];
    let (title, hint) = match editor.field {
        TextField::Question => (
            "Your question for your doctor",
            "Write what you would like to ask about this clause.",
        ),
        TextField::Note => (
            "Your private note",
            "Only you see this. Write whatever helps you.",
        ),
    };
    let inner = popup(frame, area, area.width, area.height, title, theme);
    let about = Paragraph::new(vec![
        Line::styled(clause.title.as_str(), theme.bold()),
        Line::styled(hint, theme.dim()),
    ])
    .wrap(Wrap { trim: true });
    let about_height = about.line_count(inner.width).min(3) as u16;
    let [about_area, _, text_area] = Layout::vertical([
        Constraint::Length(about_height),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(inner);
    frame.render_widget(about, about_area);
    frame.render_widget(&editor.textarea, text_area);
}
