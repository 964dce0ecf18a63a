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
    /// Room to lay out one session in, reused for the next.
    buffer: Vec<u8>,
}

impl<W: Write> Journal<W> {
    /// Writes the journal's opening: its format and the clause set.
    pub fn start(mut out: W, set: &ClauseSet, notes: bool) -> io::Result<Self> {
        out.write_all(b"{\n  \"clause_set\": ")?;
        let mut buffer = Vec::new();
        nested(&mut out, &mut buffer, &ClauseSetRef::of(set), "  ")?;
        out.write_all(b",\n  \"format\": \"accord.journal/1\",\n  \"sessions\": [")?;
        Ok(Self {
            out,
            notes,
            first: true,
            buffer,
        })
    }

    /// Writes the next session; taking it whole spares a copy when its notes are left out.
    pub fn add(&mut self, mut session: Session) -> io::Result<()> {
        let comma = if std::mem::take(&mut self.first) {
            ""
        } else {
            ","
        };
        write!(self.out, "{comma}\n    ")?;
        if !self.notes {
            session.remove_notes();
        }
        nested(&mut self.out, &mut self.buffer, &session, "    ")
    }

    /// Closes the journal; gives back where it was written.
    pub fn finish(mut self) -> io::Result<W> {
        let close = if self.first { "]\n}\n" } else { "\n  ]\n}\n" };
        self.out.write_all(close.as_bytes())?;
        Ok(self.out)
    }
}

/// Writes `value` to `out` as pretty JSON, its lines after the first
/// indented by `indent`; `buffer` is room to lay it out in, reused.
fn nested(
    out: &mut impl Write,
    buffer: &mut Vec<u8>,
    value: &impl Serialize,
    indent: &str,
) -> io::Result<()> {
    buffer.clear();
    serde_json::to_writer_pretty(&mut *buffer, value).map_err(io::Error::other)?;
    let mut lines = buffer.split(|&b| b == b'\n');
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
