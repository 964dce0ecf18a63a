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

impl<W: Write> Journal<W> {
    /// Writes the journal's opening: its format and the clause set.
    pub fn start(mut out: W, set: &ClauseSet, notes: bool) -> io::Result<Self> {
        let clause_set = pretty(&ClauseSetRef::of(set), "  ")?;
        write!(
            out,
            "{{\n  \"clause_set\": {clause_set},\n  \"format\": \"accord.journal/1\",\n  \"sessions\": ["
        )?;
        Ok(Self {
            out,
            notes,
            first: true,
        })
    }

    /// Writes the next session.
    pub fn add(&mut self, session: &Session) -> io::Result<()> {
        let comma = if std::mem::take(&mut self.first) {
            ""
        } else {
            ","
        };
        let session = pretty(&shown(session, self.notes), "    ")?;
        write!(self.out, "{comma}\n    {session}")
    }

    /// Closes the journal; gives back where it was written.
    pub fn finish(mut self) -> io::Result<W> {
        let close = if self.first { "]\n}\n" } else { "\n  ]\n}\n" };
        self.out.write_all(close.as_bytes())?;
        Ok(self.out)
    }
}

/// `value` as pretty JSON, its lines after the first indented by `indent`, to nest it.
fn pretty(value: &impl Serialize, indent: &str) -> io::Result<String> {
    let text = serde_json::to_string_pretty(value)?;
    Ok(text.replace('\n', &format!("\n{indent}")))
}

/// The session itself, or a copy without notes: borrowed unless notes are left out.
fn shown(session: &Session, notes: bool) -> Cow<'_, Session> {
    if notes {
        Cow::Borrowed(session)
    } else {
        Cow::Owned(session.without_notes())
    }
}
