//! The data folder, and the only part of accord that touches the disk: where
//! sessions live, and how they are saved safely.
//!
//! Saves are atomic (temp file, fsync, rename, fsync the folder), files are
//! private to their owner, and a file accord cannot read is set aside, never
//! overwritten or deleted. What the store has to tell the reader comes back as
//! [`Notice`] values; their words live in the localization table.

mod atomic;
mod catalog;
mod draft;
mod first_screen;
mod head;
pub mod index;
mod lock;
mod notice;
mod order;
mod paths;
mod read;
mod rescue;
mod session_errors;
mod set_aside;
mod shares;

use std::fs::{self, DirBuilder, File};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};

use thiserror::Error;

pub use atomic::AtomicFile;
pub use catalog::{Lookup, Unreadables};
pub use first_screen::{FirstScreen, InStep};
pub use lock::SessionLock;
pub use notice::Notice;
pub use order::InOrder;
pub use paths::{default_dir, printouts_dir, profile_dir, profile_names};
pub use read::{Unreadable, decode_session, load_clauses, to_json};
pub use shares::{random_share_id, read_shares};

use crate::model::session::Session;
use atomic::{remove_stale_temp_files, write_atomic};
use read::read_session;

/// Why the data directory or a file in it could not be used; the words are in
/// the localization table (see `notice.rs`). The system's own error is part
/// of the message, not a `source`, so `{:#}` does not print it twice.
#[derive(Debug, Error)]
pub enum StoreError {
    /// A profile name that cannot be a folder name.
    Profile(String),
    /// No data directory was given and none could be worked out.
    NoHome,
    /// The data directory cannot be created or written.
    Dir {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        cause: io::Error,
    },
    /// A session could not be written.
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        cause: io::Error,
    },
    /// A session's lock file is a folder or a link, so the session cannot be opened safely.
    BadLock(PathBuf),
    /// A copy was asked for inside the data folder, where it could replace a session, the index or a lock.
    CopyOverSessions(PathBuf),
    /// A copy was asked for over something that is not an ordinary file: a link, a device, a FIFO.
    CopyNotFile(PathBuf),
    /// A copy (`-o FILE`) could not be written.
    Copy {
        /// The file.
        path: PathBuf,
        /// What the system said.
        cause: io::Error,
    },
}

/// A data directory holding `sessions/<id>.json` files.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
    /// When set, only this participant's sessions are listed: one person never sees another's.
    participant: Option<String>,
}

impl Store {
    /// A data directory to read from, as it is: nothing is created or checked.
    pub fn at(root: PathBuf) -> Self {
        Self {
            root,
            participant: None,
        }
    }

    /// The same folder, listing only the sessions of `participant` when one is named.
    pub fn for_participant(self, participant: Option<&str>) -> Self {
        Self {
            participant: participant.map(crate::sanitize::line),
            ..self
        }
    }

    /// Opens (creating, private to the owner) a data directory, and checks it can be written.
    pub fn open(root: PathBuf) -> Result<Self, StoreError> {
        let store = Self::at(root);
        let sessions = store.sessions_dir();
        let made = !sessions.is_dir();
        DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&sessions)
            .map_err(|cause| StoreError::Dir {
                path: sessions.clone(),
                cause,
            })?;
        // accord's own folder is the owner's alone, whatever widened it since (a copy, a chmod).
        let _ = fs::set_permissions(&sessions, fs::Permissions::from_mode(0o700));
        // A folder just made survives a power cut only once its parent is on disk too.
        if made {
            let _ = File::open(&store.root).and_then(|dir| dir.sync_all());
        }
        // Find out now, before anyone types, rather than at the first save.
        // Asked, not tried: a file made and removed would change the folder's
        // stamp, and with it make the index head's first screen stale.
        writable(&sessions).map_err(|cause| StoreError::Dir {
            path: sessions.clone(),
            cause,
        })?;
        // Saves of the index and exports leave their temp file beside the
        // target; the sessions folder is tidied when it is listed.
        for dir in [&store.root, &store.exports_dir()] {
            remove_stale_temp_files(dir);
        }
        Ok(store)
    }

    /// Problems with the folder itself that the reader should hear about.
    pub fn warnings(&self) -> Vec<Notice> {
        let mode = fs::metadata(&self.root)
            .map(|m| m.permissions().mode())
            .unwrap_or(0);
        if mode & 0o022 != 0 {
            vec![Notice::OpenToOthers {
                folder: self.root.clone(),
            }]
        } else {
            Vec::new()
        }
    }

    /// Whether a session file with this id is there (a regular file, not a link).
    pub fn has_session(&self, id: &str) -> bool {
        fs::symlink_metadata(self.session_path(id)).is_ok_and(|m| m.is_file())
    }

    /// Reads one session by id.
    pub fn load(&self, id: &str) -> Result<Session, Unreadable> {
        read_session(&self.session_path(id))
    }

    /// The bytes of a session's file exactly as stored.
    pub fn session_bytes(&self, id: &str) -> Result<Vec<u8>, Unreadable> {
        read::read_file(&self.session_path(id))
    }

    /// Saves a session atomically: a crash leaves the old file or the new one, never a torn one.
    pub fn save(&self, session: &Session) -> Result<PathBuf, StoreError> {
        let path = self.session_path(&session.id);
        write_atomic(&path, &to_json(session)).map_err(|cause| StoreError::Write {
            path: path.clone(),
            cause,
        })?;
        Ok(path)
    }

    /// Writes a printout into the printouts folder ([`printouts_dir`]), private to its owner.
    pub fn write_export(&self, name: &str, content: &[u8]) -> Result<PathBuf, StoreError> {
        let dir = self.exports_dir();
        let path = dir.join(name);
        DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)
            .and_then(|()| write_atomic(&path, content))
            .map_err(|cause| StoreError::Write {
                path: path.clone(),
                cause,
            })?;
        Ok(path)
    }

    /// Writes a copy the reader asked for (`-o FILE`): a new private file
    /// renamed over the target, so a failure leaves the target as it was and
    /// nothing accord did not make has its mode changed. Never over the
    /// data folder's own files (any profile's), never through a link or onto a device.
    pub fn write_copy(&self, path: &Path, content: &[u8]) -> Result<(), StoreError> {
        let failed = |cause| StoreError::Copy {
            path: path.to_path_buf(),
            cause,
        };
        let mut file = self.copy_file(path)?;
        file.write_all(content).map_err(failed)?;
        file.commit().map_err(failed)
    }

    /// Starts a copy the reader asked for (`-o FILE`), as [`Store::write_copy`]
    /// writes it, for a printout too long to hold whole: it takes the
    /// target's place only on [`AtomicFile::commit`].
    pub fn copy_file(&self, path: &Path) -> Result<AtomicFile, StoreError> {
        let folder = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        if let (Ok(data), Ok(folder)) = (self.data_root().canonicalize(), folder.canonicalize()) {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            // Every profile's sessions and locks, and the files accord keeps beside them.
            let accords = folder.starts_with(data.join("sessions"))
                || folder.starts_with(data.join("profiles"))
                || (folder == data && paths::is_own_file_name(name));
            if accords {
                return Err(StoreError::CopyOverSessions(folder));
            }
        }
        if fs::symlink_metadata(path).is_ok_and(|m| !m.is_file()) {
            return Err(StoreError::CopyNotFile(path.to_path_buf()));
        }
        AtomicFile::create(path).map_err(|cause| StoreError::Copy {
            path: path.to_path_buf(),
            cause,
        })
    }

    /// A private scratch file in the data folder that vanishes when closed,
    /// for a printout that sets text aside while it is put together.
    pub fn scratch(&self) -> io::Result<File> {
        atomic::scratch_file(&self.root)
    }
}

/// Whether this process may write in `dir`, as the system would answer a
/// file made there (a read-only disk included), without making one.
fn writable(dir: &Path) -> io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let path = std::ffi::CString::new(dir.as_os_str().as_bytes()).map_err(io::Error::other)?;
    // SAFETY: access only reads the NUL-terminated path it is given.
    if unsafe { libc::access(path.as_ptr(), libc::W_OK | libc::X_OK) } == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::clauses;
    use crate::model::session::Stance;
    use crate::model::summary::Summary;
    use jiff::Timestamp;

    fn at(s: &str) -> Timestamp {
        s.parse().expect("timestamp")
    }

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).expect("metadata").permissions().mode() & 0o777
    }

    #[test]
    fn save_is_private_and_round_trips() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path().join("data")).expect("open");
        let set = clauses::default_set();
        let mut s = Session::new("a".into(), &set, at("2026-11-01T10:00:00Z"));
        s.set_stance("time", Some(Stance::Agree), at("2026-11-01T10:01:00Z"));
        let path = store.save(&s).expect("save");
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&dir.path().join("data")), 0o700);
        assert_eq!(mode(&dir.path().join("data/sessions")), 0o700);
        let (all, notices) = store.catalog(Unreadables::Leave);
        assert_eq!(all, vec![Summary::of(&s)]);
        assert!(notices.is_empty());
        assert_eq!(store.load("a"), Ok(s));
        let leftovers: Vec<_> = fs::read_dir(dir.path().join("data/sessions"))
            .expect("list")
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "temp files left behind");
    }

    #[test]
    fn a_save_replaces_the_whole_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path().to_path_buf()).expect("open");
        let set = clauses::default_set();
        let now = at("2026-11-01T10:00:00Z");
        let mut s = Session::new("a".into(), &set, now);
        s.set_text(
            "time",
            crate::model::session::TextField::Note,
            &"long ".repeat(5000),
            now,
        );
        store.save(&s).expect("save");
        s.set_text("time", crate::model::session::TextField::Note, "short", now);
        let path = store.save(&s).expect("save");
        let back: Session =
            serde_json::from_str(&fs::read_to_string(path).expect("read")).expect("parse");
        assert_eq!(back, s);
    }

    #[test]
    fn a_sessions_folder_others_could_change_is_made_private_again() {
        let dir = tempfile::tempdir().expect("tempdir");
        Store::open(dir.path().to_path_buf()).expect("open");
        let sessions = dir.path().join("sessions");
        fs::set_permissions(&sessions, fs::Permissions::from_mode(0o777)).expect("chmod");
        Store::open(dir.path().to_path_buf()).expect("open again");
        assert_eq!(mode(&sessions), 0o700);
    }

    #[test]
    fn a_copy_is_private_and_never_written_among_the_sessions() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path().join("data")).expect("open");
        let inside = dir.path().join("data/sessions/copy.md");
        let err = store.write_copy(&inside, b"x").expect_err("refused");
        assert!(matches!(err, StoreError::CopyOverSessions(_)), "{err}");
        assert!(!inside.exists());
        let outside = dir.path().join("copy.md");
        fs::write(&outside, "old").expect("write");
        fs::set_permissions(&outside, fs::Permissions::from_mode(0o644)).expect("chmod");
        store.write_copy(&outside, b"new").expect("written");
        assert_eq!(fs::read(&outside).expect("read"), b"new");
        assert_eq!(mode(&outside), 0o600);
    }

    #[test]
    fn a_copy_never_lands_in_another_profiles_folder() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("data");
        Store::open(root.clone()).expect("open");
        let bob = Store::open(profile_dir(&root, Some("bob")).expect("profile")).expect("open");
        for target in ["sessions/x.json", "index.json"] {
            let err = bob
                .write_copy(&root.join(target), b"x")
                .expect_err("refused");
            assert!(matches!(err, StoreError::CopyOverSessions(_)), "{err}");
        }
        assert!(!root.join("sessions/x.json").exists());
    }

    #[test]
    fn a_copy_replaces_a_file_whole_and_never_follows_a_link() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path().join("data")).expect("open");
        let target = dir.path().join("real.md");
        fs::write(&target, "theirs").expect("write");
        fs::set_permissions(&target, fs::Permissions::from_mode(0o644)).expect("chmod");
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink(&target, &link).expect("link");
        let err = store.write_copy(&link, b"mine").expect_err("refused");
        assert!(matches!(err, StoreError::CopyNotFile(_)), "{err}");
        assert_eq!(fs::read(&target).expect("read"), b"theirs");
        assert_eq!(
            mode(&target),
            0o644,
            "a file accord did not make keeps its mode"
        );
        let err = store
            .write_copy(Path::new("/dev/null"), b"x")
            .expect_err("refused");
        assert!(err.to_string().contains("/dev/null"), "{err}");
    }

    #[test]
    fn an_unwritable_folder_is_reported_with_its_path() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("not-a-folder");
        fs::write(&file, "").expect("write");
        let err = Store::open(file.join("data")).expect_err("cannot create");
        assert!(err.to_string().contains("not-a-folder"), "{err}");
    }
}
