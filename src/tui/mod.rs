//! The full-screen shell: drawing is a pure function from the app's state to
//! a frame, and `runtime` runs it in a real terminal.
//!
//! One view per screen or overlay in `screens/`; this file lays out what they
//! share (the header with progress, the status line, the footer of live keys).
//! The words all come from the app's content.

mod effects;
mod layout;
pub mod runtime;
mod screens;
mod terminal;
mod textbox;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::app::content::{Header, Offer};
use crate::app::{App, Overlay, Screen};
use screens::{
    agenda, clause, editor, help, list, look_back, name, review, share, sign, timeline, welcome,
};
use theme::Theme;

/// Below this size the layout cannot work, so the reader is asked to enlarge the window.
pub const MIN_WIDTH: u16 = 40;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 10;

/// Whether a window this size shows the screens; a smaller one only asks to be enlarged.
pub fn fits(area: Rect) -> bool {
    area.width >= MIN_WIDTH && area.height >= MIN_HEIGHT
}

/// Draws the whole screen for `app`; returns how far what scrolls on screen
/// can scroll (0 when nothing does), for the app to stop its scrolling there.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) -> u16 {
    let area = frame.area();
    if !fits(area) {
        too_small(frame, area);
        theme.finish(frame.buffer_mut());
        return 0;
    }
    let top = app.header();
    let footer = footer_lines(&app.footer(), area.width, theme);
    let status = layout::lines(&app.status(), area.width, theme);
    let [header_area, body, status_area, footer_area] = Layout::vertical([
        Constraint::Length(if top.is_some() { 3 } else { 0 }),
        Constraint::Min(1),
        Constraint::Length(status.len().min(4) as u16),
        Constraint::Length(footer.len() as u16 + 1),
    ])
    .areas(area);
    let above_footer = Rect {
        height: footer_area.y - area.y,
        ..area
    };

    if let Some(top) = &top {
        header(frame, header_area, top, theme);
    }
    let mut limit = 0;
    match &app.screen {
        Screen::Welcome(s) => welcome::draw(frame, body, app, s, theme),
        Screen::Clause(s) => limit = clause::draw(frame, body, app, s, theme),
        Screen::Agenda(s) => agenda::draw(frame, body, app, s, theme),
        Screen::Sign(s) => sign::draw(frame, body, app, s, theme),
        Screen::LookBack(s) => look_back::draw(frame, body, app, s, theme),
        Screen::Review(s) => limit = review::draw(frame, body, app, s, theme),
    }
    frame.render_widget(Paragraph::new(status), status_area);
    frame.render_widget(
        Paragraph::new(footer).block(Block::new().borders(Borders::TOP).border_style(theme.dim())),
        footer_area,
    );

    match &app.overlay {
        Some(Overlay::Editor(editor)) => editor::draw(frame, body, app, editor, theme),
        Some(Overlay::List(o)) => list::draw(frame, above_footer, app, o, theme),
        Some(Overlay::Help(o)) => {
            limit = help::draw(frame, above_footer, app, o, theme);
        }
        Some(Overlay::Timeline(o)) => limit = timeline::draw(frame, above_footer, app, o, theme),
        Some(Overlay::Name(o)) => name::draw(frame, body, o, theme),
        Some(Overlay::Share(o)) => limit = share::draw(frame, above_footer, app, o, theme),
        None => {}
    }
    theme.finish(frame.buffer_mut());
    limit
}

fn too_small(frame: &mut Frame, area: Rect) {
    let message = Paragraph::new(crate::app::too_small(MIN_WIDTH, MIN_HEIGHT))
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true });
    let height = message.line_count(area.width).min(area.height as usize) as u16;
    let [_, middle, _] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(height),
        Constraint::Fill(1),
    ])
    .areas(area);
    frame.render_widget(message, middle);
}

fn header(frame: &mut Frame, area: Rect, header: &Header, theme: &Theme) {
    let fold = |text: &str| {
        if theme.ascii {
            crate::glyphs::ascii(text)
        } else {
            text.to_owned()
        }
    };
    let header = &Header {
        title: fold(&header.title),
        progress: fold(&header.progress),
        ..header.clone()
    };
    let [title_row, second_row, third_row] =
        Layout::vertical([Constraint::Length(1); 3]).areas(area);
    let title = Paragraph::new(Span::styled(header.title.clone(), theme.heading()));
    let progress = Paragraph::new(header.progress.clone()).alignment(Alignment::Right);
    let wanted = header.title.chars().count() + 1 + header.progress.chars().count();
    // In a narrow window the title keeps its own row rather than being cut.
    let gauge_row = if wanted > usize::from(area.width) {
        frame.render_widget(title, title_row);
        frame.render_widget(progress, second_row);
        third_row
    } else {
        let [title_area, progress_area] = Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(header.progress.chars().count() as u16 + 1),
        ])
        .areas(title_row);
        frame.render_widget(title, title_area);
        frame.render_widget(progress, progress_area);
        second_row
    };
    frame.render_widget(
        Paragraph::new(gauge(header.done, header.total, gauge_row.width)),
        gauge_row,
    );
}

/// A text progress bar: readable without colour, unlike a coloured block.
fn gauge(done: usize, total: usize, width: u16) -> String {
    let width = usize::from(width);
    let filled = (done * width).checked_div(total).unwrap_or(0).min(width);
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

/// The footer: every key on offer, wrapped to the width.
fn footer_lines(offers: &[Offer], width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Line::default()];
    let mut used = 0;
    for offer in offers {
        let offer = &layout::ascii_offer(offer, theme.ascii);
        let len = offer.label.chars().count() + 1 + offer.help.chars().count();
        let sep = if used == 0 { 0 } else { 3 };
        if used > 0 && used + sep + len > usize::from(width) {
            lines.push(Line::default());
            used = 0;
        }
        let mut spans = Vec::new();
        if used > 0 {
            spans.push(Span::styled(" · ", theme.dim()));
        }
        spans.push(Span::styled(offer.label.clone(), theme.key()));
        spans.push(Span::raw(format!(" {}", offer.help)));
        if let Some(line) = lines.last_mut() {
            line.spans.extend(spans);
        }
        used += if used == 0 { len } else { sep + len };
    }
    lines
}
