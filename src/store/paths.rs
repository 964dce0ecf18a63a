//! Where everything lives in a data folder, and how its files are named.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use jiff::Timestamp;

use super::{Store, StoreError};
use crate::model::id;
use crate::sanitize;

/// The index file, beside `sessions/`.
const INDEX_FILE: &str = "index.json";
/// How the name of a rescue copy (written when saving failed) begins.
pub(super) const RESCUE_PREFIX: &str = "accord-rescue-";

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

/// The names of the profiles kept in the data folder `root`, sorted; none if it has no `profiles/`.
pub fn profile_names(root: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(root.join("profiles")) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| id::is_valid(name))
        .collect();
    names.sort();
    names
}

/// The folder accord keeps its files in, by default.
pub fn default_dir() -> Result<PathBuf, StoreError> {
    directories::ProjectDirs::from("", "", "accord")
        .map(|d| d.data_dir().to_path_buf())
        // A relative HOME would put the answers wherever accord happens to be started.
        .filter(|dir| dir.is_absolute())
        .ok_or(StoreError::NoHome)
}

/// The folder printouts go to, one a person can find and open: `accord` in
/// their Documents folder, or `exports` in the data folder where there is none.
pub fn printouts_dir(data_dir: &Path) -> PathBuf {
    directories::UserDirs::new()
        .and_then(|dirs| dirs.document_dir().map(|d| d.join("accord")))
        // A relative HOME would scatter printouts wherever accord happens to be started.
        .filter(|dir| dir.is_absolute())
        .unwrap_or_else(|| data_dir.join("exports"))
}

impl Store {
    /// The data folder itself.
    pub(super) fn root(&self) -> &Path {
        &self.root
    }

    /// The whole data folder, holding every profile: the parent of `profiles/` for a profile's store.
    pub(super) fn data_root(&self) -> &Path {
        match self.root.parent() {
            Some(profiles) if profiles.file_name().is_some_and(|n| n == "profiles") => {
                profiles.parent().unwrap_or(&self.root)
            }
            _ => &self.root,
        }
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

    /// How this data folder's rescue copies in the shared temporary folder begin:
    /// a tag of the folder's path, so the next start finds its own copies and no others.
    pub(super) fn temp_rescue_prefix(&self) -> String {
        use std::os::unix::ffi::OsStrExt;
        let root = self
            .root
            .canonicalize()
            .unwrap_or_else(|_| self.root.clone());
        // FNV-1a: stable across builds, unlike the standard library's hasher.
        let tag = root
            .as_os_str()
            .as_bytes()
            .iter()
            .fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            });
        format!("{RESCUE_PREFIX}{tag:016x}-")
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

/// How accord's own temp files begin and end, so a clean-up never touches anyone else's.
const TEMP_PREFIX: &str = ".accord-";
const TEMP_SUFFIX: &str = ".tmp";

/// A temp file for a save by this process in `dir`: `.accord-<pid>-<n>.tmp`.
///
/// Short whatever the target's name, so a long file name can still be saved,
/// and numbered so two saves in one process never share one.
pub(super) fn temp_path(dir: &Path) -> PathBuf {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    dir.join(format!(
        "{TEMP_PREFIX}{}-{n}{TEMP_SUFFIX}",
        std::process::id()
    ))
}

/// The process id in one of accord's temp file names; `None` for any other name.
pub(super) fn temp_file_pid(name: &str) -> Option<i32> {
    let rest = name.strip_prefix(TEMP_PREFIX)?.strip_suffix(TEMP_SUFFIX)?;
    let (pid, n) = rest.split_once('-')?;
    n.parse::<u32>().ok()?;
    pid.parse().ok()
}

/// The name of a rescue copy of session `id` made by this process at `now`.
pub(super) fn rescue_name(id: &str, now: Timestamp) -> String {
    let stamp = now.strftime("%Y%m%d-%H%M%S");
    // The id inside the copy says where it goes back: the name only needs to be short and unique.
    let id: String = id.chars().take(id::MAX_LEN).collect();
    format!("{RESCUE_PREFIX}{id}-{stamp}-{}.json", std::process::id())
}

/// Whether a file in the data folder's top level is one accord keeps there.
pub(super) fn is_own_file_name(name: &str) -> bool {
    name == INDEX_FILE || is_rescue_name(name) || name.starts_with(TEMP_PREFIX)
}

/// Whether a file name is a rescue copy's.
pub(super) fn is_rescue_name(name: &str) -> bool {
    name.starts_with(RESCUE_PREFIX) && name.ends_with(".json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_names_are_the_profile_folders_in_order() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert!(profile_names(dir.path()).is_empty());
        for name in ["ben", "ana"] {
            std::fs::create_dir_all(dir.path().join("profiles").join(name)).expect("dir");
        }
        std::fs::write(dir.path().join("profiles").join("stray.txt"), "x").expect("file");
        assert_eq!(profile_names(dir.path()), ["ana", "ben"]);
    }

    #[test]
    fn only_accords_own_temp_names_are_recognised() {
        let dir = Path::new("/d");
        let ours = temp_path(dir);
        let name = ours.file_name().and_then(|n| n.to_str()).expect("name");
        assert_eq!(temp_file_pid(name), i32::try_from(std::process::id()).ok());
        for theirs in [
            ".notes.123.tmp",
            ".x.json.99.tmp",
            ".accord-1.tmp",
            "accord-1-2.tmp",
        ] {
            assert_eq!(temp_file_pid(theirs), None, "{theirs}");
        }
    }

    #[test]
    fn temp_and_rescue_names_stay_short_whatever_the_id() {
        let long = "x".repeat(245);
        assert!(temp_path(Path::new("/d")).as_os_str().len() < 40);
        let at: Timestamp = "2026-11-01T10:00:00Z".parse().expect("time");
        assert!(format!("{}.restored", rescue_name(&long, at)).len() < 255);
    }
}
