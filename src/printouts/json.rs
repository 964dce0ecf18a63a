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
    let mut json = serde_json::Serializer::with_formatter(out, Nested::new(indent.as_bytes()));
    value.serialize(&mut json).map_err(io::Error::other)
}

/// serde_json's pretty layout (two spaces a level), with every line after
/// the first starting `base` further in: the JSON is laid out in place
/// rather than laid out whole and indented again.
struct Nested {
    /// A new line and its indent, as deep as any line so far.
    indent: Vec<u8>,
    /// How much of `indent` a line at depth 0 takes: the new line and the base.
    base: usize,
    depth: usize,
    /// Whether the array or object being written holds a value yet.
    has_value: bool,
}

impl Nested {
    fn new(base: &[u8]) -> Self {
        Self {
            indent: [b"\n", base].concat(),
            base: 1 + base.len(),
            depth: 0,
            has_value: false,
        }
    }

    /// A new line at the current depth, written at once.
    fn line<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        let len = self.base + 2 * self.depth;
        if self.indent.len() < len {
            self.indent.resize(len, b' ');
        }
        out.write_all(&self.indent[..len])
    }

    fn open<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        out.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.line(out)?;
        }
        out.write_all(bracket)
    }

    fn next<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        if !first {
            out.write_all(b",")?;
        }
        self.line(out)
    }
}

impl serde_json::ser::Formatter for Nested {
    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.next(out, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.next(out, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        out.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// The session itself, or a copy without notes: borrowed unless notes are left out.
fn shown(session: &Session, notes: bool) -> Cow<'_, Session> {
    if notes {
        Cow::Borrowed(session)
    } else {
        Cow::Owned(session.without_notes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_json_is_pretty_json_indented_after_its_first_line() {
        let value = serde_json::json!({
            "empty": {}, "none": [], "list": [1, [2, []], {"a": null}],
            "text": "two\nlines", "deep": {"b": {"c": [true]}}
        });
        let pretty = serde_json::to_string_pretty(&value).expect("pretty");
        for indent in ["", "    "] {
            let mut out = Vec::new();
            nested(&mut out, &value, indent).expect("written");
            let expected = pretty.replace('\n', &format!("\n{indent}"));
            assert_eq!(String::from_utf8(out).expect("utf-8"), expected);
        }
    }
}
