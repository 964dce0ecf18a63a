//! Session locks: one window per session, and new session ids nobody else holds.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use jiff::Timestamp;

use super::paths::aside_path;
use super::{Store, StoreError};

/// Held while a session is open in this window; dropping it (or dying) releases it.
#[derive(Debug)]
pub struct SessionLock {
    _file: File,
}

impl Store {
    /// Locks a session for this window: `None` if another accord has it open.
    ///
    /// The lock is the operating system's, on a file beside the session, so it
    /// disappears with the process that held it: a crash never leaves it stuck.
    pub fn lock(&self, id: &str) -> Result<Option<SessionLock>, StoreError> {
        let path = self.lock_path(id);
        // The folder is fine: only this one file is in the way, and the reader can move it.
        if fs::symlink_metadata(&path).is_ok_and(|m| !m.is_file()) {
            return Err(StoreError::BadLock(path));
        }
        let err = |cause| StoreError::Dir {
            path: path.clone(),
            cause,
        };
        let file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW)
            .open(&path)
            .map_err(err)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(SessionLock { _file: file })),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => Err(err(e)),
        }
    }

    /// Starts a new session id, from the time, and locks it for this window.
    ///
    /// An id is taken while any file uses it, its lock file included: a window
    /// started in the same second has made the lock before its first save.
    pub fn claim_new_session(&self, now: Timestamp) -> Result<(String, SessionLock), StoreError> {
        let base = now.strftime("%Y%m%d-%H%M%S").to_string();
        // A link counts as taken, even one pointing nowhere.
        let exists = |p: &Path| fs::symlink_metadata(p).is_ok();
        let taken = |id: &str| {
            let path = self.session_path(id);
            exists(&path) || exists(&aside_path(&path, 1)) || exists(&self.lock_path(id))
        };
        for n in 1u32.. {
            let id = if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            };
            // Another window may have made the same lock since we looked: try the next id.
            if !taken(&id)
                && let Some(lock) = self.lock(&id)?
            {
                return Ok((id, lock));
            }
        }
        Err(StoreError::Dir {
            path: self.sessions_dir(),
            cause: io::Error::other(crate::t!("store-no-free-name")),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_windows_started_in_the_same_second_never_share_a_session() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path().to_path_buf()).expect("open");
        let now: Timestamp = "2026-11-01T10:00:00Z".parse().expect("timestamp");
        // Neither has saved yet: only the lock tells the second that the name is taken.
        let (first, _first_lock) = store.claim_new_session(now).expect("claim");
        let (second, _second_lock) = store.claim_new_session(now).expect("claim");
        assert_eq!(first, "20261101-100000");
        assert_eq!(second, "20261101-100000-2");
        assert!(store.lock(&first).expect("lock").is_none(), "first is held");
        assert!(
            store.lock(&second).expect("lock").is_none(),
            "second is held"
        );
    }

    #[test]
    fn a_lock_that_is_a_folder_or_a_link_says_which_file_to_move() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path().to_path_buf()).expect("open");
        fs::create_dir(store.lock_path("a")).expect("mkdir");
        std::os::unix::fs::symlink("/nowhere", store.lock_path("b")).expect("link");
        for id in ["a", "b"] {
            let err = store.lock(id).expect_err("refused");
            let said = err.to_string();
            assert!(matches!(err, StoreError::BadLock(_)), "{said}");
            assert!(
                said.contains(&format!(".{id}.lock")) && !said.contains("--data-dir"),
                "{said}"
            );
        }
    }
}
