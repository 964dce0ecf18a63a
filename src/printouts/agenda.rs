//! The one-page agenda a patient takes to the visit: their name, the date, the
//! questions in their order with room to write each answer, and the clauses
//! they are not on board with, briefly. No clause texts and never a private note.

use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::{Format, json, titled_for, writer};
use crate::dates;
use crate::document::{Block, Detail, Document, Field, Inline, Item};
use crate::model::agenda;
use crate::model::clauses::ClauseSet;
use crate::model::session::{Role, Session, Stance, TextField};
use crate::t;

/// How many ruled lines each question gets for the doctor's answer.
const ANSWER_LINES: usize = 2;

/// A blank to fill in by hand, where nothing is known yet.
const BLANK: &str = "____________________";

/// Who the page is for and when it is made.
#[derive(Debug, Clone)]
pub struct Options {
    /// A name typed when printing, used when the session holds none.
    pub name: Option<String>,
    /// The time zone dates are written in.
    pub tz: TimeZone,
    /// When the page is made.
    pub now: Timestamp,
}

/// Writes the agenda of `session` in `format`; JSON is the session without notes.
pub fn render(session: &Session, set: &ClauseSet, format: Format, options: &Options) -> String {
    match writer(format) {
        Some(write) => write(&document(session, set, options)),
        None => json::session(session, false),
    }
}

/// The name the page carries: the `--participant` name, the signed name, or one typed when printing.
pub fn name(session: &Session, typed: Option<&str>) -> Option<String> {
    let signed = || {
        session
            .signatures
            .iter()
            .rev()
            .find(|s| s.role == Role::Patient)
            .map(|s| s.name.clone())
    };
    session
        .participant
        .clone()
        .or_else(signed)
        .or_else(|| typed.map(str::to_owned))
        .filter(|n| !n.trim().is_empty())
}

/// The agenda as a document, the same for every format.
pub fn document(session: &Session, set: &ClauseSet, options: &Options) -> Document {
    let title = t!("printout-visit-title");
    let mut doc = titled_for(title.clone(), set);
    let name = name(session, options.name.as_deref()).unwrap_or_else(|| BLANK.to_owned());
    doc.blocks = vec![
        Block::Heading {
            level: 1,
            text: title,
        },
        Block::Fields(vec![
            Field::new(t!("printout-visit-name"), name),
            Field::new(
                t!("printout-visit-date"),
                dates::day(options.now, &options.tz),
            ),
            Field::new(
                t!("printout-visit-appointment"),
                t!("printout-visit-appointment-blanks", blank = BLANK),
            ),
        ]),
    ];
    // Clauses the reader is not on board with but asked nothing about are only named, below.
    let asked: Vec<usize> = agenda::items(session, set)
        .into_iter()
        .filter(|&i| {
            session
                .text(&set.clauses[i].id, TextField::Question)
                .is_some()
        })
        .collect();
    if asked.is_empty() {
        doc.blocks.push(Block::Paragraph(vec![Inline::Text(t!(
            "printout-visit-no-questions"
        ))]));
    } else {
        let items = asked.iter().map(|&i| item(session, set, i)).collect();
        doc.blocks.push(Block::numbered(items));
    }
    let not_on_board: Vec<String> = set
        .clauses
        .iter()
        .filter(|c| session.stance(&c.id) == Some(Stance::Disagree))
        .map(|c| c.title.clone())
        .collect();
    if !not_on_board.is_empty() {
        let label = t!("printout-visit-not-on-board");
        doc.blocks.push(Block::Fields(vec![Field::new(
            label,
            not_on_board.join("; "),
        )]));
    }
    doc
}

/// One question: "ask first" if starred, the clause it is about, the question,
/// and the doctor's answer or lines to write it on.
fn item(session: &Session, set: &ClauseSet, index: usize) -> Item {
    let clause = &set.clauses[index];
    let id = clause.id.as_str();
    let mut lead = Vec::new();
    if agenda::is_starred(session, id) {
        lead.push(Inline::Flag(t!("printout-ask-first")));
    }
    lead.push(Inline::Strong(t!(
        "printout-visit-about",
        title = &clause.title
    )));
    let question = session.text(id, TextField::Question).unwrap_or_default();
    lead.push(Inline::Text(format!(" {question}")));
    let label = t!("printout-label-doctors-answer");
    let details = match session.text(id, TextField::Answer) {
        Some(answer) => vec![Detail::Field(Field::new(label, answer))],
        None => vec![Detail::Lines {
            label,
            lines: ANSWER_LINES,
        }],
    };
    Item {
        number: None,
        lead,
        details,
    }
}
