//! The sessions of one clause set in the order they were started, found
//! without holding them: for the journal, which then reads each once, in
//! that order, while it writes.
//!
//! The order comes from the index where it is current, read lean (only
//! when each session started and whose it is); a file the index does not
//! know yet is read for those facts alone. Nothing is written: listing
//! changes nothing.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::PathBuf;
use std::sync::mpsc;
use std::thread;

use jiff::Timestamp;
use serde::Deserialize;

use super::Store;
use super::index::{FORMAT, Stamp};
use super::notice::Notice;
use super::read::{MAX_INDEX_FILE, Unreadable, read_capped, read_session};
use crate::model::id;
use crate::model::session::Session;
use crate::sanitize;

/// How many sessions are read ahead of the one being written: enough to
/// keep the second core busy, few enough to hold little.
const READ_AHEAD: usize = 16;

/// The sessions of one clause set, in the order they were started.
#[derive(Debug, Default)]
pub struct InOrder {
    /// Their ids, oldest first.
    pub ids: Vec<String>,
    /// How many readable sessions answer other clause sets.
    pub others: usize,
    /// One notice per file that could not be read.
    pub notices: Vec<Notice>,
}

/// The index as the order needs it: every other field is skipped unread.
#[derive(Deserialize)]
struct LeanIndex {
    format: String,
    files: HashMap<String, LeanEntry>,
}

#[derive(Deserialize)]
struct LeanEntry {
    stamp: Stamp,
    summary: When,
}

/// When a session started and whose it is.
#[derive(Deserialize)]
struct When {
    clause_set: SetId,
    started_at: Timestamp,
    updated_at: Timestamp,
    #[serde(default)]
    participant: Option<String>,
}

#[derive(Deserialize)]
struct SetId {
    id: String,
}

impl When {
    fn of(session: &Session) -> Self {
        Self {
            clause_set: SetId {
                id: session.clause_set.id.clone(),
            },
            started_at: session.started_at,
            updated_at: session.updated_at,
            participant: session.participant.clone(),
        }
    }
}

impl Store {
    /// The sessions of clause set `set_id` (only the participant's, when the
    /// store is scoped to one), oldest first, as [`Store::catalog`] would
    /// list them but holding only their ids.
    pub fn in_order(&self, set_id: &str) -> InOrder {
        let mut found = InOrder::default();
        let entries = match fs::read_dir(self.sessions_dir()) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return found,
            Err(e) => {
                found.notices.push(Notice::CannotList {
                    folder: self.sessions_dir(),
                    why: e.to_string(),
                });
                return found;
            }
        };
        let mut index = self.lean_index();
        let mut order = Vec::new();
        for entry in entries.filter_map(Result::ok) {
            let Ok(name) = entry.file_name().into_string() else {
                continue;
            };
            // A name accord could not have made is not a session of ours.
            let Some(id) = name.strip_suffix(".json").filter(|id| id::is_valid(id)) else {
                continue;
            };
            let path = entry.path();
            let Ok(meta) = fs::symlink_metadata(&path) else {
                continue;
            };
            let known = index
                .remove(&name)
                .filter(|e| !meta.is_symlink() && e.stamp == Stamp::of(&meta));
            let when = match known {
                Some(entry) => entry.summary,
                None => match read_session(&path) {
                    Ok(session) => When::of(&session),
                    Err(e) => {
                        found.notices.push(unread(path, e));
                        continue;
                    }
                },
            };
            // One person never sees another's words: the same test as the catalog's.
            let participant = when.participant.as_deref().map(sanitize::line);
            if self.participant.is_some() && participant != self.participant {
                continue;
            }
            if when.clause_set.id == set_id {
                order.push((when.started_at, when.updated_at, id.to_owned()));
            } else {
                found.others += 1;
            }
        }
        order.sort();
        found.ids = order.into_iter().map(|(_, _, id)| id).collect();
        found
    }

    /// The index's entries by file name, read lean; empty when it is
    /// missing, a link, too large or of another format.
    fn lean_index(&self) -> HashMap<String, LeanEntry> {
        let path = self.index_path();
        if fs::symlink_metadata(&path).is_ok_and(|m| m.is_symlink()) {
            return HashMap::new();
        }
        read_capped(&path, MAX_INDEX_FILE)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<LeanIndex>(&bytes).ok())
            .filter(|i| i.format == FORMAT)
            .map(|i| i.files)
            .unwrap_or_default()
    }

    /// The sessions `ids`, in that order, each read while the one before it
    /// is being written: a second thread reads a few ahead. A file that
    /// cannot be read any more (changed since it was listed) is skipped.
    pub fn read_ahead(&self, ids: &[String]) -> impl Iterator<Item = Session> + use<> {
        let paths: Vec<PathBuf> = ids.iter().map(|id| self.session_path(id)).collect();
        let (send, receive) = mpsc::sync_channel(READ_AHEAD);
        let reading = paths.clone();
        let spawned = thread::Builder::new()
            .name("read-ahead".into())
            .spawn(move || {
                for path in reading {
                    // The writer stopped early (a write failed): nothing more to read.
                    if send.send(read_session(&path).ok()).is_err() {
                        break;
                    }
                }
            });
        // Without a second thread, the sessions are read here instead.
        let left = if spawned.is_ok() { Vec::new() } else { paths };
        receive
            .into_iter()
            .chain(left.into_iter().map(|path| read_session(&path).ok()))
            .flatten()
    }
}

/// The notice for a session file that cannot be read; listing leaves it where it is.
fn unread(file: PathBuf, why: Unreadable) -> Notice {
    match why {
        Unreadable::Newer(format) => Notice::Newer { file, format },
        Unreadable::Link => Notice::Link { file },
        Unreadable::Broken(why) => Notice::LeftUnread { file, why },
    }
}
