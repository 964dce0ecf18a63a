//! The data directory: where sessions live, and how they are saved safely.
//!
//! Saves are atomic (temp file, fsync, rename, fsync the folder), files are
//! private to their owner, and a file accord cannot read is set aside, never
//! overwritten or deleted.

use std::fs::{self, DirBuilder, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use thiserror::Error;

use crate::index::{self, Entry, Index, Stamp, Summary};
use crate::model::clauses::ClauseSet;
use crate::model::session::{FormatCheck, Session, check_format};
use crate::sanitize;

/// Why the data directory or a session file could not be used.
#[derive(Debug, Error)]
pub enum StoreError {
    /// A profile name that cannot be a folder name.
    #[error("the profile name {0:?} may use only letters, digits, - and _ (up to 40 characters)")]
    Profile(String),
    /// No data directory was given and none could be worked out.
    #[error("cannot find a home folder to keep answers in; choose one with --data-dir DIR")]
    NoHome,
    /// The data directory cannot be created or written.
    #[error("cannot use the data folder {path}: {cause}. Choose another with --data-dir DIR")]
    Dir {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        cause: io::Error,
    },
    /// A session could not be written.
    #[error("could not save your answers to {path}: {cause}")]
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        cause: io::Error,
    },
}

/// The folder a profile keeps its sessions in: the data folder itself without one.
pub fn profile_dir(root: &Path, profile: Option<&str>) -> Result<PathBuf, StoreError> {
    let Some(name) = profile else {
        return Ok(root.to_path_buf());
    };
    let valid = !name.is_empty()
        && name.chars().count() <= 40
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
    if !valid {
        return Err(StoreError::Profile(sanitize::line(name)));
    }
    Ok(root.join("profiles").join(name))
}

/// The folder accord keeps its files in, by default.
pub fn default_dir() -> Result<PathBuf, StoreError> {
    directories::ProjectDirs::from("", "", "accord")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or(StoreError::NoHome)
}

/// The index file, beside `sessions/`.
const INDEX_FILE: &str = "index.json";
/// How the name of a rescue copy (written when saving failed) begins.
const RESCUE_PREFIX: &str = "accord-rescue-";

/// What to do with a session file that cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadables {
    /// Rename it aside (kept whole) so a new session can start cleanly.
    SetAside,
    /// Leave it where it is: listing commands change nothing.
    Leave,
}

/// Held while a session is open in this window; dropping it (or dying) releases it.
#[derive(Debug)]
pub struct SessionLock {
    _file: File,
}

/// What looking for a session to continue found.
#[derive(Debug, Default)]
pub struct Lookup {
    /// The id of the most recent unfinished session of the set, if any.
    pub resumable: Option<String>,
    /// One line per file that was skipped or set aside, for the user.
    pub notices: Vec<String>,
    /// Every readable session's summary.
    pub summaries: Vec<Summary>,
}

/// A data directory holding `sessions/<id>.json` files.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
}

impl Store {
    /// A data directory to read from, as it is: nothing is created or checked.
    pub fn at(root: PathBuf) -> Self {
        Self { root }
    }

    /// Opens (creating, private to the owner) a data directory, and checks it can be written.
    pub fn open(root: PathBuf) -> Result<Self, StoreError> {
        let store = Self { root };
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
        let probe = sessions.join(format!(".write-test-{}", std::process::id()));
        let written = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&probe)
            .and_then(|_| fs::remove_file(&probe));
        written.map_err(|cause| StoreError::Dir {
            path: sessions.clone(),
            cause,
        })?;
        // Saves of sessions, the index and exports each leave their temp file beside the target.
        for dir in [&sessions, &store.root, &store.root.join("exports")] {
            remove_stale_temp_files(dir);
        }
        Ok(store)
    }

    fn sessions_dir(&self) -> PathBuf {
        self.root.join("sessions")
    }

    /// Puts back answers that a failed save left in a rescue copy in this
    /// folder, where the copy is newer than the session file (or there is
    /// none); each copy put back is kept, renamed `….restored`. One line per
    /// copy for the reader.
    pub fn restore_rescued(&self) -> Vec<String> {
        let Ok(entries) = fs::read_dir(&self.root) else {
            return Vec::new();
        };
        let mut rescued: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(RESCUE_PREFIX) && n.ends_with(".json"))
            })
            .collect();
        // Oldest first, so the newest copy of a session is the one that stays.
        rescued.sort();
        let mut notices = Vec::new();
        for path in rescued {
            let Ok(copy) = read_file(&path).and_then(|bytes| decode_session(&bytes)) else {
                continue;
            };
            // The id inside names the file it goes back to: it must be a plain session id.
            let plain = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
            if copy.id.is_empty() || !copy.id.chars().all(plain) {
                continue;
            }
            // A window that has the session open owns its file for now.
            let Ok(Some(_lock)) = self.lock(&copy.id) else {
                continue;
            };
            let newer = match self.load(&copy.id) {
                // Times are to the second: a copy from the same second as the
                // last save that differs from it holds the later change.
                Ok(saved) => copy.updated_at >= saved.updated_at && copy != saved,
                Err(Unreadable::Broken(_)) => !self.session_path(&copy.id).exists(),
                Err(_) => false,
            };
            if !newer {
                continue;
            }
            let mut restored = path.clone().into_os_string();
            restored.push(".restored");
            let put_back = self
                .save(&copy)
                .map_err(|e| e.to_string())
                .and_then(|_| fs::rename(&path, &restored).map_err(|e| e.to_string()));
            notices.push(match put_back {
                Ok(()) => format!(
                    "Answers a failed save had kept in {} are back in session {}.",
                    path.display(),
                    copy.id
                ),
                Err(why) => format!(
                    "Answers a failed save kept in {} could not be put back yet ({why}); the copy is safe.",
                    path.display()
                ),
            });
        }
        notices
    }

    /// Problems with the folder itself that the reader should hear about.
    pub fn warnings(&self) -> Vec<String> {
        let mode = fs::metadata(&self.root)
            .map(|m| m.permissions().mode())
            .unwrap_or(0);
        if mode & 0o022 != 0 {
            vec![format!(
                "Other people on this computer can change files in {}. To keep your answers private, run: chmod 700 {}",
                self.root.display(),
                self.root.display()
            )]
        } else {
            Vec::new()
        }
    }

    /// Locks a session for this window: `None` if another accord has it open.
    ///
    /// The lock is the operating system's, on a file beside the session, so it
    /// disappears with the process that held it: a crash never leaves it stuck.
    pub fn lock(&self, id: &str) -> Result<Option<SessionLock>, StoreError> {
        let path = self.lock_path(id);
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

    /// Writes a full copy of a session that could not be saved to a new private
    /// file, and says where: in the data folder beside `sessions/` if it takes
    /// it, else in the system's temporary folder.
    pub fn rescue(&self, session: &Session) -> io::Result<PathBuf> {
        let stamp = Timestamp::now().strftime("%Y%m%d-%H%M%S");
        let name = format!(
            "{RESCUE_PREFIX}{}-{stamp}-{}.json",
            session.id,
            std::process::id()
        );
        let bytes = to_json(session);
        let mut failure = io::Error::other("no folder to write to");
        // The data folder first: many systems empty the temporary folder at restart.
        for dir in [self.root.clone(), std::env::temp_dir()] {
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

    /// Where the session with this id is (or will be) saved.
    pub fn session_path(&self, id: &str) -> PathBuf {
        self.sessions_dir().join(format!("{id}.json"))
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
            cause: io::Error::other("no free session name is left"),
        })
    }

    fn lock_path(&self, id: &str) -> PathBuf {
        self.sessions_dir().join(format!(".{id}.lock"))
    }

    /// Finds the most recent unfinished session of `set` (when a `participant`
    /// is named, one of theirs or one with no name yet), setting aside
    /// unreadable files.
    ///
    /// Only its id: the caller locks it before reading it, so it reads what the
    /// last window to hold it saved.
    pub fn find_resumable(&self, set: &ClauseSet, participant: Option<&str>) -> Lookup {
        let (summaries, notices) = self.catalog(Unreadables::SetAside);
        let resumable = summaries
            .iter()
            .filter(|s| s.clause_set.id == set.id && !s.is_finished(set))
            // One person never continues, and renames, another's session.
            .filter(|s| participant.is_none_or(|p| s.participant.as_deref().is_none_or(|q| q == p)))
            .max_by_key(|s| s.updated_at)
            .map(|s| s.id.clone());
        Lookup {
            resumable,
            notices,
            summaries,
        }
    }

    /// Reads one session by id.
    pub fn load(&self, id: &str) -> Result<Session, Unreadable> {
        read_session(&self.session_path(id))
    }

    /// A summary of every readable session, from the index where it is current:
    /// only new or changed files are read, and the index is brought up to date.
    pub fn catalog(&self, unreadables: Unreadables) -> (Vec<Summary>, Vec<String>) {
        let mut notices = Vec::new();
        let entries = match fs::read_dir(self.sessions_dir()) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return (Vec::new(), notices),
            Err(e) => {
                notices.push(format!(
                    "Could not list {}: {e}",
                    self.sessions_dir().display()
                ));
                return (Vec::new(), notices);
            }
        };
        let index_path = self.root.join(INDEX_FILE);
        let mut old = fs::read(&index_path)
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
        for path in paths {
            let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
                continue;
            };
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
                Err(Unreadable::Newer(format)) => notices.push(format!(
                    "{} was written by a newer accord ({format}); it was left as it is.",
                    path.display()
                )),
                Err(Unreadable::Link) => notices.push(format!(
                    "{} is a link, not a session file; accord did not follow it.",
                    path.display()
                )),
                Err(Unreadable::Broken(why)) => notices.push(match unreadables {
                    Unreadables::SetAside => set_aside(&path, &why),
                    Unreadables::Leave => format!(
                        "Could not read {} ({why}); it was left as it is.",
                        path.display()
                    ),
                }),
            }
        }
        index.format = index::FORMAT.to_owned();
        // Entries left in the old index belong to files that are gone.
        if !unchanged || !old.files.is_empty() {
            // The index is only a cache: if it cannot be written, the next start reads more.
            let _ = write_atomic(&index_path, &index.to_bytes());
        }
        let summaries = index.files.into_values().map(|e| e.summary).collect();
        (summaries, notices)
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

    /// Writes a document into `exports/`, private like everything else here.
    pub fn write_export(&self, name: &str, content: &[u8]) -> Result<PathBuf, StoreError> {
        let dir = self.root.join("exports");
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
}

/// A session as its file holds it: pretty JSON and a final newline.
pub fn to_json(session: &Session) -> Vec<u8> {
    // Plain data with string keys always serializes.
    let mut json = serde_json::to_vec_pretty(session).expect("a session serializes");
    json.push(b'\n');
    json
}

/// Removes temp files left by saves that were killed midway; a live process's are kept.
fn remove_stale_temp_files(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = temp_file_pid(&name) else {
            continue;
        };
        // Signal 0 only asks whether the process exists.
        // SAFETY: kill with signal 0 sends nothing and touches no memory.
        let alive = unsafe { libc::kill(pid, 0) } == 0
            || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM);
        if !alive {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The process id in a temp file name `.<name>.<pid>.tmp`.
fn temp_file_pid(name: &str) -> Option<i32> {
    let rest = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    rest.rsplit_once('.')?.1.parse().ok()
}

/// Temp file in the same folder, fsync, rename over the target, fsync the folder.
fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = write_synced(&temp, bytes)
        .and_then(|()| fs::rename(&temp, path))
        .and_then(|()| File::open(dir)?.sync_all());
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

fn write_synced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    // A leftover from a killed run is removed; create_new never follows a link planted there.
    let _ = fs::remove_file(path);
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Why a session file was not loaded.
#[derive(Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Written by a newer accord, with this `format`; never touched.
    Newer(String),
    /// A symbolic link, which accord does not follow.
    Link,
    /// Not a session this version can read; the reason, for the reader.
    Broken(String),
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Newer(format) => write!(f, "it was written by a newer accord ({format})"),
            Self::Link => f.write_str("it is a link, which accord does not follow"),
            Self::Broken(why) => f.write_str(why),
        }
    }
}

/// A file's bytes, unless it is a link: a link could point anywhere, and
/// accord reads only its own files.
fn read_file(path: &Path) -> Result<Vec<u8>, Unreadable> {
    if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(Unreadable::Link);
    }
    let mut bytes = Vec::new();
    OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
        .and_then(|mut f| io::Read::read_to_end(&mut f, &mut bytes))
        .map_err(|e| Unreadable::Broken(e.to_string()))?;
    Ok(bytes)
}

fn read_session(path: &Path) -> Result<Session, Unreadable> {
    let mut session = decode_session(&read_file(path)?)?;
    // The id names the file it is saved to: trust the file's own name, never a path inside it.
    if let Some(stem) = path.file_stem().and_then(|s| s.to_str()) {
        session.id = stem.to_owned();
    }
    Ok(session)
}

/// Reads a session from a file's bytes, whatever they hold; its text is made safe to show.
pub fn decode_session(bytes: &[u8]) -> Result<Session, Unreadable> {
    // Look at the format first, so a newer file is recognised even if its fields changed.
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| Unreadable::Broken(e.to_string()))?;
    let format = value.get("format").and_then(|f| f.as_str()).unwrap_or("");
    match check_format(format) {
        FormatCheck::Supported => serde_json::from_value(value)
            .map(Session::sanitized)
            .map_err(|e| Unreadable::Broken(e.to_string())),
        FormatCheck::Newer => Err(Unreadable::Newer(format.to_owned())),
        FormatCheck::Foreign => Err(Unreadable::Broken(format!(
            "its format is {:?}, not an accord session",
            sanitize::line(format)
        ))),
    }
}

/// `name.json.unreadable`, or `name.json.unreadable-N` for the N-th file set aside under that name.
fn aside_path(path: &Path, n: u32) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".unreadable");
    if n > 1 {
        name.push(format!("-{n}"));
    }
    path.with_file_name(name)
}

/// Moves an unreadable session out of the way, keeping it whole, and says where it went.
fn set_aside(path: &Path, why: &str) -> String {
    for n in 1..1000 {
        let target = aside_path(path, n);
        // A new link never replaces a file (rename would): the name is taken only if free.
        match fs::hard_link(path, &target) {
            Ok(()) => {
                let _ = fs::remove_file(path);
                return format!(
                    "Could not read {} ({why}); it was kept as {} and a new session started.",
                    path.display(),
                    target.display()
                );
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(_) => break,
        }
    }
    format!(
        "Could not read {} ({why}); it was left as it is.",
        path.display()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::clauses;
    use crate::model::session::Stance;

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
    fn corrupt_files_are_set_aside_whole_and_newer_ones_left_alone() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path().to_path_buf()).expect("open");
        let sessions = dir.path().join("sessions");
        fs::write(sessions.join("broken.json"), "{ \"format\": \"accord.sess").expect("write");
        let newer = r#"{"format": "accord.session/9", "id": "future", "shape": "new"}"#;
        fs::write(sessions.join("future.json"), newer).expect("write");

        let set = clauses::default_set();
        let found = store.find_resumable(&set, None);
        assert!(found.resumable.is_none());
        assert_eq!(found.notices.len(), 2, "{:?}", found.notices);
        assert!(found.notices.iter().any(|n| n.contains("newer accord")));
        assert!(
            found
                .notices
                .iter()
                .any(|n| n.contains("broken.json.unreadable"))
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
            notices[0].contains("left as it is"),
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
    fn two_windows_started_in_the_same_second_never_share_a_session() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path().to_path_buf()).expect("open");
        let now = at("2026-11-01T10:00:00Z");
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
        let found = store.find_resumable(&set, None);
        assert_eq!(found.resumable.as_deref(), Some("new"));

        // Every clause answered, but a question still waits for the visit: continue it.
        finished.set_text(
            "time",
            crate::model::session::TextField::Question,
            "Why?",
            at("2026-11-05T10:00:00Z"),
        );
        store.save(&finished).expect("save");
        let found = store.find_resumable(&set, None);
        assert_eq!(found.resumable.as_deref(), Some("done"));
        finished.cycle_answer_status("time", at("2026-11-06T10:00:00Z"));
        store.save(&finished).expect("save");
        let found = store.find_resumable(&set, None);
        assert_eq!(found.resumable.as_deref(), Some("new"));

        // A named participant continues only their own session.
        let mut alices = Session::new("alice".into(), &set, at("2026-11-07T10:00:00Z"));
        alices.participant = Some("Alice".into());
        store.save(&alices).expect("save");
        let found = |who| store.find_resumable(&set, Some(who)).resumable;
        assert_eq!(found("Alice").as_deref(), Some("alice"));
        assert_eq!(
            found("Carol").as_deref(),
            Some("new"),
            "unnamed, so not Alice's"
        );
        for unnamed in [&older, &newer] {
            let mut named = unnamed.clone();
            named.participant = Some("Bea".into());
            store.save(&named).expect("save");
        }
        assert_eq!(found("Carol"), None, "Carol starts her own");
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
    fn a_rescue_copy_newer_than_the_session_is_put_back_and_kept() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path().to_path_buf()).expect("open");
        let set = clauses::default_set();
        let mut s = Session::new("20261101-100000".into(), &set, at("2026-11-01T10:00:00Z"));
        store.save(&s).expect("save");
        // The next save failed; the answers went to a rescue copy on the way out.
        s.set_stance("time", Some(Stance::Agree), at("2026-11-01T10:05:00Z"));
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
            notices[0].contains("are back in session 20261101-100000"),
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
    fn an_unwritable_folder_is_reported_with_its_path() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("not-a-folder");
        fs::write(&file, "").expect("write");
        let err = Store::open(file.join("data")).expect_err("cannot create");
        assert!(err.to_string().contains("not-a-folder"), "{err}");
    }
}
