//! Placing content: blocks into styled lines, columns, popups and scrolling.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, List, ListItem, ListState, Paragraph, Wrap};

use super::theme::Theme;
use crate::app::content::{Block, Offer, Piece};

/// The widest a column of running text gets, however wide the window.
pub const READING_WIDTH: u16 = 84;

/// A piece of content as a styled span.
pub fn span(piece: &Piece, theme: &Theme) -> Span<'static> {
    Span::styled(piece.text.clone(), theme.tone(piece.tone))
}

/// Blocks as styled lines, running text wrapped to `width`.
pub fn lines(blocks: &[Block], width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let folded;
    let blocks = if theme.ascii {
        folded = ascii(blocks);
        &folded
    } else {
        blocks
    };
    let mut lines = Vec::new();
    for block in blocks {
        match block {
            Block::Text {
                text,
                first,
                rest,
                tone,
            } => lines.extend(hanging(text, first, rest, width, theme.tone(*tone))),
            Block::Line(pieces) => lines.push(Line::from(
                pieces.iter().map(|p| span(p, theme)).collect::<Vec<_>>(),
            )),
            Block::Gap => lines.push(Line::default()),
            Block::Keys(offers) => lines.extend(key_table(offers, theme)),
        }
    }
    lines
}

/// Blocks with every symbol's ASCII stand-in, before wrapping so widths stay true.
fn ascii(blocks: &[Block]) -> Vec<Block> {
    use crate::glyphs::ascii;
    let piece = |p: &Piece| Piece {
        text: ascii(&p.text),
        tone: p.tone,
    };
    blocks
        .iter()
        .map(|block| match block {
            Block::Text {
                text,
                first,
                rest,
                tone,
            } => Block::Text {
                text: ascii(text),
                first: ascii(first),
                rest: ascii(rest),
                tone: *tone,
            },
            Block::Line(pieces) => Block::Line(pieces.iter().map(piece).collect()),
            Block::Gap => Block::Gap,
            Block::Keys(offers) => {
                Block::Keys(offers.iter().map(|o| ascii_offer(o, true)).collect())
            }
        })
        .collect()
}

/// An offer with ASCII stand-ins when `ascii` is true.
pub fn ascii_offer(offer: &Offer, ascii: bool) -> Offer {
    if !ascii {
        return offer.clone();
    }
    Offer {
        label: crate::glyphs::ascii(&offer.label),
        help: crate::glyphs::ascii(&offer.help),
    }
}

/// Keys in a column as wide as the longest, then what they do.
fn key_table(offers: &[Offer], theme: &Theme) -> Vec<Line<'static>> {
    let width = offers
        .iter()
        .map(|o| o.label.chars().count())
        .max()
        .unwrap_or(0)
        + 2;
    offers
        .iter()
        .map(|o| {
            Line::from(vec![
                Span::styled(format!("{:<width$}", o.label), theme.key()),
                Span::raw(o.help.clone()),
            ])
        })
        .collect()
}

/// Draws rows as a list with `selected` highlighted and kept in view; a row
/// too long for the width wraps rather than being cut.
pub fn selectable(frame: &mut Frame, area: Rect, rows: &[Block], selected: usize, theme: &Theme) {
    const MARK: &str = "› ";
    let room = area
        .width
        .saturating_sub(MARK.chars().count() as u16)
        .max(1);
    let items: Vec<ListItem> = lines(rows, area.width, theme)
        .into_iter()
        .map(|line| {
            if line.width() <= usize::from(room) {
                return ListItem::new(line);
            }
            let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            ListItem::new(hanging(&text, "", "  ", room, Style::default()))
        })
        .collect();
    let heights: Vec<usize> = items.iter().map(ListItem::height).collect();
    let list = List::new(items)
        .highlight_symbol(MARK)
        .highlight_style(theme.selected());
    let mut state = ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(list, area, &mut state);
    // The terminal cursor rests on the highlighted row, for magnifiers and screen readers.
    let row: usize = heights
        .get(state.offset()..selected)
        .map_or(0, |above| above.iter().sum());
    if let Ok(row) = u16::try_from(row)
        && row < area.height
    {
        frame.set_cursor_position((area.x, area.y + row));
    }
}

/// Draws `lines` in `area` scrolled by `scroll`, never past the end; returns how far they can scroll.
pub fn scrolled(frame: &mut Frame, area: Rect, lines: Vec<Line<'static>>, scroll: u16) -> u16 {
    let max =
        u16::try_from(lines.len().saturating_sub(usize::from(area.height))).unwrap_or(u16::MAX);
    frame.render_widget(Paragraph::new(lines).scroll((scroll.min(max), 0)), area);
    max
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
    let block = ratatui::widgets::Block::bordered()
        .title(Span::styled(format!(" {title} "), theme.heading()));
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
