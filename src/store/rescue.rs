//! Rescue copies: where answers go when a save fails, and how the next start
//! puts them back.

use std::fs::{self, File};
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use super::Store;
use super::atomic::write_synced;
use super::notice::Notice;
use super::paths::{RESCUE_PREFIX, is_rescue_name, rescue_name};
use super::read::{Unreadable, decode_session, read_file, to_json};
use crate::model::id;

impl Store {
    /// Writes a full copy of a session that could not be saved to a new private
    /// file, and says where: in the data folder beside `sessions/` if it takes
    /// it, else in the system's temporary folder.
    pub fn rescue(&self, session: &crate::model::session::Session) -> io::Result<PathBuf> {
        let name = rescue_name(&session.id, crate::clock::now());
        let bytes = to_json(session);
        let mut failure = io::Error::other(crate::t!("store-no-folder"));
        // In the shared temporary folder the name says which data folder it belongs to.
        let in_temp = name.replacen(RESCUE_PREFIX, &self.temp_rescue_prefix(), 1);
        // The data folder first: many systems empty the temporary folder at restart.
        for (dir, name) in [
            (self.root().to_path_buf(), name),
            (std::env::temp_dir(), in_temp),
        ] {
            let path = dir.join(&name);
            match write_synced(&path, &bytes).and_then(|()| File::open(&dir)?.sync_all()) {
                Ok(()) => return Ok(path),
                Err(e) => {
                    let _ = fs::remove_file(&path);
                    failure = e;
                }
            }
        }
        Err(failure)
    }

    /// Puts back answers that a failed save left in a rescue copy in this
    /// folder, or in the temporary folder when this one was full, where the
    /// copy is newer than the session file (or there is none); each copy put
    /// back is kept, renamed `….restored`. One notice per copy for the reader.
    pub fn restore_rescued(&self) -> Vec<Notice> {
        let mut rescued = rescue_copies(self.root(), is_rescue_name);
        let ours = self.temp_rescue_prefix();
        // Anyone can write in the temporary folder: only the reader's own files count.
        // SAFETY: geteuid only reads the process's user id.
        let me = unsafe { libc::geteuid() };
        rescued.extend(
            rescue_copies(&std::env::temp_dir(), |n| {
                n.starts_with(&ours) && n.ends_with(".json")
            })
            .into_iter()
            .filter(|p| fs::symlink_metadata(p).is_ok_and(|m| m.uid() == me)),
        );
        // Oldest first, so the newest copy of a session is the one that stays.
        rescued.sort_by_key(|p| p.file_name().map(ToOwned::to_owned));
        rescued
            .into_iter()
            .filter_map(|path| self.restore(path))
            .collect()
    }

    /// Puts one rescue copy back if it is newer than its session; `None` if it is not.
    fn restore(&self, path: PathBuf) -> Option<Notice> {
        let copy = read_file(&path)
            .and_then(|bytes| decode_session(&bytes))
            .ok()?;
        // The id inside names the file it goes back to: it must be a plain session id.
        if !id::is_valid(&copy.id) {
            return None;
        }
        // A window that has the session open owns its file for now.
        let _lock = self.lock(&copy.id).ok()??;
        let newer = match self.load(&copy.id) {
            // Times are to the second: a copy from the same second as the
            // last save that differs from it holds the later change.
            Ok(saved) => copy.updated_at >= saved.updated_at && copy != saved,
            Err(Unreadable::Broken(_)) => !self.session_path(&copy.id).exists(),
            Err(_) => false,
        };
        if !newer {
            return None;
        }
        let mut restored = path.clone().into_os_string();
        restored.push(".restored");
        let put_back = self
            .save(&copy)
            .map_err(|e| e.to_string())
            .and_then(|_| fs::rename(&path, &restored).map_err(|e| e.to_string()));
        Some(match put_back {
            Ok(()) => Notice::Restored {
                copy: path,
                id: copy.id,
            },
            Err(why) => Notice::NotRestored { copy: path, why },
        })
    }
}

/// The files in `dir` whose names `wanted` accepts.
fn rescue_copies(dir: &Path, wanted: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(&wanted))
        .collect()
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

    /// A store with a session saved, and the same session changed since.
    fn saved_then_changed() -> (tempfile::TempDir, Store, Session) {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path().to_path_buf()).expect("open");
        let set = clauses::default_set();
        let mut s = Session::new("20261101-100000".into(), &set, at("2026-11-01T10:00:00Z"));
        store.save(&s).expect("save");
        s.set_stance("time", Some(Stance::Agree), at("2026-11-01T10:05:00Z"));
        (dir, store, s)
    }

    #[test]
    fn a_rescue_copy_newer_than_the_session_is_put_back_and_kept() {
        let (dir, store, s) = saved_then_changed();
        // The next save failed; the answers went to a rescue copy on the way out.
        let copy = store.rescue(&s).expect("rescue");
        assert_eq!(copy.parent(), Some(dir.path()), "beside the sessions");
        // And an old copy, older than what is saved, is left alone.
        let mut stale = s.clone();
        stale.updated_at = at("2026-11-01T09:00:00Z");
        let stale_path = dir.path().join("accord-rescue-20261101-100000-old-1.json");
        fs::write(&stale_path, to_json(&stale)).expect("write");
        // A copy whose id would lead out of the folder is never followed.
        let mut escape = s.clone();
        escape.id = "../outside".into();
        let escape_path = dir.path().join("accord-rescue-x-2.json");
        fs::write(&escape_path, to_json(&escape)).expect("write");

        let notices = store.restore_rescued();
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(
            notices[0]
                .to_string()
                .contains("are back in reflection 20261101-100000"),
            "{notices:?}"
        );
        assert_eq!(store.load("20261101-100000").expect("load"), s);
        assert!(!copy.exists());
        let mut restored = copy.into_os_string();
        restored.push(".restored");
        assert!(PathBuf::from(restored).exists(), "the copy is kept");
        assert!(stale_path.exists() && escape_path.exists());
        assert!(!dir.path().join("outside.json").exists());
        assert!(store.restore_rescued().is_empty(), "once is enough");
    }

    #[test]
    fn a_rescue_copy_left_in_the_temporary_folder_is_put_back() {
        let (dir, store, s) = saved_then_changed();
        // The data folder was full: the copy went to the temporary folder.
        let name = format!("{}{}-1.json", store.temp_rescue_prefix(), s.id);
        let copy = std::env::temp_dir().join(name);
        fs::write(&copy, to_json(&s)).expect("write");
        // Another data folder's copy there is not ours to take.
        let other = Store::at(dir.path().join("elsewhere"));
        let theirs = std::env::temp_dir().join(format!("{}x-1.json", other.temp_rescue_prefix()));
        fs::write(&theirs, to_json(&s)).expect("write");

        let notices = store.restore_rescued();
        let mut restored = copy.clone().into_os_string();
        restored.push(".restored");
        let _ = fs::remove_file(&restored);
        let kept_theirs = theirs.exists();
        let _ = fs::remove_file(&theirs);
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert_eq!(store.load("20261101-100000").expect("load"), s);
        assert!(!copy.exists() && kept_theirs);
    }
}
