//! A small, rebuildable index of the sessions in a folder, so a folder of a
//! thousand sessions opens as fast as one: only new or changed files are
//! parsed. The session files stay the truth; deleting the index loses nothing.

use std::collections::BTreeMap;
use std::fs::Metadata;
use std::os::unix::fs::MetadataExt;

use serde::{Deserialize, Serialize};

use crate::model::summary::Summary;
use crate::sanitize;

/// The index file's format; any other is rebuilt.
pub const FORMAT: &str = "accord.index/4";

/// What identifies one version of a file cheaply: a save replaces the file,
/// changing these. Not the inode: a copy of the folder (a backup restored, a
/// new computer) keeps names, sizes and times, and must keep its index too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    len: u64,
    modified_ns: i128,
}

impl Stamp {
    /// The stamp of a file's metadata.
    pub fn of(meta: &Metadata) -> Self {
        Self {
            len: meta.len(),
            modified_ns: i128::from(meta.mtime()) * 1_000_000_000 + i128::from(meta.mtime_nsec()),
        }
    }

    /// The stamp of a folder's metadata: its time alone. Any name added,
    /// removed or replaced changes the time; the size is only the room its
    /// listing takes, which a copy packs tighter (on ext4 a folder never
    /// shrinks, so a long-used one is larger than its copy).
    pub fn of_folder(meta: &Metadata) -> Self {
        Self {
            len: 0,
            ..Self::of(meta)
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

    /// Takes out the entry for `file` (`<id>.json`) if it is still current.
    ///
    /// The index is a cache that anyone could edit, so it is trusted no more
    /// than a session file: the file's name is the id, and text is made safe.
    pub fn take_current(&mut self, file: &str, stamp: Stamp) -> Option<Entry> {
        if self.files.get(file)?.stamp != stamp {
            return None;
        }
        let mut entry = self.files.remove(file)?;
        let summary = &mut entry.summary;
        summary.id = file.strip_suffix(".json").unwrap_or(file).to_owned();
        summary.clause_set.title = sanitize::line(&summary.clause_set.title);
        summary.participant = summary.participant.as_deref().map(sanitize::line);
        Some(entry)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::clauses;
    use crate::model::session::Session;
    use jiff::Timestamp;

    fn at(s: &str) -> Timestamp {
        s.parse().expect("timestamp")
    }

    #[test]
    fn an_edited_index_cannot_rename_a_session_or_smuggle_escapes() {
        let set = clauses::default_set();
        let now = at("2026-11-01T10:00:00Z");
        let mut summary = Summary::of(&Session::new("real".into(), &set, now));
        summary.id = "../../elsewhere".into();
        summary.clause_set.title = "\u{1b}[2JTitle".into();
        let stamp = Stamp {
            len: 1,
            modified_ns: 2,
        };
        let mut index = Index::default();
        index
            .files
            .insert("real.json".into(), Entry { stamp, summary });
        let entry = index.take_current("real.json", stamp).expect("current");
        assert_eq!(entry.summary.id, "real");
        assert_eq!(entry.summary.clause_set.title, "␛[2JTitle");
    }
}
