//! The journal (`accord journal`): every session of a clause set in date
//! order, and per clause how the answers moved from one session to the next.

mod layout;

use std::io::{self, Cursor, Read, Seek, Write};

use jiff::tz::TimeZone;

pub use layout::{Laid, Layout};

use super::spool::Spool;
use super::{Format, credit, json, titled_for};
use crate::document::pieces::{Pieces, Stream};
use crate::document::{Block, Inline, Item, html::Html, markdown::Markdown};
use crate::model::clauses::ClauseSet;
use crate::model::session::{Glance, Session, Stance};
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
    let bytes = if format == Format::Json {
        let mut out = json::Journal::start(Vec::new(), set, notes).ok()?;
        for s in sessions {
            out.add((*s).clone()).ok()?;
        }
        out.finish().ok()?
    } else {
        let mut journal = Journal::new(set, tz, notes, pieces(format)?, Cursor::new(Vec::new()));
        for s in sessions {
            journal.add(s).ok()?;
        }
        journal.finish(Vec::new()).ok()?
    };
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// The layout the journal comes in for `format`: Markdown or a web page.
pub fn pieces(format: Format) -> Option<&'static dyn Pieces> {
    match format {
        Format::Markdown => Some(&Markdown),
        Format::Html => Some(&Html),
        Format::Text | Format::Json => None,
    }
}

/// The journal being written, one session at a time in date order. Its
/// lines are laid out as they come and set aside in `scratch`, per part, so
/// a long history costs little memory: only a few words per clause are held.
pub struct Journal<S> {
    layout: Layout,
    /// The session lines (key 0), then each clause's answers (key 1 + its place).
    spool: Spool<S>,
    /// How many sessions were added.
    sessions: usize,
    /// The latest participant's name given.
    participant: Option<String>,
    /// Per clause of the set, how its answers went so far.
    tracks: Vec<Track>,
    /// Whether any session so far holds a private note.
    any_notes: bool,
}

/// How one clause's answers went across the sessions so far.
#[derive(Debug, Default)]
struct Track {
    /// How many sessions answered it.
    steps: usize,
    /// The stance last given, once any session answered.
    previous: Option<Option<Stance>>,
    /// Whether the stance ever changed from one session to the next.
    moved: bool,
}

/// One answer's place in its clause's list: its stance, whether it moved
/// there, and how many answers the list holds with it.
type Step = (Option<Stance>, bool, usize);

/// Where a clause's track belongs in the journal.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Group {
    Moved,
    Steady,
    Once,
}

impl Track {
    fn group(&self) -> Option<Group> {
        match self.steps {
            0 => None,
            _ if self.moved => Some(Group::Moved),
            1 => Some(Group::Once),
            _ => Some(Group::Steady),
        }
    }
}

impl<S: Read + Write + Seek> Journal<S> {
    /// An empty journal of `set`, dates in `tz`, private notes only if
    /// `notes`, laid out by `pieces`, setting its lines aside in `scratch`.
    pub fn new(
        set: &ClauseSet,
        tz: &TimeZone,
        notes: bool,
        pieces: &'static dyn Pieces,
        scratch: S,
    ) -> Self {
        Self {
            layout: Layout::new(set, tz, pieces, notes),
            spool: Spool::new(scratch, set.clauses.len() + 1),
            sessions: 0,
            participant: None,
            tracks: set.clauses.iter().map(|_| Track::default()).collect(),
            any_notes: false,
        }
    }

    /// How this journal lays out a session, for a thread that reads them.
    pub fn layout(&self) -> Layout {
        self.layout.clone()
    }

    /// Adds the next session in date order.
    pub fn add(&mut self, s: &Session) -> io::Result<()> {
        let laid = self.layout.lay_out(&Glance::of(s));
        self.add_laid(laid)
    }

    /// Adds the next session in date order, laid out by [`Journal::layout`].
    pub fn add_laid(&mut self, s: Laid) -> io::Result<()> {
        let pieces = self.layout.pieces;
        self.sessions += 1;
        let line = pieces.list_item(true, self.sessions, &Item::text(s.line));
        self.spool.push(0, &line)?;
        self.any_notes |= s.has_notes;
        if s.participant.is_some() {
            self.participant = s.participant;
        }
        // A session's answers share a few heads ("on <date>: agree, changed",
        // the nth in its list): each is made once.
        let mut heads: Vec<(Step, String)> = Vec::new();
        for (i, (answer, track)) in s.answers.into_iter().zip(&mut self.tracks).enumerate() {
            let Some((stance, details)) = answer else {
                continue;
            };
            let changed = track.previous.is_some_and(|p| p != stance);
            track.previous = Some(stance);
            track.moved |= changed;
            track.steps += 1;
            let step = (stance, changed, track.steps);
            let head = match heads.iter().position(|(k, _)| *k == step) {
                Some(at) => &heads[at].1,
                None => {
                    let lead = self.layout.step_lead(&s.when, stance, changed);
                    let head = pieces.item_head(false, track.steps, &Item::text(lead));
                    heads.push((step, head));
                    &heads[heads.len() - 1].1
                }
            };
            self.spool.push(i + 1, head)?;
            self.spool.push(i + 1, &details)?;
            self.spool.push(i + 1, pieces.item_end())?;
        }
        Ok(())
    }

    /// Writes the whole journal to `out`; gives back where it was written.
    pub fn finish<W: Write>(mut self, out: W) -> io::Result<W> {
        let set = &*self.layout.set;
        let (pieces, notes) = (self.layout.pieces, self.layout.notes);
        let title = t!("printout-journal-title", title = &set.title);
        let mut doc = Stream::start(pieces, out, &titled_for(title.clone(), set))?;
        doc.block(&Block::Heading {
            level: 1,
            text: title,
        })?;
        if let Some(name) = &self.participant {
            let line = t!("printout-participant", name = name);
            doc.block(&Block::Byline(vec![line]))?;
        }
        if notes && self.any_notes {
            doc.block(&Block::Warning(t!("printout-notes-included")))?;
        }
        doc.block(&Block::Heading {
            level: 2,
            text: t!("printout-journal-sessions"),
        })?;
        let spool = &mut self.spool;
        doc.next(|out, p| {
            out.write_all(p.list_open(true).as_bytes())?;
            spool.pour(0, out)?;
            out.write_all(p.list_close(true).as_bytes())
        })?;
        for (group, heading) in [
            (Group::Moved, t!("printout-journal-moved")),
            (Group::Steady, t!("printout-journal-steady")),
            (Group::Once, t!("printout-journal-once")),
        ] {
            doc.block(&Block::Heading {
                level: 2,
                text: heading,
            })?;
            let mut none = true;
            for (i, (clause, track)) in set.clauses.iter().zip(&self.tracks).enumerate() {
                if track.group() != Some(group) {
                    continue;
                }
                none = false;
                let heading = t!(
                    "printout-clause-heading",
                    number = i + 1,
                    title = &clause.title
                );
                doc.next(|out, p| {
                    out.write_all(p.section_open(&heading).as_bytes())?;
                    out.write_all(p.list_open(false).as_bytes())?;
                    spool.pour(i + 1, out)?;
                    out.write_all(p.list_close(false).as_bytes())?;
                    out.write_all(p.section_close().as_bytes())
                })?;
            }
            if none {
                let none = t!("printout-journal-none");
                doc.block(&Block::Paragraph(vec![Inline::Text(none)]))?;
            }
        }
        if !notes {
            let left_out = t!("printout-notes-left-out");
            doc.block(&Block::Paragraph(vec![Inline::Emphasis(left_out)]))?;
        }
        doc.block(&Block::Colophon(credit(set)))?;
        doc.finish()
    }
}
