//! A screen as plain sentences: the same content the full screen draws, with
//! no layout, no colour and no box drawing, and the keys as words to type.

use crate::app::content::{Block, Tone};
use crate::app::screens::{
    agenda, clause, list, look_back, name, review, share, sign, timeline, welcome,
};
use crate::app::{App, Intent, Overlay, Screen, keys};
use crate::model::session::TextField;

use super::command;

/// Everything the current screen (or the overlay on it) says, then the commands.
pub fn screen(app: &App) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(header) = app.header() {
        lines.push(sentence(&header.progress) + " " + &sentence(&header.title));
        lines.push(String::new());
    }
    let body = match &app.overlay {
        Some(Overlay::Editor(editor)) => {
            let about = editor.about(app);
            let mut blocks = vec![
                Block::line(about.title, Tone::Heading),
                Block::line(about.clause, Tone::Strong),
                Block::text(about.context, Tone::Plain),
                Block::text(about.hint, Tone::Quiet),
            ];
            let text = editor.text();
            if !text.trim().is_empty() {
                blocks.push(Block::line(crate::t!("screens-plain-so-far"), Tone::Strong));
                blocks.push(Block::text(text, Tone::Plain));
            }
            blocks.push(Block::text(
                crate::t!("screens-plain-editor-how"),
                Tone::Plain,
            ));
            return blocks_text(&blocks, lines);
        }
        Some(Overlay::List(_)) => {
            let mut blocks = vec![Block::line(list::title(), Tone::Heading)];
            blocks.extend(list::content(app));
            blocks.push(Block::text(
                crate::t!("screens-plain-list-how"),
                Tone::Plain,
            ));
            blocks
        }
        // The keys and the full-screen editor are told as words to type instead.
        Some(Overlay::Help(_)) => vec![
            Block::text(crate::t!("screens-help-saving"), Tone::Plain),
            Block::text(crate::t!("screens-plain-help-writing"), Tone::Plain),
        ],
        Some(Overlay::Timeline(t)) => timeline::content(app, t),
        Some(Overlay::Share(_)) => {
            let mut blocks = vec![Block::line(share::title(), Tone::Heading)];
            blocks.extend(share::content(app));
            blocks
        }
        Some(Overlay::Name(_)) => {
            let (title, explain) = name::words();
            vec![
                Block::line(title, Tone::Heading),
                Block::text(explain, Tone::Plain),
            ]
        }
        None => match &app.screen {
            Screen::Welcome(w) => welcome::content(app, w),
            Screen::Clause(_) => clause::content(app),
            Screen::Agenda(a) => {
                let mut blocks = agenda::content(app, a).blocks;
                blocks.push(Block::Gap);
                blocks.push(Block::text(
                    crate::t!("screens-plain-agenda-how"),
                    Tone::Plain,
                ));
                blocks
            }
            Screen::Sign(s) => {
                let mut blocks = sign::content(app, s);
                blocks.push(Block::text(
                    crate::t!("screens-plain-sign-how"),
                    Tone::Plain,
                ));
                blocks
            }
            Screen::LookBack(l) => {
                let mut blocks = vec![Block::text(look_back::heading(), Tone::Plain)];
                for (n, row) in look_back::rows(app, l).into_iter().enumerate() {
                    blocks.push(numbered(n + 1, row, n == l.selected));
                }
                blocks
            }
            Screen::Review(r) => review::content(app, r),
        },
    };
    let mut lines = blocks_text(&body, lines);
    lines.extend(status(app));
    // Help and earlier answers close at once; the commands of the screen beneath follow.
    if !matches!(app.overlay, Some(Overlay::Help(_) | Overlay::Timeline(_))) {
        lines.push(String::new());
        lines.push(commands(app));
    }
    lines
}

/// Warnings and the reply to the last command, if any.
pub fn status(app: &App) -> Vec<String> {
    blocks_text(&app.status(), Vec::new())
}

/// The commands that work now, in one sentence.
pub fn commands(app: &App) -> String {
    let mode = app.mode();
    let mut offers: Vec<String> = keys::bindings(mode)
        .iter()
        .filter(|b| b.footer && app.offers(b))
        .filter_map(|b| {
            let typed = command::typed(b)?;
            Some(crate::t!(
                "screens-plain-command",
                typed = typed,
                does = b.help()
            ))
        })
        .collect();
    // Every screen can be left in words, even those whose keys have no quit.
    if !keys::bindings(mode)
        .iter()
        .any(|b| matches!(b.intent, Intent::Quit | Intent::AskQuit))
    {
        offers.push(crate::t!(
            "screens-plain-command",
            typed = command::quit_word(),
            does = crate::t!("screens-key-quit")
        ));
    }
    crate::t!("screens-plain-commands", list = offers.join(", "))
}

/// The reader's answer to the clause on screen, after a change.
pub fn answer(app: &App) -> String {
    let id = app.clause().id.as_str();
    let stance = crate::app::content::stance_text(app.session.stance(id));
    let mut parts = vec![sentence(
        &(crate::t!("screens-clause-your-answer") + &stance),
    )];
    for field in [TextField::Question, TextField::Note] {
        if app.session.text(id, field).is_some() {
            parts.push(match field {
                TextField::Question => crate::t!("screens-plain-has-question"),
                _ => crate::t!("screens-plain-has-note"),
            });
        }
    }
    parts.join(" ")
}

/// A row of a list with its number, and a mark on the highlighted one.
fn numbered(n: usize, row: Block, selected: bool) -> Block {
    let mark = if selected { "> " } else { "  " };
    let mut pieces = vec![crate::app::content::piece(
        format!("{mark}{n}. "),
        Tone::Plain,
    )];
    match row {
        Block::Line(rest) => pieces.extend(rest),
        other => pieces.extend(
            crate::app::content::plain(&[other])
                .into_iter()
                .map(|t| crate::app::content::piece(t, Tone::Plain)),
        ),
    }
    Block::Line(pieces)
}

/// Blocks as lines after `lines`: markers that only draw (rules, bars) are left out.
fn blocks_text(blocks: &[Block], lines: Vec<String>) -> Vec<String> {
    let start = lines.len();
    let mut lines = with_blocks(blocks, lines);
    for line in &mut lines[start..] {
        *line = unboxed(line);
    }
    lines
}

/// A line without box-drawing characters, which a screen reader reads aloud as noise.
fn unboxed(line: &str) -> String {
    let is_box = |c: char| ('\u{2500}'..='\u{259F}').contains(&c);
    if !line.contains(is_box) {
        return line.to_owned();
    }
    let kept: String = line.chars().filter(|&c| !is_box(c)).collect();
    kept.trim().to_owned()
}

fn with_blocks(blocks: &[Block], mut lines: Vec<String>) -> Vec<String> {
    for block in blocks {
        match block {
            Block::Text { text, first, .. } => {
                let first = first.trim_matches(|c: char| c == '│' || c == '|' || c.is_whitespace());
                let mut text_lines = text.lines();
                let head = text_lines.next().unwrap_or("");
                lines.push(if first.is_empty() {
                    head.to_owned()
                } else {
                    format!("{first} {head}")
                });
                lines.extend(text_lines.map(str::to_owned));
            }
            Block::Line(pieces) => {
                let line: String = pieces.iter().map(|p| p.text.as_str()).collect();
                lines.push(line.trim_end().to_owned());
            }
            Block::Gap => {
                // One empty line is a pause; more only add noise to a screen reader.
                if lines.last().is_some_and(|l| !l.is_empty()) {
                    lines.push(String::new());
                }
            }
            Block::Keys(offers) => {
                lines.extend(offers.iter().map(|o| format!("{}: {}", o.label, o.help)))
            }
        }
    }
    lines
}

/// Text ending as a sentence does, so a screen reader pauses after it.
fn sentence(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '!', '?', ':']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}
