//! Listing the sessions in a folder, from the index where it is current, and
//! finding the one to continue.

use std::fs;
use std::io;
use std::path::PathBuf;

use super::Store;
use super::atomic::{remove_stale_temp_files, write_atomic};
use super::index::{self, Entry, Index, Stamp};
use super::notice::Notice;
use super::read::{MAX_INDEX_FILE, Unreadable, read_capped, read_session};
use super::set_aside::set_aside;
use crate::model::clauses::ClauseSet;
use crate::model::id;
use crate::model::summary::Summary;

/// What to do with a session file that cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadables {
    /// Rename it aside (kept whole) so a new session can start cleanly.
    SetAside,
    /// Leave it where it is: listing commands change nothing.
    Leave,
}

/// What looking for a session to continue found.
#[derive(Debug, Default)]
pub struct Lookup {
    /// The id of the most recent unfinished session of the set, if any.
    pub resumable: Option<String>,
    /// One notice per file that was skipped or set aside, for the user.
    pub notices: Vec<Notice>,
    /// Every readable session's summary.
    pub summaries: Vec<Summary>,
    /// The sessions folder's stamp from before it was listed, for the head.
    pub folder: Option<Stamp>,
}

impl Store {
    /// Finds the most recently started unfinished session of `set` (when the
    /// store is scoped to a participant, one of theirs), setting aside
    /// unreadable files.
    ///
    /// Only its id: the caller locks it before reading it, so it reads what the
    /// last window to hold it saved.
    ///
    /// What the next start's first screen needs is kept in the index head.
    pub fn find_resumable(&self, set: &ClauseSet) -> Lookup {
        self.look_up(set, Unreadables::SetAside)
    }

    /// Lists the folder (removing what killed saves left), finds the session
    /// to continue, and keeps the first screen of `set` in the head.
    pub(super) fn look_up(&self, set: &ClauseSet, unreadables: Unreadables) -> Lookup {
        remove_stale_temp_files(&self.sessions_dir());
        // Before listing: a file added while the catalog reads makes the head's view stale.
        let folder = self.folder_stamp();
        let (summaries, notices) = self.catalog(unreadables);
        let resumable = summaries
            .iter()
            .filter(|s| s.clause_set.id == set.id && !s.is_finished(set))
            // The one started last: reopening an older one to look at it must not make it "latest".
            .max_by_key(|s| (s.started_at, s.updated_at))
            .map(|s| s.id.clone());
        let lookup = Lookup {
            resumable,
            notices,
            summaries,
            folder,
        };
        self.keep_first_screen(set, &lookup);
        lookup
    }

    /// A summary of every readable session (only the participant's, when the
    /// store is scoped to one), from the index where it is current: only new or
    /// changed files are read, and the index is brought up to date.
    pub fn catalog(&self, unreadables: Unreadables) -> (Vec<Summary>, Vec<Notice>) {
        let mut notices = Vec::new();
        let entries = match fs::read_dir(self.sessions_dir()) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return (Vec::new(), notices),
            Err(e) => {
                notices.push(Notice::CannotList {
                    folder: self.sessions_dir(),
                    why: e.to_string(),
                });
                return (Vec::new(), notices);
            }
        };
        let index_path = self.index_path();
        // A link or a device where the index should be reads as no index at all.
        let not_link = !fs::symlink_metadata(&index_path).is_ok_and(|m| m.is_symlink());
        let mut old = read_capped(&index_path, MAX_INDEX_FILE)
            .ok()
            .filter(|_| not_link)
            .map(|bytes| Index::parse(&bytes))
            .unwrap_or_default();
        let mut unchanged = true;
        let mut index = Index::default();
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        let names = super::head::fingerprint(
            paths
                .iter()
                .filter_map(|p| p.file_name().and_then(|n| n.to_str())),
        );
        for path in paths {
            let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
                continue;
            };
            // A name accord could not have made is not a session of ours (and may hide escape codes).
            if !name.strip_suffix(".json").is_some_and(id::is_valid) {
                continue;
            }
            let Ok(meta) = fs::symlink_metadata(&path) else {
                continue;
            };
            let stamp = Stamp::of(&meta);
            if !meta.is_symlink()
                && let Some(entry) = old.take_current(&name, stamp)
            {
                index.files.insert(name, entry);
                continue;
            }
            unchanged = false;
            match read_session(&path) {
                Ok(session) => {
                    let summary = Summary::of(&session);
                    index.files.insert(name, Entry { stamp, summary });
                }
                Err(why) => notices.push(unread(path, why, unreadables)),
            }
        }
        index.format = index::FORMAT.to_owned();
        // Entries left in the old index belong to files that are gone.
        if !unchanged || !old.files.is_empty() {
            // The index is only a cache: if it cannot be written, the next start reads more.
            let _ = write_atomic(&index_path, &index.to_bytes());
        }
        if !unchanged || !old.files.is_empty() || self.head_unreadable() {
            self.write_head(&index, names);
        }
        let summaries = index
            .files
            .into_values()
            .map(|e| e.summary)
            // One person never sees, continues or prints another's words.
            .filter(|s| self.participant.is_none() || s.participant == self.participant)
            .collect();
        (summaries, notices)
    }
}

/// The notice for a session file that cannot be read, once it is dealt
/// with as `unreadables` says: a newer file or a link is always left alone.
pub(super) fn unread(file: PathBuf, why: Unreadable, unreadables: Unreadables) -> Notice {
    match why {
        Unreadable::Newer(format) => Notice::Newer { file, format },
        Unreadable::Link => Notice::Link { file },
        Unreadable::Broken(why) => match unreadables {
            Unreadables::SetAside => set_aside(&file, &why),
            Unreadables::Leave => Notice::LeftUnread { file, why },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::clauses;
    use crate::model::session::{Session, Stance};
    use jiff::Timestamp;

    fn at(s: &str) -> Timestamp {
        s.parse().expect("timestamp")
    }

    #[test]
    fn corrupt_files_are_set_aside_whole_and_newer_ones_left_alone() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path().to_path_buf()).expect("open");
        let sessions = dir.path().join("sessions");
        fs::write(sessions.join("broken.json"), "{ \"format\": \"accord.sess").expect("write");
        let newer = r#"{"format": "accord.session/9", "id": "future", "shape": "new"}"#;
        fs::write(sessions.join("future.json"), newer).expect("write");

        let set = clauses::default_set();
        let found = store.find_resumable(&set);
        assert!(found.resumable.is_none());
        assert_eq!(found.notices.len(), 2, "{:?}", found.notices);
        assert!(
            found
                .notices
                .iter()
                .any(|n| n.to_string().contains("newer accord"))
        );
        assert!(
            found
                .notices
                .iter()
                .any(|n| n.to_string().contains("broken.json.unreadable"))
        );

        assert_eq!(
            fs::read_to_string(sessions.join("broken.json.unreadable")).expect("kept"),
            "{ \"format\": \"accord.sess"
        );
        assert_eq!(
            fs::read_to_string(sessions.join("future.json")).expect("kept"),
            newer
        );

        // A new session never takes the name of a file set aside.
        fs::write(sessions.join("20261101-100000.json"), "not json").expect("write");
        let (_, notices) = store.catalog(Unreadables::Leave);
        assert!(
            notices[0].to_string().contains("left as it is"),
            "listing alone moves nothing"
        );
        assert!(sessions.join("20261101-100000.json").exists());
        store.catalog(Unreadables::SetAside);
        let (id, _lock) = store
            .claim_new_session(at("2026-11-01T10:00:00Z"))
            .expect("claim");
        assert_eq!(id, "20261101-100000-2");
    }

    #[test]
    fn resumes_the_latest_unfinished_session_of_the_same_set() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path().to_path_buf()).expect("open");
        let set = clauses::default_set();
        let older = Session::new("old".into(), &set, at("2026-11-01T10:00:00Z"));
        let mut newer = Session::new("new".into(), &set, at("2026-11-02T10:00:00Z"));
        newer.set_position("time", at("2026-11-02T10:05:00Z"));
        let mut finished = Session::new("done".into(), &set, at("2026-11-03T10:00:00Z"));
        for c in &set.clauses {
            finished.set_stance(&c.id, Some(Stance::Agree), at("2026-11-03T10:00:00Z"));
        }
        let mut other_set = Session::new("other".into(), &set, at("2026-11-04T10:00:00Z"));
        other_set.clause_set.id = "something-else".into();
        for s in [&older, &newer, &finished, &other_set] {
            store.save(s).expect("save");
        }
        let found = store.find_resumable(&set);
        assert_eq!(found.resumable.as_deref(), Some("new"));
        // Touching the older one later (reopened to read it) does not make it the latest.
        let mut touched = older.clone();
        touched.set_position("time", at("2026-11-09T10:00:00Z"));
        store.save(&touched).expect("save");
        let found = store.find_resumable(&set);
        assert_eq!(found.resumable.as_deref(), Some("new"), "started last wins");
        store.save(&older).expect("save");

        // Every clause answered, but a question still waits for the visit: continue it.
        finished.set_text(
            "time",
            crate::model::session::TextField::Question,
            "Why?",
            at("2026-11-05T10:00:00Z"),
        );
        store.save(&finished).expect("save");
        let found = store.find_resumable(&set);
        assert_eq!(found.resumable.as_deref(), Some("done"));
        finished.cycle_answer_status("time", at("2026-11-06T10:00:00Z"));
        store.save(&finished).expect("save");
        let found = store.find_resumable(&set);
        assert_eq!(found.resumable.as_deref(), Some("new"));

        // A named participant sees and continues only their own sessions.
        let mut alices = Session::new("alice".into(), &set, at("2026-11-07T10:00:00Z"));
        alices.participant = Some("Alice".into());
        store.save(&alices).expect("save");
        let scoped = |who| store.clone().for_participant(Some(who));
        let found = |who| scoped(who).find_resumable(&set).resumable;
        assert_eq!(found("Alice").as_deref(), Some("alice"));
        assert_eq!(found("Carol"), None, "an unnamed session may be anyone's");
        let (alice_sees, _) = scoped("Alice").catalog(Unreadables::Leave);
        let ids: Vec<&str> = alice_sees.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["alice"]);
    }
}
