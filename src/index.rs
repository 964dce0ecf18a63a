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
pub const FORMAT: &str = "accord.index/1";

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
    /// Clause ids with a stance.
    pub stances: Vec<String>,
    /// Clause ids with any answer at all.
    pub responded: Vec<String>,
    /// How many questions were written.
    pub questions: usize,
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
        let ids = |keep: &dyn Fn(&crate::session::Response) -> bool| {
            session
                .responses
                .iter()
                .filter(|(_, r)| keep(r))
                .map(|(id, _)| id.clone())
                .collect()
        };
        let signature = session.signature(Role::Patient);
        Self {
            id: session.id.clone(),
            clause_set: session.clause_set.clone(),
            started_at: session.started_at,
            updated_at: session.updated_at,
            stances: ids(&|r| r.stance.is_some()),
            responded: ids(&|_| true),
            questions: session
                .responses
                .values()
                .filter(|r| r.question.is_some())
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
            .filter(|c| self.stances.contains(&c.id))
            .count()
    }

    /// True when every clause of `set` has a stance.
    pub fn is_finished(&self, set: &ClauseSet) -> bool {
        self.answered(set) == set.clauses.len()
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

    /// The summary for `file` if it is still current.
    pub fn current(&self, file: &str, stamp: Stamp) -> Option<&Summary> {
        self.files
            .get(file)
            .filter(|e| e.stamp == stamp)
            .map(|e| &e.summary)
    }
}
