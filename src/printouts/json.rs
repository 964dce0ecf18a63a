//! JSON copies: data, not documents. A session is written exactly as stored;
//! the journal wraps its sessions with the clause set they answer.

use std::borrow::Cow;
use std::io::{self, Write};

use serde::Serialize;

use crate::model::clauses::ClauseSet;
use crate::model::session::{ClauseSetRef, Session};
use crate::store;

/// The session as stored, less its private notes unless `notes`.
pub fn session(session: &Session, notes: bool) -> String {
    String::from_utf8_lossy(&store::to_json(&shown(session, notes))).into_owned()
}

/// The journal as JSON, written as it is read: the sessions as stored (less
/// their notes, if asked), in date order, one at a time, so that a long
/// history is never held whole.
pub struct Journal<W: Write> {
    out: W,
    notes: bool,
    first: bool,
}

/// One session as the journal holds it, less its private notes unless
/// `notes`: laid out apart from the journal, so it can be done on another
/// thread while the one before is written.
pub fn journal_entry(mut session: Session, notes: bool) -> io::Result<Vec<u8>> {
    if !notes {
        session.remove_notes();
    }
    let mut entry = Vec::new();
    nested(&mut entry, &session, "    ")?;
    Ok(entry)
}

impl<W: Write> Journal<W> {
    /// Writes the journal's opening: its format and the clause set.
    pub fn start(mut out: W, set: &ClauseSet, notes: bool) -> io::Result<Self> {
        out.write_all(b"{\n  \"clause_set\": ")?;
        nested(&mut out, &ClauseSetRef::of(set), "  ")?;
        out.write_all(b",\n  \"format\": \"accord.journal/1\",\n  \"sessions\": [")?;
        Ok(Self {
            out,
            notes,
            first: true,
        })
    }

    /// Writes the next session.
    pub fn add(&mut self, session: Session) -> io::Result<()> {
        let entry = journal_entry(session, self.notes)?;
        self.add_entry(&entry)
    }

    /// Writes the next session, laid out by [`journal_entry`].
    pub fn add_entry(&mut self, entry: &[u8]) -> io::Result<()> {
        let comma = if std::mem::take(&mut self.first) {
            ""
        } else {
            ","
        };
        write!(self.out, "{comma}\n    ")?;
        self.out.write_all(entry)
    }

    /// Closes the journal; gives back where it was written.
    pub fn finish(mut self) -> io::Result<W> {
        let close = if self.first { "]\n}\n" } else { "\n  ]\n}\n" };
        self.out.write_all(close.as_bytes())?;
        Ok(self.out)
    }
}

/// Writes `value` to `out` as pretty JSON, its lines after the first indented by `indent`.
fn nested(out: &mut impl Write, value: &impl Serialize, indent: &str) -> io::Result<()> {
    // Laid out whole first, then indented in one pass: indenting as serde
    // writes would cost a call for every token.
    let laid = serde_json::to_vec_pretty(value).map_err(io::Error::other)?;
    let mut lines = laid.split(|&b| b == b'\n');
    if let Some(first) = lines.next() {
        out.write_all(first)?;
    }
    for line in lines {
        out.write_all(b"\n")?;
        out.write_all(indent.as_bytes())?;
        out.write_all(line)?;
    }
    Ok(())
}

/// The session itself, or a copy without notes: borrowed unless notes are left out.
fn shown(session: &Session, notes: bool) -> Cow<'_, Session> {
    if notes {
        Cow::Borrowed(session)
    } else {
        Cow::Owned(session.without_notes())
    }
}
