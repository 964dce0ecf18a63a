//! What a screen shows, as words and structure: no cells, no colours, no layout.
//!
//! The full-screen shell styles and places these blocks; a line-mode shell can
//! print them as they are ([`plain`]). Every word comes from the i18n table.

use crate::model::session::{Response, Stance};

/// How a piece of text reads, which the shell turns into a style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Ordinary text.
    Plain,
    /// Secondary text: credits, hints, counts.
    Quiet,
    /// Emphasis that needs no colour.
    Strong,
    /// A title or a screen's heading.
    Heading,
    /// An agreement.
    Agree,
    /// "Not on board".
    Disagree,
    /// Something that went wrong or needs care.
    Warning,
    /// The clause's reflection prompt.
    Prompt,
    /// A key to press.
    Key,
    /// The highlighted row of a list.
    Selected,
}

/// A run of words in one tone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The words.
    pub text: String,
    /// How they read.
    pub tone: Tone,
}

/// Words in a tone: `piece("Enter", Tone::Key)`.
pub fn piece(text: impl Into<String>, tone: Tone) -> Piece {
    Piece {
        text: text.into(),
        tone,
    }
}

/// One block of a screen's body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// Running text, wrapped to the width, after `first` on the first line and
    /// `rest` on the others (markers such as "│ " or an indent).
    Text {
        /// The words.
        text: String,
        /// What starts the first line.
        first: String,
        /// What starts every later line.
        rest: String,
        /// How it reads.
        tone: Tone,
    },
    /// One line of pieces in different tones.
    Line(Vec<Piece>),
    /// An empty line.
    Gap,
    /// Keys and what they do, as a table.
    Keys(Vec<Offer>),
}

impl Block {
    /// Running text with no marker or indent.
    pub fn text(text: impl Into<String>, tone: Tone) -> Block {
        Block::hanging(text, "", "", tone)
    }

    /// Running text after a first-line marker, later lines indented by `rest`.
    pub fn hanging(text: impl Into<String>, first: &str, rest: &str, tone: Tone) -> Block {
        Block::Text {
            text: text.into(),
            first: first.to_owned(),
            rest: rest.to_owned(),
            tone,
        }
    }

    /// One line in one tone.
    pub fn line(text: impl Into<String>, tone: Tone) -> Block {
        Block::Line(vec![piece(text, tone)])
    }
}

/// The top of a screen: the set's title, where the reader is, and a gauge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The agreement's title.
    pub title: String,
    /// Where the reader is, in words ("Clause 3 of 32").
    pub progress: String,
    /// How much of the gauge is filled.
    pub done: usize,
    /// What the gauge counts to.
    pub total: usize,
}

/// A key on offer and what it does, as the footer and help list them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    /// How the keys are written.
    pub label: String,
    /// What they do.
    pub help: String,
}

/// Blocks as plain lines, for a shell without styles (and for tests): each
/// block's words on its own line, unwrapped.
pub fn plain(blocks: &[Block]) -> Vec<String> {
    blocks
        .iter()
        .flat_map(|block| match block {
            Block::Text { text, first, .. } => vec![format!("{first}{text}")],
            Block::Line(pieces) => vec![pieces.iter().map(|p| p.text.as_str()).collect()],
            Block::Gap => vec![String::new()],
            Block::Keys(offers) => offers
                .iter()
                .map(|o| format!("{}  {}", o.label, o.help))
                .collect(),
        })
        .collect()
}

/// The marker and words for a stance, readable without colour.
pub fn stance_text(stance: Option<Stance>) -> String {
    match stance {
        Some(Stance::Agree) => crate::t!("screens-stance-agree"),
        Some(Stance::Disagree) => crate::t!("screens-stance-disagree"),
        Some(Stance::NotNow) => crate::t!("screens-stance-not-now"),
        None => crate::t!("screens-stance-none"),
    }
}

/// [`stance_text`] in the tone that goes with it.
pub fn stance(stance: Option<Stance>) -> Piece {
    let tone = match stance {
        Some(Stance::Agree) => Tone::Agree,
        Some(Stance::Disagree) => Tone::Disagree,
        Some(Stance::NotNow) | None => Tone::Quiet,
    };
    piece(stance_text(stance), tone)
}

/// A past answer in one line: stance, then question and note excerpts.
pub fn answer_line(r: &Response) -> String {
    let mut parts = Vec::new();
    if r.stance.is_some() {
        parts.push(stance_text(r.stance));
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
        parts.push(crate::t!("screens-answer-question", text = short(q)));
    }
    if let Some(n) = &r.note {
        parts.push(crate::t!("screens-answer-note", text = short(n)));
    }
    if parts.is_empty() {
        parts.push(crate::t!("screens-answer-nothing"));
    }
    parts.join(" · ")
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

/// What the last row of a long text says while more of it is below.
pub fn more_below() -> String {
    crate::t!("screens-more-below")
}

/// What the last row of a long text says once its end is in view.
pub fn more_above() -> String {
    crate::t!("screens-more-above")
}

/// Short markers for a clause's answer in lists: stance, then `?` and `✎` if present.
pub fn markers(response: Option<&Response>) -> String {
    let stance = match response.and_then(|r| r.stance) {
        Some(Stance::Agree) => '✓',
        Some(Stance::Disagree) => '✗',
        Some(Stance::NotNow) => '-',
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

/// A sentence naming a key, split so the key's own name can stand out:
/// `with_key(t!("screens-welcome-begin", key = "Enter"), "Enter")`.
pub fn with_key(sentence: &str, key: &str) -> Vec<Piece> {
    match sentence.split_once(key) {
        Some((before, after)) => vec![
            piece(before, Tone::Plain),
            piece(key, Tone::Key),
            piece(after, Tone::Plain),
        ],
        None => vec![piece(sentence, Tone::Plain)],
    }
}
