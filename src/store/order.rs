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
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;

use jiff::Timestamp;
use serde::Deserialize;

use super::Store;
use super::catalog::{Unreadables, unread};
use super::index::{FORMAT, Stamp};
use super::notice::Notice;
use super::read::{MAX_INDEX_FILE, glance_at, read_capped, read_session};
use crate::i18n;
use crate::model::id;
use crate::model::session::{Glance, Session};
use crate::sanitize;

/// How many threads read sessions ahead of the one being written: reading
/// takes about as long as writing, and the machines accord runs on have two
/// cores or more.
const READERS: usize = 2;
/// How many sessions go in one hand-over from a reading thread.
const BATCH: usize = 32;
/// How many batches each reads ahead: enough to keep it busy, few enough
/// to hold little.
const READ_AHEAD: usize = 2;

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
        // The index is read on a second thread while the folder is listed:
        // the two take about as long, and the reading threads wait for both.
        let (mut index, listed) = thread::scope(|scope| {
            let index = thread::Builder::new()
                .name("lean-index".into())
                .spawn_scoped(scope, || self.lean_index());
            let listed = listed(entries);
            let index = match index {
                Ok(reading) => reading.join().unwrap_or_default(),
                Err(_) => self.lean_index(),
            };
            (index, listed)
        });
        let mut order = Vec::new();
        for (name, meta) in listed {
            let id = name.strip_suffix(".json").unwrap_or(&name);
            let path = self.sessions_dir().join(&name);
            let known = index
                .remove(&name)
                .filter(|e| !meta.is_symlink() && e.stamp == Stamp::of(&meta));
            let when = match known {
                Some(entry) => entry.summary,
                None => match read_session(&path) {
                    Ok(session) => When::of(&session),
                    Err(e) => {
                        found.notices.push(unread(path, e, Unreadables::Leave));
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

    /// The sessions `ids`, in that order, each read and passed through
    /// `prepare` on one of [`READERS`] threads while the caller writes the
    /// ones before. A file that cannot be read any more (changed since it
    /// was listed) is skipped.
    pub fn read_ahead<T, F>(
        &self,
        ids: &[String],
        prepare: F,
    ) -> impl Iterator<Item = T> + use<T, F>
    where
        T: Send + 'static,
        F: Fn(Session) -> T + Clone + Send + 'static,
    {
        self.each_ahead(ids, move |path| read_session(path).ok().map(&prepare))
    }

    /// As [`Store::read_ahead`], each session only glanced at (see
    /// [`Glance`]): for the sessions [`Store::in_order`] just listed, each
    /// of them read whole and found sound at its size and time.
    pub fn glance_ahead<T, F>(
        &self,
        ids: &[String],
        prepare: F,
    ) -> impl Iterator<Item = T> + use<T, F>
    where
        T: Send + 'static,
        F: Fn(&Glance<'_>) -> T + Clone + Send + 'static,
    {
        self.each_ahead(ids, move |path| glance_at(path, &prepare).ok())
    }

    /// The sessions `ids`, in that order, each passed to `read` (with its
    /// path) on one of [`READERS`] threads; those it gives nothing for are skipped.
    fn each_ahead<T, R>(&self, ids: &[String], read: R) -> impl Iterator<Item = T> + use<T, R>
    where
        T: Send + 'static,
        R: Fn(&Path) -> Option<T> + Clone + Send + 'static,
    {
        let paths: Vec<PathBuf> = ids.iter().map(|id| self.session_path(id)).collect();
        // Handed over in batches: waking a thread for every session cost
        // more than reading it.
        let batches: Vec<Vec<PathBuf>> = paths.chunks(BATCH).map(<[PathBuf]>::to_vec).collect();
        // What they say (a session's line, why a file cannot be read) is in the caller's words.
        let language = i18n::language();
        // Reader k takes every READERS-th batch from the k-th, so taking
        // from each reader in turn gives them back in order.
        let readers: Vec<Option<mpsc::Receiver<Vec<T>>>> = (0..READERS)
            .map(|k| {
                let (send, receive) = mpsc::sync_channel(READ_AHEAD);
                let mine: Vec<Vec<PathBuf>> =
                    batches.iter().skip(k).step_by(READERS).cloned().collect();
                let read = read.clone();
                thread::Builder::new()
                    .name("read-ahead".into())
                    .spawn(move || {
                        i18n::set_language(language);
                        for batch in mine {
                            // The writer stopped early (a write failed): nothing more to read.
                            if send.send(read_batch(&batch, &read)).is_err() {
                                break;
                            }
                        }
                    })
                    .ok()
                    .map(|_| receive)
            })
            .collect();
        batches
            .into_iter()
            .enumerate()
            .flat_map(move |(i, batch)| match &readers[i % READERS] {
                Some(reader) => reader.recv().unwrap_or_default(),
                // Without that thread, the batch is read here instead.
                None => read_batch(&batch, &read),
            })
    }
}

/// The files of `entries` named as accord names sessions, each with what
/// the folder says of it (not following a link).
fn listed(entries: fs::ReadDir) -> Vec<(String, fs::Metadata)> {
    entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            // A name accord could not have made is not a session of ours.
            if !name.strip_suffix(".json").is_some_and(id::is_valid) {
                return None;
            }
            Some((name, entry.metadata().ok()?))
        })
        .collect()
}

/// What `read` gives for each of `paths`, where it gives anything.
fn read_batch<T>(paths: &[PathBuf], read: impl Fn(&Path) -> Option<T>) -> Vec<T> {
    paths.iter().filter_map(|path| read(path)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::clauses;
    use crate::store::Unreadables;

    fn at(s: &str) -> Timestamp {
        s.parse().expect("timestamp")
    }

    /// A store holding sessions started on the given days of November, each
    /// named so that file order is not date order.
    fn store_with(days: &[u8]) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path().join("data")).expect("open");
        let set = clauses::default_set();
        for (n, day) in days.iter().enumerate() {
            let started = at(&format!("2026-11-{day:02}T10:00:00Z"));
            store
                .save(&Session::new(format!("s{}", 9 - n), &set, started))
                .expect("save");
        }
        (dir, store)
    }

    /// The day of the month each session started on, read back in the order given.
    fn days(store: &Store, ids: &[String]) -> Vec<String> {
        store
            .read_ahead(ids, |s| s)
            .map(|s| s.started_at.to_string()[8..10].to_owned())
            .collect()
    }

    #[test]
    fn sessions_come_oldest_first_read_ahead_in_that_order() {
        let (_dir, store) = store_with(&[5, 1, 9, 3, 7]);
        let set = clauses::default_set();
        let found = store.in_order(&set.id);
        assert_eq!(days(&store, &found.ids), ["01", "03", "05", "07", "09"]);
        assert_eq!(found.others, 0);
        assert!(found.notices.is_empty());
        // The same order once the index knows every file.
        store.catalog(Unreadables::Leave);
        assert_eq!(store.in_order(&set.id).ids, found.ids);
    }

    #[test]
    fn a_session_only_the_whole_loader_reads_is_glanced_at_through_it() {
        let (dir, store) = store_with(&[1, 2]);
        // Said twice, the last word counts: the glance refuses that, the loader does not.
        let path = dir.path().join("data/sessions/s9.json");
        let text = fs::read_to_string(&path).expect("read");
        let twice = text.replacen('{', "{\"started_at\": \"2026-11-30T10:00:00Z\",", 1);
        assert_eq!(Glance::from_json(&twice), None);
        fs::write(&path, twice).expect("write");
        let found = store.in_order(&clauses::default_set().id);
        assert_eq!(found.ids, ["s9", "s8"]);
        let glanced: Vec<Timestamp> = store.glance_ahead(&found.ids, |g| g.started_at).collect();
        assert_eq!(
            glanced,
            [at("2026-11-01T10:00:00Z"), at("2026-11-02T10:00:00Z")]
        );
    }

    #[test]
    fn a_file_changed_since_the_index_was_written_is_read_again() {
        let (_dir, store) = store_with(&[1, 2]);
        store.catalog(Unreadables::Leave);
        let set = clauses::default_set();
        // s9 started on the 1st; now it says the 20th, so it comes last.
        let mut moved = store.load("s9").expect("load");
        moved.started_at = at("2026-11-20T10:00:00Z");
        store.save(&moved).expect("save");
        assert_eq!(store.in_order(&set.id).ids, ["s8", "s9"]);
    }

    #[test]
    fn a_current_index_is_trusted_without_reading_the_files() {
        let (dir, store) = store_with(&[1, 2]);
        store.catalog(Unreadables::Leave);
        // Changed behind the index's back: same size, same time. Only a
        // listing that reads the index lean still sees the 1st.
        let path = dir.path().join("data/sessions/s9.json");
        let stamp = fs::metadata(&path)
            .and_then(|m| m.modified())
            .expect("time");
        let text = fs::read_to_string(&path).expect("read");
        fs::write(&path, text.replace("2026-11-01T10", "2026-11-21T10")).expect("write");
        fs::File::options()
            .write(true)
            .open(&path)
            .and_then(|f| f.set_modified(stamp))
            .expect("set time");
        let set = clauses::default_set();
        assert_eq!(store.in_order(&set.id).ids, ["s9", "s8"]);
    }

    #[test]
    fn only_the_sets_and_the_participants_own_sessions_are_listed() {
        let (dir, store) = store_with(&[1, 2]);
        let set = clauses::default_set();
        let mut theirs = Session::new("theirs".into(), &set, at("2026-11-03T10:00:00Z"));
        theirs.participant = Some("ana".into());
        store.save(&theirs).expect("save");
        let mut other_set = Session::new("other".into(), &set, at("2026-11-04T10:00:00Z"));
        other_set.clause_set.id = "another-set".into();
        store.save(&other_set).expect("save");

        let all = store.in_order(&set.id);
        assert_eq!(all.ids, ["s9", "s8", "theirs"]);
        assert_eq!(all.others, 1);
        let ana = Store::at(dir.path().join("data")).for_participant(Some("ana"));
        let found = ana.in_order(&set.id);
        assert_eq!(found.ids, ["theirs"]);
        assert_eq!(found.others, 0);
    }

    #[test]
    fn an_unreadable_file_is_named_and_left_as_it_is() {
        let (dir, store) = store_with(&[1]);
        let broken = dir.path().join("data/sessions/broken.json");
        fs::write(&broken, "{ not json").expect("write");
        let found = store.in_order(&clauses::default_set().id);
        assert_eq!(found.ids, ["s9"]);
        assert!(
            matches!(&found.notices[..], [Notice::LeftUnread { file, .. }] if *file == broken),
            "{:?}",
            found.notices
        );
        assert_eq!(fs::read_to_string(&broken).expect("kept"), "{ not json");
    }
}
