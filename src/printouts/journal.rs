//! The journal (`accord journal`): every session of a clause set in date
//! order, and per clause how the answers moved from one session to the next.

use jiff::tz::TimeZone;

use super::{Format, StanceWord, credit, json, titled_for, writer, yes_no};
use crate::dates;
use crate::document::{Block, Detail, Document, Field, Inline, Item};
use crate::model::clauses::{Clause, ClauseSet};
use crate::model::session::Session;
use crate::t;

/// Writes the journal of `sessions` (in date order) in `format`; `None` for
/// plain text, which the journal does not come in.
pub fn render(
    sessions: &[&Session],
    set: &ClauseSet,
    tz: &TimeZone,
    notes: bool,
    format: Format,
) -> Option<String> {
    match format {
        Format::Text => None,
        Format::Json => Some(json::journal(sessions, set, notes)),
        _ => writer(format).map(|write| write(&document(sessions, set, tz, notes))),
    }
}

/// The journal as a document, the same for every format.
pub fn document(sessions: &[&Session], set: &ClauseSet, tz: &TimeZone, notes: bool) -> Document {
    let title = t!("printout-journal-title", title = &set.title);
    let mut doc = titled_for(title.clone(), set);
    doc.blocks.push(Block::Heading {
        level: 1,
        text: title,
    });
    if let Some(name) = sessions.iter().rev().find_map(|s| s.participant.as_ref()) {
        let line = t!("printout-participant", name = name);
        doc.blocks.push(Block::Byline(vec![line]));
    }
    if notes && sessions.iter().any(|s| s.has_notes()) {
        doc.blocks
            .push(Block::Warning(t!("printout-notes-included")));
    }
    doc.blocks.push(Block::Heading {
        level: 2,
        text: t!("printout-journal-sessions"),
    });
    let items = sessions.iter().map(|s| session_line(s, set, tz)).collect();
    doc.blocks.push(Block::numbered(items));
    let (mut moved, mut steady, mut once) = (Vec::new(), Vec::new(), Vec::new());
    for (i, clause) in set.clauses.iter().enumerate() {
        let steps = steps(sessions, clause, tz, notes);
        let group = if steps.iter().any(|(_, changed)| *changed) {
            &mut moved
        } else if steps.len() > 1 {
            &mut steady
        } else if steps.len() == 1 {
            &mut once
        } else {
            continue;
        };
        let heading = t!(
            "printout-clause-heading",
            number = i + 1,
            title = &clause.title
        );
        let items = steps.into_iter().map(|(item, _)| item).collect();
        group.push(Block::Section {
            heading,
            blocks: vec![Block::bullets(items)],
        });
    }
    for (key, tracks) in [
        (t!("printout-journal-moved"), moved),
        (t!("printout-journal-steady"), steady),
        (t!("printout-journal-once"), once),
    ] {
        doc.blocks.push(Block::Heading {
            level: 2,
            text: key,
        });
        if tracks.is_empty() {
            let none = t!("printout-journal-none");
            doc.blocks.push(Block::Paragraph(vec![Inline::Text(none)]));
        }
        doc.blocks.extend(tracks);
    }
    if !notes {
        let left_out = t!("printout-notes-left-out");
        doc.blocks
            .push(Block::Paragraph(vec![Inline::Emphasis(left_out)]));
    }
    doc.blocks.push(Block::Colophon(credit(set)));
    doc
}

/// One session's line: when, how much was answered and asked, whether signed.
fn session_line(s: &Session, set: &ClauseSet, tz: &TimeZone) -> Item {
    let questions = s
        .responses
        .values()
        .filter(|r| r.question.is_some())
        .count();
    let when = dates::human(s.started_at, tz);
    let (answered, total) = (s.answered(set), set.clauses.len());
    let questions = t!("count-questions", count = questions);
    Item::text(t!(
        "printout-journal-session",
        when = when,
        answered = answered,
        total = total,
        questions = questions,
        signed = yes_no(!s.signatures.is_empty())
    ))
}

/// One clause's answer in each session that gave one, and whether it moved there.
fn steps(sessions: &[&Session], clause: &Clause, tz: &TimeZone, notes: bool) -> Vec<(Item, bool)> {
    let mut previous = None;
    sessions
        .iter()
        .filter_map(|s| s.response(&clause.id).map(|r| (s, r)))
        .map(|(s, r)| {
            let changed = previous.is_some_and(|p| p != r.stance);
            previous = Some(r.stance);
            let when = dates::human(s.started_at, tz);
            let stance = StanceWord(r.stance).to_string();
            let lead = t!(
                "printout-journal-step",
                when = when,
                stance = stance,
                changed = yes_no(changed)
            );
            let details = [
                (t!("printout-label-question"), &r.question),
                (t!("printout-label-doctors-answer"), &r.answer),
                (
                    t!("printout-label-note"),
                    if notes { &r.note } else { &None },
                ),
            ]
            .into_iter()
            .filter_map(|(label, text)| Some(Detail::Field(Field::new(label, text.as_deref()?))))
            .collect();
            (
                Item {
                    details,
                    ..Item::text(lead)
                },
                changed,
            )
        })
        .collect()
}
