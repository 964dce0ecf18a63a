//! The full-screen shell: drawing is a pure function from the app's state to
//! a frame, and `runtime` runs it in a real terminal.
//!
//! One view per screen or overlay in `screens/`; this file lays out what they
//! share (the header with progress, the status line, the footer of live keys).

mod effects;
pub mod runtime;
mod screens;
mod terminal;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::app::keys::bindings;
use crate::app::{App, Overlay, Screen};
use crate::model::session::{Response, Stance};
use screens::{agenda, clause, editor, help, list, look_back, review, sign, timeline, welcome};
use theme::Theme;

/// The widest a column of running text gets, however wide the window.
pub const READING_WIDTH: u16 = 84;

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
        return 0;
    }
    let welcoming = matches!(app.screen, Screen::Welcome(_));
    let footer = footer_lines(app, area.width, theme);
    let status = status_lines(app, area.width, theme);
    let [header_area, body, status_area, footer_area] = Layout::vertical([
        Constraint::Length(if welcoming { 0 } else { 3 }),
        Constraint::Min(1),
        Constraint::Length(status.len().min(4) as u16),
        Constraint::Length(footer.len() as u16 + 1),
    ])
    .areas(area);
    let above_footer = Rect {
        height: footer_area.y - area.y,
        ..area
    };

    if !welcoming {
        header(frame, header_area, app, theme);
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
        Some(Overlay::List(o)) => list::draw(frame, above_footer, app, o.selected, theme),
        Some(Overlay::Help(o)) => {
            limit = help::draw(frame, above_footer, app.screen_mode(), o.scroll, theme);
        }
        Some(Overlay::Timeline(o)) => limit = timeline::draw(frame, above_footer, app, o, theme),
        None => {}
    }
    limit
}

/// Draws `lines` in `area` scrolled by `scroll`, never past the end; returns how far they can scroll.
fn scrolled(frame: &mut Frame, area: Rect, lines: Vec<Line<'static>>, scroll: u16) -> u16 {
    let max =
        u16::try_from(lines.len().saturating_sub(usize::from(area.height))).unwrap_or(u16::MAX);
    frame.render_widget(Paragraph::new(lines).scroll((scroll.min(max), 0)), area);
    max
}

fn too_small(frame: &mut Frame, area: Rect) {
    let message = Paragraph::new("Please make this window larger")
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

fn header(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let total = app.set.clauses.len();
    let progress = match &app.screen {
        Screen::Agenda(_) | Screen::Sign(_) => {
            format!("{} of {total} answered", app.session.answered(&app.set))
        }
        Screen::LookBack(_) => "Looking back".to_owned(),
        Screen::Review(r) if r.compares() => "What changed".to_owned(),
        Screen::Review(_) => "Reading an earlier session".to_owned(),
        Screen::Welcome(_) | Screen::Clause(_) => format!("Clause {} of {total}", app.current + 1),
    };
    let [title_row, gauge_row, _] = Layout::vertical([Constraint::Length(1); 3]).areas(area);
    let [title_area, progress_area] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(progress.chars().count() as u16 + 1),
    ])
    .areas(title_row);
    frame.render_widget(
        Paragraph::new(Span::styled(app.set.title.as_str(), theme.heading())),
        title_area,
    );
    frame.render_widget(
        Paragraph::new(progress).alignment(Alignment::Right),
        progress_area,
    );
    let done = match app.screen {
        Screen::Welcome(_) | Screen::Clause(_) => app.current + 1,
        _ => app.session.answered(&app.set),
    };
    frame.render_widget(
        Paragraph::new(gauge(done, total, gauge_row.width)),
        gauge_row,
    );
}

/// A text progress bar: readable without colour, unlike a coloured block.
fn gauge(done: usize, total: usize, width: u16) -> String {
    let width = usize::from(width);
    let filled = (done * width).checked_div(total).unwrap_or(0).min(width);
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

/// Warnings that must stay in view, wrapped to the width.
fn status_lines(app: &App, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if let Some(error) = &app.save_error {
        lines.extend(hanging(
            &format!(
                "Not saved yet: {error}. Your answers are kept open here; \
                 accord tries again at your next change."
            ),
            "⚠ ",
            "  ",
            width,
            theme.warning(),
        ));
    }
    if let Some(message) = &app.message {
        lines.extend(hanging(message, "› ", "  ", width, theme.key()));
    }
    lines
}

/// The footer: every live key in the footer table, wrapped to the width.
fn footer_lines(app: &App, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Line::default()];
    let mut used = 0;
    let shown = bindings(app.mode())
        .iter()
        .filter(|b| b.footer && app.offers(b));
    for b in shown {
        let help = b.help();
        let len = b.label.chars().count() + 1 + help.chars().count();
        let sep = if used == 0 { 0 } else { 3 };
        if used > 0 && used + sep + len > usize::from(width) {
            lines.push(Line::default());
            used = 0;
        }
        let line = lines.last_mut().expect("footer has a line");
        if used > 0 {
            line.push_span(Span::styled(" · ", theme.dim()));
        }
        line.push_span(Span::styled(b.label, theme.key()));
        line.push_span(Span::raw(format!(" {help}")));
        used += if used == 0 { len } else { sep + len };
    }
    lines
}

/// A past answer in one line: stance, then question and note excerpts.
pub fn answer_line(r: &crate::model::session::Response) -> String {
    let mut parts = Vec::new();
    if r.stance.is_some() {
        parts.push(stance_text(r.stance).to_owned());
    }
    let short = |t: &str| {
        let first = t.lines().next().unwrap_or("");
        let cut: String = first.chars().take(60).collect();
        if cut.len() < t.len() {
            format!("{cut}…")
        } else {
            cut
        }
    };
    if let Some(q) = &r.question {
        parts.push(format!("? \"{}\"", short(q)));
    }
    if let Some(n) = &r.note {
        parts.push(format!("✎ \"{}\"", short(n)));
    }
    if parts.is_empty() {
        parts.push("nothing said".to_owned());
    }
    parts.join(" · ")
}

/// The marker and words for a stance, readable without colour.
pub fn stance_text(stance: Option<Stance>) -> &'static str {
    match stance {
        Some(Stance::Agree) => "✓ agree",
        Some(Stance::Disagree) => "✗ not on board",
        None => "· not answered yet",
    }
}

/// [`stance_text`], coloured where colour is on.
pub fn stance_label(stance: Option<Stance>, theme: &Theme) -> Span<'static> {
    let style = match stance {
        Some(Stance::Agree) => theme.agree(),
        Some(Stance::Disagree) => theme.disagree(),
        None => theme.dim(),
    };
    Span::styled(stance_text(stance), style)
}

/// Short markers for a clause's answer in lists: stance, then `?` and `✎` if present.
pub fn markers(response: Option<&Response>) -> String {
    let stance = match response.and_then(|r| r.stance) {
        Some(Stance::Agree) => '✓',
        Some(Stance::Disagree) => '✗',
        None => '·',
    };
    let question = if response.is_some_and(|r| r.question.is_some()) {
        '?'
    } else {
        ' '
    };
    let note = if response.is_some_and(|r| r.note.is_some()) {
        '✎'
    } else {
        ' '
    };
    format!("{stance} {question}{note}")
}

/// A centred box of at most `width` × `height` inside `area`, cleared and framed.
pub fn popup(
    frame: &mut Frame,
    area: Rect,
    width: u16,
    height: u16,
    title: &str,
    theme: &Theme,
) -> Rect {
    let [_, row, _] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(height.min(area.height)),
        Constraint::Fill(1),
    ])
    .areas(area);
    let [_, rect, _] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(width.min(area.width)),
        Constraint::Fill(1),
    ])
    .areas(row);
    let block = Block::bordered().title(Span::styled(format!(" {title} "), theme.heading()));
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    inner
}

/// Wraps text to `width` with a hanging indent, all in one style.
pub fn hanging(
    text: &str,
    first: &str,
    rest: &str,
    width: u16,
    style: Style,
) -> Vec<Line<'static>> {
    crate::wrap::hanging(text, first, rest, usize::from(width))
        .into_iter()
        .map(|line| Line::styled(line, style))
        .collect()
}

/// How much of a long text a screen shows before pointing to the editor.
const EXCERPT_LINES: usize = 12;
/// See [`EXCERPT_LINES`].
const EXCERPT_CHARS: usize = 1500;

/// The start of `text` and whether more follows, so a huge note never floods a screen.
pub fn excerpt(text: &str) -> (&str, bool) {
    let by_lines = text
        .match_indices('\n')
        .nth(EXCERPT_LINES - 1)
        .map_or(text.len(), |(i, _)| i);
    let by_chars = text
        .char_indices()
        .nth(EXCERPT_CHARS)
        .map_or(text.len(), |(i, _)| i);
    let end = by_lines.min(by_chars);
    (&text[..end], end < text.len())
}

/// A centred column of at most `max_width`, for comfortable line lengths.
pub fn column(area: Rect, max_width: u16) -> Rect {
    let [_, middle, _] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(max_width.min(area.width)),
        Constraint::Fill(1),
    ])
    .areas(area);
    middle
}

/// The height `lines` take when wrapped to `width`.
pub fn wrapped_height(lines: &[Line<'_>], width: u16) -> usize {
    Paragraph::new(lines.to_vec())
        .wrap(Wrap { trim: false })
        .line_count(width)
}
