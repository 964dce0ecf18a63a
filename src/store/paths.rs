//! Where everything lives in a data folder, and how its files are named.

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::{Store, StoreError};
use crate::model::id;
use crate::sanitize;

/// The index file, beside `sessions/`.
const INDEX_FILE: &str = "index.json";
/// How the name of a rescue copy (written when saving failed) begins.
const RESCUE_PREFIX: &str = "accord-rescue-";

/// The folder a profile keeps its sessions in: the data folder itself without one.
pub fn profile_dir(root: &Path, profile: Option<&str>) -> Result<PathBuf, StoreError> {
    let Some(name) = profile else {
        return Ok(root.to_path_buf());
    };
    if !id::is_valid(name) {
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

/// The folder printouts go to, one a person can find and open: `accord` in
/// their Documents folder, or `exports` in the data folder where there is none.
pub fn printouts_dir(data_dir: &Path) -> PathBuf {
    directories::UserDirs::new()
        .and_then(|dirs| dirs.document_dir().map(|d| d.join("accord")))
        .unwrap_or_else(|| data_dir.join("exports"))
}

impl Store {
    /// The data folder itself.
    pub(super) fn root(&self) -> &Path {
        &self.root
    }

    pub(super) fn sessions_dir(&self) -> PathBuf {
        self.root.join("sessions")
    }

    /// Where printouts go: see [`printouts_dir`].
    pub(super) fn exports_dir(&self) -> PathBuf {
        printouts_dir(&self.root)
    }

    pub(super) fn index_path(&self) -> PathBuf {
        self.root.join(INDEX_FILE)
    }

    /// Where the session with this id is (or will be) saved.
    pub fn session_path(&self, id: &str) -> PathBuf {
        self.sessions_dir().join(format!("{id}.json"))
    }

    pub(super) fn lock_path(&self, id: &str) -> PathBuf {
        self.sessions_dir().join(format!(".{id}.lock"))
    }
}

/// `name.json.unreadable`, or `name.json.unreadable-N` for the N-th file set aside under that name.
pub(super) fn aside_path(path: &Path, n: u32) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".unreadable");
    if n > 1 {
        name.push(format!("-{n}"));
    }
    path.with_file_name(name)
}

/// The temp file a save of `path` by this process writes first: `.<name>.<pid>.tmp` in `dir`.
pub(super) fn temp_path(dir: &Path, path: &Path) -> PathBuf {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    dir.join(format!(".{name}.{}.tmp", std::process::id()))
}

/// The process id in a temp file name `.<name>.<pid>.tmp`.
pub(super) fn temp_file_pid(name: &str) -> Option<i32> {
    let rest = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    rest.rsplit_once('.')?.1.parse().ok()
}

/// The name of a rescue copy of session `id` made by this process at `now`.
pub(super) fn rescue_name(id: &str, now: Timestamp) -> String {
    let stamp = now.strftime("%Y%m%d-%H%M%S");
    format!("{RESCUE_PREFIX}{id}-{stamp}-{}.json", std::process::id())
}

/// Whether a file name is a rescue copy's.
pub(super) fn is_rescue_name(name: &str) -> bool {
    name.starts_with(RESCUE_PREFIX) && name.ends_with(".json")
}
