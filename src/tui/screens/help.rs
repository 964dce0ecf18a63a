//! The help overlay: every key of the screen underneath, and what it does.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::tui::{popup, wrapped_height};

/// The overlay's width, when the window allows.
const WIDTH: u16 = 64;
use crate::app::keys::{Mode, bindings};
use crate::tui::theme::Theme;

/// Draws help for `mode`, the screen under the overlay, scrolled by `scroll` lines.
/// Returns how far it can scroll.
pub fn draw(frame: &mut Frame, area: Rect, mode: Mode, scroll: u16, theme: &Theme) -> u16 {
    let keys = bindings(mode);
    let label_width = keys
        .iter()
        .map(|b| b.label.chars().count())
        .max()
        .unwrap_or(0)
        + 2;
    let mut lines: Vec<Line> = keys
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(format!("{:<label_width$}", b.label), theme.key()),
                Span::raw(b.help()),
            ])
        })
        .collect();
    lines.push(Line::from(vec![
        Span::styled(format!("{:<label_width$}", "Ctrl-C"), theme.key()),
        Span::raw("quit from anywhere, keeping everything"),
    ]));
    lines.push(Line::default());
    lines.push(Line::styled(
        "Every answer is saved the moment you give it, on this computer only.",
        theme.dim(),
    ));
    lines.push(Line::styled(
        "In the editor, Enter starts a new line and Esc keeps your text.",
        theme.dim(),
    ));
    let width = area.width.min(WIDTH);
    let height = (wrapped_height(&lines, width.saturating_sub(2)) as u16).saturating_add(2);
    let inner = popup(frame, area, width, height, "Keys", theme);
    let max_scroll = height.saturating_sub(2).saturating_sub(inner.height);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll.min(max_scroll), 0)),
        inner,
    );
    max_scroll
}
