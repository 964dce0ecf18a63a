//! The journal (`accord journal`): every session of a clause set in date
//! order, and per clause how the answers moved from one session to the next.

use jiff::tz::TimeZone;

use super::{Format, StanceWord, credit, json, titled_for, writer, yes_no};
use crate::dates;
use crate::document::{Block, Detail, Document, Field, Inline, Item};
use crate::model::clauses::ClauseSet;
use crate::model::session::{Response, Session, Stance};
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
    if format == Format::Json {
        let mut out = json::Journal::start(Vec::new(), set, notes).ok()?;
        for s in sessions {
            out.add(s).ok()?;
        }
        return out
            .finish()
            .ok()
            .map(|b| String::from_utf8_lossy(&b).into_owned());
    }
    let write = writer(format)?;
    let mut journal = Journal::new(set, tz, notes);
    for s in sessions {
        journal.add(s);
    }
    Some(write(&journal.document()))
}

/// The journal being gathered, one session at a time in date order, so a
/// long history is never held whole: only the lines the journal will show.
pub struct Journal<'a> {
    set: &'a ClauseSet,
    tz: &'a TimeZone,
    notes: bool,
    /// One line per session.
    lines: Vec<Item>,
    /// The latest participant's name given.
    participant: Option<String>,
    /// Per clause of the set, its answers so far.
    tracks: Vec<Track>,
    /// Whether any session so far holds a private note.
    any_notes: bool,
}

/// One clause's answers across the sessions so far.
#[derive(Debug, Default)]
struct Track {
    steps: Vec<Item>,
    /// The stance last given, once any session answered.
    previous: Option<Option<Stance>>,
    /// Whether the stance ever changed from one session to the next.
    moved: bool,
}

impl<'a> Journal<'a> {
    /// An empty journal of `set`, dates in `tz`, private notes only if `notes`.
    pub fn new(set: &'a ClauseSet, tz: &'a TimeZone, notes: bool) -> Self {
        Self {
            set,
            tz,
            notes,
            lines: Vec::new(),
            participant: None,
            tracks: set.clauses.iter().map(|_| Track::default()).collect(),
            any_notes: false,
        }
    }

    /// Adds the next session in date order.
    pub fn add(&mut self, s: &Session) {
        self.lines.push(session_line(s, self.set, self.tz));
        self.any_notes |= s.has_notes();
        if s.participant.is_some() {
            self.participant.clone_from(&s.participant);
        }
        for (clause, track) in self.set.clauses.iter().zip(&mut self.tracks) {
            let Some(r) = s.response(&clause.id) else {
                continue;
            };
            let changed = track.previous.is_some_and(|p| p != r.stance);
            track.previous = Some(r.stance);
            track.moved |= changed;
            track.steps.push(step(s, r, changed, self.tz, self.notes));
        }
    }

    /// The journal as a document, the same for every format.
    pub fn document(self) -> Document {
        let set = self.set;
        let title = t!("printout-journal-title", title = &set.title);
        let mut doc = titled_for(title.clone(), self.set);
        doc.blocks.push(Block::Heading {
            level: 1,
            text: title,
        });
        if let Some(name) = &self.participant {
            let line = t!("printout-participant", name = name);
            doc.blocks.push(Block::Byline(vec![line]));
        }
        if self.notes && self.any_notes {
            doc.blocks
                .push(Block::Warning(t!("printout-notes-included")));
        }
        doc.blocks.push(Block::Heading {
            level: 2,
            text: t!("printout-journal-sessions"),
        });
        doc.blocks.push(Block::numbered(self.lines));
        let (mut moved, mut steady, mut once) = (Vec::new(), Vec::new(), Vec::new());
        for (i, (clause, track)) in set.clauses.iter().zip(self.tracks).enumerate() {
            let group = if track.moved {
                &mut moved
            } else if track.steps.len() > 1 {
                &mut steady
            } else if track.steps.len() == 1 {
                &mut once
            } else {
                continue;
            };
            let heading = t!(
                "printout-clause-heading",
                number = i + 1,
                title = &clause.title
            );
            group.push(Block::Section {
                heading,
                blocks: vec![Block::bullets(track.steps)],
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
        if !self.notes {
            let left_out = t!("printout-notes-left-out");
            doc.blocks
                .push(Block::Paragraph(vec![Inline::Emphasis(left_out)]));
        }
        doc.blocks.push(Block::Colophon(credit(set)));
        doc
    }
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

/// One clause's answer in one session, and whether it moved there.
fn step(s: &Session, r: &Response, changed: bool, tz: &TimeZone, notes: bool) -> Item {
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
    Item {
        details,
        ..Item::text(lead)
    }
}
