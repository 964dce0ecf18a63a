//! Sessions as documents to print or share: Markdown, plain text, HTML and JSON.
//!
//! A [`Report`] gathers what a document says once; each format only lays it out.

mod html;
pub mod journal;
mod markdown;
mod text;

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::dates;
use crate::model::agenda;
use crate::model::clauses::ClauseSet;
use crate::model::session::{AnswerStatus, Role, Session, Stance, TextField};
use crate::store;

/// A document format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Markdown, for notes apps and email.
    Markdown,
    /// Plain text wrapped at 80 columns, for printing.
    Text,
    /// One self-contained printable web page.
    Html,
    /// The session exactly as stored.
    Json,
}

/// The names `--format` accepts.
const FORMAT_NAMES: &str = "markdown, text, html or json";

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "markdown" | "md" => Ok(Self::Markdown),
            "text" | "txt" => Ok(Self::Text),
            "html" => Ok(Self::Html),
            "json" => Ok(Self::Json),
            other => Err(format!("unknown format `{other}`: use {FORMAT_NAMES}")),
        }
    }
}

impl Format {
    /// The usual file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Text => "txt",
            Self::Html => "html",
            Self::Json => "json",
        }
    }
}

/// Choices that change what a document includes.
#[derive(Debug, Clone)]
pub struct Options {
    /// Whether private notes are included (leave them out of copies to share).
    pub notes: bool,
    /// The time zone dates are written in.
    pub tz: TimeZone,
    /// When the document is made.
    pub now: Timestamp,
}

/// Writes `session` of `set` as a document.
pub fn render(session: &Session, set: &ClauseSet, format: Format, options: &Options) -> String {
    let report = Report::new(session, set, options);
    match format {
        Format::Markdown => markdown::render(&report),
        Format::Text => text::render(&report),
        Format::Html => html::render(&report),
        Format::Json => {
            let shown = if options.notes {
                Cow::Borrowed(session)
            } else {
                Cow::Owned(session.without_notes())
            };
            String::from_utf8_lossy(&store::to_json(&shown)).into_owned()
        }
    }
}

/// Where the reader stands, in words that need no colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StanceWord {
    /// Agreed.
    Agree,
    /// Not on board.
    NotOnBoard,
    /// No stance yet.
    Unanswered,
}

impl StanceWord {
    /// The word for a stance.
    pub fn of(stance: Option<Stance>) -> Self {
        match stance {
            Some(Stance::Agree) => Self::Agree,
            Some(Stance::Disagree) => Self::NotOnBoard,
            None => Self::Unanswered,
        }
    }
}

impl fmt::Display for StanceWord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Agree => "✓ Agree",
            Self::NotOnBoard => "✗ Not on board",
            Self::Unanswered => "· Not answered yet",
        })
    }
}

/// What the doctor's answer status reads as.
fn status_word(status: Option<AnswerStatus>) -> Option<&'static str> {
    match status? {
        AnswerStatus::Answered => Some("answered"),
        AnswerStatus::FollowUp => Some("follow up"),
    }
}

/// One agenda item as a document shows it.
#[derive(Debug)]
pub struct Item<'a> {
    /// Starred "ask first".
    pub starred: bool,
    /// The clause's title.
    pub title: &'a str,
    /// The question, if one was written.
    pub question: Option<&'a str>,
    /// Whether the reader is not on board with the clause.
    pub not_on_board: bool,
    /// What the doctor said.
    pub answer: Option<&'a str>,
    /// "answered" or "follow up".
    pub status: Option<&'static str>,
    /// The clause's text changed after the reader answered it.
    pub changed: bool,
}

/// One clause with the reader's answer to it.
#[derive(Debug)]
pub struct ClauseEntry<'a> {
    /// Its number in the set, from 1.
    pub number: usize,
    /// Its title.
    pub title: &'a str,
    /// Who promises.
    pub speaker: &'static str,
    /// The clause text.
    pub text: &'a str,
    /// The reader's stance.
    pub stance: StanceWord,
    /// The question.
    pub question: Option<&'a str>,
    /// What the doctor said.
    pub answer: Option<&'a str>,
    /// "answered" or "follow up".
    pub status: Option<&'static str>,
    /// The private note, when notes are included.
    pub note: Option<&'a str>,
    /// The clause's text changed after the reader answered it.
    pub changed: bool,
}

/// An answer to a clause no longer in the set, kept and listed.
#[derive(Debug)]
pub struct Orphan<'a> {
    /// The clause id it was saved under.
    pub id: &'a str,
    /// The stance given.
    pub stance: StanceWord,
    /// The question.
    pub question: Option<&'a str>,
    /// The private note, when notes are included.
    pub note: Option<&'a str>,
}

/// A signature line.
#[derive(Debug)]
pub struct SignatureLine<'a> {
    /// "You" or "Your doctor".
    pub who: &'static str,
    /// The name typed.
    pub name: &'a str,
    /// When, in words.
    pub when: String,
    /// Whether answers changed after signing.
    pub changed_since: bool,
}

/// Everything a document says, gathered once for every format.
#[derive(Debug)]
pub struct Report<'a> {
    /// The agreement's title.
    pub title: &'a str,
    /// "Prepared on …" line.
    pub prepared: String,
    /// The agenda, starred first, in the reader's order.
    pub agenda: Vec<Item<'a>>,
    /// Every clause with its answer.
    pub clauses: Vec<ClauseEntry<'a>>,
    /// Clauses without a stance: number and title.
    pub unanswered: Vec<(usize, &'a str)>,
    /// Signatures.
    pub signatures: Vec<SignatureLine<'a>>,
    /// Answers to clauses the set no longer has.
    pub orphans: Vec<Orphan<'a>>,
    /// The participant's name, if given.
    pub participant: Option<&'a str>,
    /// Whether private notes are included.
    pub notes: bool,
    /// The clause set's name, version and credit.
    pub credit: String,
}

impl<'a> Report<'a> {
    /// Gathers a session's document.
    pub fn new(session: &'a Session, set: &'a ClauseSet, options: &Options) -> Self {
        let text = |id: &str, field| session.text(id, field);
        let response = |id: &str| session.response(id);
        let agenda = agenda::items(session, set)
            .into_iter()
            .map(|i| {
                let id = set.clauses[i].id.as_str();
                Item {
                    starred: agenda::is_starred(session, id),
                    title: &set.clauses[i].title,
                    question: text(id, TextField::Question),
                    not_on_board: session.stance(id) == Some(Stance::Disagree),
                    answer: text(id, TextField::Answer),
                    status: status_word(response(id).and_then(|r| r.answer_status)),
                    changed: session.clause_changed(&set.clauses[i]),
                }
            })
            .collect();
        let clauses = set
            .clauses
            .iter()
            .enumerate()
            .map(|(i, c)| ClauseEntry {
                number: i + 1,
                title: &c.title,
                speaker: c.speaker.promise(),
                text: &c.text,
                stance: StanceWord::of(session.stance(&c.id)),
                question: text(&c.id, TextField::Question),
                answer: text(&c.id, TextField::Answer),
                status: status_word(response(&c.id).and_then(|r| r.answer_status)),
                note: text(&c.id, TextField::Note).filter(|_| options.notes),
                changed: session.clause_changed(c),
            })
            .collect();
        let orphans = session
            .orphans(set)
            .into_iter()
            .map(|(id, r)| Orphan {
                id,
                stance: StanceWord::of(r.stance),
                question: r.question.as_deref(),
                note: r.note.as_deref().filter(|_| options.notes),
            })
            .collect();
        let unanswered = set
            .clauses
            .iter()
            .enumerate()
            .filter(|(_, c)| session.stance(&c.id).is_none())
            .map(|(i, c)| (i + 1, c.title.as_str()))
            .collect();
        let signatures = session
            .signatures
            .iter()
            .map(|s| SignatureLine {
                who: match s.role {
                    Role::Patient => "You",
                    Role::Doctor => "Your doctor",
                },
                name: &s.name,
                when: dates::human(s.signed_at, &options.tz),
                changed_since: session.changed_since(s),
            })
            .collect();
        Self {
            title: &set.title,
            prepared: format!(
                "Prepared on {} from your answers of {}.",
                dates::human(options.now, &options.tz),
                dates::day(session.started_at, &options.tz)
            ),
            agenda,
            clauses,
            unanswered,
            signatures,
            orphans,
            participant: session.participant.as_deref(),
            notes: options.notes,
            credit: format!(
                "Clause set: {}, version {} ({}). {}",
                set.title, set.version, set.id, set.source
            ),
        }
    }
}

/// How a document marks a clause whose text changed after it was answered.
pub const CHANGED: &str = "This clause has changed since you answered it.";

/// The heading over answers to clauses the set no longer has.
pub const ORPHANS: &str = "Answers to clauses no longer in this set";

/// The sentence every document ends with when notes were left out.
pub const NOTES_LEFT_OUT: &str = "Private notes are left out of this copy.";
