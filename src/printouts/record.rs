//! The full record of a session: the agenda first, then every clause with its
//! answer, what is left, and the signatures. `accord export` writes it, and
//! `e` on the agenda writes it beside the one-page agenda, without notes.

use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::{Format, StanceWord, credit, json, titled_for, writer, yes_no};
use crate::dates;
use crate::document::{Block, Detail, Document, Field, Inline, Item};
use crate::model::agenda;
use crate::model::clauses::{Clause, ClauseSet};
use crate::model::session::{AnswerStatus, Role, Session, Signature, Stance, TextField};
use crate::t;

/// Choices that change what the record includes.
#[derive(Debug, Clone)]
pub struct Options {
    /// Whether private notes are included (leave them out of copies to share).
    pub notes: bool,
    /// The time zone dates are written in.
    pub tz: TimeZone,
    /// When the record is made.
    pub now: Timestamp,
}

/// Writes `session` of `set` in `format`.
pub fn render(session: &Session, set: &ClauseSet, format: Format, options: &Options) -> String {
    match writer(format) {
        Some(write) => write(&document(session, set, options)),
        None => json::session(session, options.notes),
    }
}

/// The record as a document, the same for every format.
pub fn document(session: &Session, set: &ClauseSet, options: &Options) -> Document {
    let mut doc = titled_for(set.title.clone(), set);
    let mut byline = vec![t!(
        "printout-prepared",
        now = dates::human(options.now, &options.tz),
        day = dates::day(session.started_at, &options.tz)
    )];
    if let Some(name) = &session.participant {
        byline.push(t!("printout-participant", name = name));
    }
    doc.blocks = vec![heading(1, &set.title), Block::Byline(byline)];
    if options.notes && session.has_notes() {
        doc.blocks
            .push(Block::Warning(t!("printout-notes-included")));
    }
    doc.blocks.push(heading(2, &t!("printout-agenda-heading")));
    doc.blocks.push(agenda(session, set));
    doc.blocks.push(heading(2, &t!("printout-every-clause")));
    for (i, clause) in set.clauses.iter().enumerate() {
        doc.blocks
            .push(self::clause(session, i + 1, clause, options.notes));
    }
    doc.blocks.extend(unanswered(session, set));
    doc.blocks.extend(orphans(session, set, options.notes));
    doc.blocks
        .push(heading(2, &t!("printout-signatures-heading")));
    doc.blocks.push(signatures(session, &options.tz));
    if !options.notes {
        let left_out = t!("printout-notes-left-out");
        doc.blocks
            .push(Block::Paragraph(vec![Inline::Emphasis(left_out)]));
    }
    doc.blocks.push(Block::Colophon(credit(set)));
    doc
}

fn heading(level: u8, text: &str) -> Block {
    Block::Heading {
        level,
        text: text.to_owned(),
    }
}

/// The agenda: starred items first, in the reader's order.
fn agenda(session: &Session, set: &ClauseSet) -> Block {
    let items: Vec<Item> = agenda::items(session, set)
        .into_iter()
        .map(|i| agenda_item(session, &set.clauses[i]))
        .collect();
    if items.is_empty() {
        return Block::Paragraph(vec![Inline::Text(t!("printout-agenda-empty"))]);
    }
    Block::numbered(items)
}

fn agenda_item(session: &Session, clause: &Clause) -> Item {
    let id = clause.id.as_str();
    let mut lead = Vec::new();
    if agenda::is_starred(session, id) {
        lead.push(Inline::Flag(t!("printout-ask-first")));
    }
    lead.push(Inline::Strong(clause.title.clone()));
    let mut details = Vec::new();
    if let Some(q) = session.text(id, TextField::Question) {
        details.push(Detail::Field(Field::new(t!("printout-label-question"), q)));
    }
    if session.stance(id) == Some(Stance::Disagree) {
        details.push(Detail::Remark(t!("printout-not-on-board")));
    }
    if let Some(a) = session.text(id, TextField::Answer) {
        let label = t!("printout-label-doctors-answer");
        details.push(Detail::Field(Field::new(label, a)));
    }
    if let Some(status) = status(session, id) {
        details.push(Detail::Field(Field::new(
            t!("printout-label-status"),
            status,
        )));
    }
    if session.clause_changed(clause) {
        details.push(Detail::Warning(t!("printout-changed")));
    }
    Item {
        number: None,
        lead,
        details,
    }
}

/// What the doctor's answer status reads as.
fn status(session: &Session, id: &str) -> Option<String> {
    Some(match session.response(id)?.answer_status? {
        AnswerStatus::Answered => t!("printout-status-answered"),
        AnswerStatus::FollowUp => t!("printout-status-follow-up"),
    })
}

/// One clause, what it says and the reader's answer to it.
fn clause(session: &Session, number: usize, clause: &Clause, notes: bool) -> Block {
    let id = clause.id.as_str();
    let mut blocks = vec![
        Block::Caption(clause.speaker.promise()),
        Block::Quote(clause.text.clone()),
    ];
    if session.clause_changed(clause) {
        blocks.push(Block::Warning(t!("printout-changed")));
    }
    let stance = StanceWord(session.stance(id)).to_string();
    let mut fields = vec![Field::new(t!("printout-label-your-answer"), stance)];
    if let Some(q) = session.text(id, TextField::Question) {
        fields.push(Field::new(t!("printout-label-question"), q));
    }
    if let Some(answer) = session.text(id, TextField::Answer) {
        let answer = match status(session, id) {
            Some(status) => t!(
                "printout-answer-with-status",
                answer = answer,
                status = status
            ),
            None => answer.to_owned(),
        };
        fields.push(Field::new(t!("printout-label-doctors-answer"), answer));
    }
    if let Some(note) = session.text(id, TextField::Note).filter(|_| notes) {
        fields.push(Field::new(t!("printout-label-private-note"), note));
    }
    blocks.push(Block::Fields(fields));
    Block::Section {
        heading: t!(
            "printout-clause-heading",
            number = number,
            title = &clause.title
        ),
        blocks,
    }
}

/// The clauses without a stance, by number, if any.
fn unanswered(session: &Session, set: &ClauseSet) -> Vec<Block> {
    let items: Vec<Item> = set
        .clauses
        .iter()
        .enumerate()
        .filter(|(_, c)| session.stance(&c.id).is_none())
        .map(|(i, c)| Item {
            number: Some(i + 1),
            ..Item::text(c.title.clone())
        })
        .collect();
    headed_list(t!("printout-unanswered-heading"), items)
}

/// Answers to clauses the set no longer has: kept, and listed so none is lost.
fn orphans(session: &Session, set: &ClauseSet, notes: bool) -> Vec<Block> {
    let items: Vec<Item> = session
        .orphans(set)
        .into_iter()
        .map(|(id, r)| {
            let stance = StanceWord(r.stance).to_string();
            let mut details = Vec::new();
            if let Some(q) = &r.question {
                details.push(Detail::Field(Field::new(t!("printout-label-question"), q)));
            }
            if let Some(note) = r.note.as_ref().filter(|_| notes) {
                let label = t!("printout-label-private-note");
                details.push(Detail::Field(Field::new(label, note)));
            }
            Item {
                details,
                ..Item::text(t!("printout-orphan", id = id, stance = stance))
            }
        })
        .collect();
    headed_list(t!("printout-orphans-heading"), items)
}

/// A part with a heading over a bulleted list, or nothing when the list is empty.
fn headed_list(title: String, items: Vec<Item>) -> Vec<Block> {
    if items.is_empty() {
        return Vec::new();
    }
    vec![heading(2, &title), Block::bullets(items)]
}

/// Who signed and when, or that nobody has.
fn signatures(session: &Session, tz: &TimeZone) -> Block {
    if session.signatures.is_empty() {
        return Block::Paragraph(vec![Inline::Text(t!("printout-not-signed"))]);
    }
    let items = session
        .signatures
        .iter()
        .map(|s| Item::text(signed(session, s, tz)))
        .collect();
    Block::bullets(items)
}

fn signed(session: &Session, s: &Signature, tz: &TimeZone) -> String {
    let who = match s.role {
        Role::Patient => t!("printout-signer-patient"),
        Role::Doctor => t!("printout-signer-doctor"),
    };
    let when = dates::human(s.signed_at, tz);
    t!(
        "printout-signed",
        who = who,
        name = &s.name,
        when = when,
        changed = yes_no(session.changed_since(s))
    )
}
