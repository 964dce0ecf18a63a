//! A small, rebuildable index of the sessions in a folder, so a folder of a
//! thousand sessions opens as fast as one: only new or changed files are
//! parsed. The session files stay the truth; deleting the index loses nothing.

use std::collections::BTreeMap;
use std::fs::Metadata;
use std::os::unix::fs::MetadataExt;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::clauses::ClauseSet;
use crate::session::{ClauseSetRef, Role, Session};

/// The index file's format; any other is rebuilt.
pub const FORMAT: &str = "accord.index/2";

/// What lists and look-ups need to know of a session without reading it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// The session id (its file name).
    pub id: String,
    /// The clause set it answers.
    pub clause_set: ClauseSetRef,
    /// When it began.
    pub started_at: Timestamp,
    /// When it last changed.
    pub updated_at: Timestamp,
    /// Each answered clause and whether it has a stance, sorted by clause id.
    pub answers: Marks,
    /// How many questions were written.
    pub questions: usize,
    /// Questions not yet marked answered or "follow up": the visit is still to come.
    pub open_questions: usize,
    /// Whether the reader signed.
    pub signed: bool,
    /// Whether answers changed after signing.
    pub changed_since_signing: bool,
    /// The participant's name, if any.
    pub participant: Option<String>,
}

impl Summary {
    /// The summary of a session.
    pub fn of(session: &Session) -> Self {
        let signature = session.signature(Role::Patient);
        Self {
            id: session.id.clone(),
            clause_set: session.clause_set.clone(),
            started_at: session.started_at,
            updated_at: session.updated_at,
            answers: Marks(
                session
                    .responses
                    .iter()
                    .filter(|(id, _)| is_clause_id(id))
                    .map(|(id, r)| (id.clone(), r.stance.is_some()))
                    .collect(),
            ),
            questions: session
                .responses
                .values()
                .filter(|r| r.question.is_some())
                .count(),
            open_questions: session
                .responses
                .values()
                .filter(|r| r.question.is_some() && r.answer_status.is_none())
                .count(),
            signed: signature.is_some(),
            changed_since_signing: signature.is_some_and(|s| session.changed_since(s)),
            participant: session.participant.clone(),
        }
    }

    /// How many clauses of `set` have a stance.
    pub fn answered(&self, set: &ClauseSet) -> usize {
        set.clauses
            .iter()
            .filter(|c| self.answers.has_stance(&c.id))
            .count()
    }

    /// Whether the session answered the clause at all.
    pub fn responded(&self, clause_id: &str) -> bool {
        self.answers.find(clause_id).is_some()
    }

    /// True when every clause of `set` has a stance and every question has been
    /// marked after the visit; until then, accord offers to continue it.
    pub fn is_finished(&self, set: &ClauseSet) -> bool {
        self.answered(set) == set.clauses.len() && self.open_questions == 0
    }
}

/// Only ids a clause file could have are indexed; anything else is an orphan from a foreign file.
fn is_clause_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Answered clause ids with a stance flag, stored as one compact string
/// (`"body-heals:s,time:-"`), since a thousand sessions of lists parse slowly.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Marks(Vec<(String, bool)>);

impl Marks {
    fn find(&self, id: &str) -> Option<bool> {
        self.0
            .binary_search_by(|(k, _)| k.as_str().cmp(id))
            .ok()
            .map(|i| self.0[i].1)
    }

    /// Whether the clause has a stance.
    pub fn has_stance(&self, id: &str) -> bool {
        self.find(id) == Some(true)
    }

    /// How many clauses have a stance, in this set or not.
    pub fn stances(&self) -> usize {
        self.0.iter().filter(|(_, s)| *s).count()
    }
}

impl Serialize for Marks {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text: Vec<String> = self
            .0
            .iter()
            .map(|(id, stance)| format!("{id}:{}", if *stance { 's' } else { '-' }))
            .collect();
        serializer.serialize_str(&text.join(","))
    }
}

impl<'de> Deserialize<'de> for Marks {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let mut marks: Vec<(String, bool)> = text
            .split(',')
            .filter_map(|pair| pair.split_once(':'))
            .filter(|(id, _)| is_clause_id(id))
            .map(|(id, stance)| (id.to_owned(), stance == "s"))
            .collect();
        marks.sort();
        Ok(Self(marks))
    }
}

/// What identifies one version of a file cheaply: a save replaces the file, changing these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    len: u64,
    modified_ns: i128,
    inode: u64,
}

impl Stamp {
    /// The stamp of a file's metadata.
    pub fn of(meta: &Metadata) -> Self {
        Self {
            len: meta.len(),
            modified_ns: i128::from(meta.mtime()) * 1_000_000_000 + i128::from(meta.mtime_nsec()),
            inode: meta.ino(),
        }
    }
}

/// One indexed file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The file's stamp when it was summarised.
    pub stamp: Stamp,
    /// Its summary.
    pub summary: Summary,
}

/// The index as stored: file name to entry.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Index {
    /// Always [`FORMAT`].
    pub format: String,
    /// Entries by file name.
    pub files: BTreeMap<String, Entry>,
}

impl Index {
    /// Reads an index; anything unreadable or of another format gives an empty one to rebuild.
    pub fn parse(bytes: &[u8]) -> Self {
        serde_json::from_slice::<Self>(bytes)
            .ok()
            .filter(|i| i.format == FORMAT)
            .unwrap_or_default()
    }

    /// The index as bytes to store.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut index = self.clone();
        index.format = FORMAT.to_owned();
        // Plain data with string keys always serializes.
        serde_json::to_vec(&index).expect("an index serializes")
    }

    /// Takes out the entry for `file` if it is still current.
    pub fn take_current(&mut self, file: &str, stamp: Stamp) -> Option<Entry> {
        if self.files.get(file)?.stamp != stamp {
            return None;
        }
        self.files.remove(file)
    }
}
