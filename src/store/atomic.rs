//! Writing files so that a crash leaves the old file or the new one, never a
//! torn one, and so that nobody but the owner can read what is written.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use super::paths::{temp_file_pid, temp_path};

/// Temp file in the same folder, fsync, rename over the target, fsync the folder.
pub(super) fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let temp = temp_path(dir);
    let result = write_synced(&temp, bytes)
        .and_then(|()| fs::rename(&temp, path))
        .and_then(|()| File::open(dir)?.sync_all());
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Writes a new private file and flushes it to the disk.
pub(super) fn write_synced(path: &Path, bytes: &[u8]) -> io::Result<()> {
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

/// Removes accord's own temp files left by saves that were killed midway;
/// a live process's are kept, and files accord did not make are never touched.
pub(super) fn remove_stale_temp_files(dir: &Path) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_accords_own_dead_temp_files_are_removed() {
        let dir = tempfile::tempdir().expect("tempdir");
        // No process has this id: pids stay below 2^22 on Linux.
        let dead = [".accord-2147483000-0.tmp"];
        let theirs = [".notes.2147483000.tmp", ".draft.json.2147483000.tmp"];
        for name in dead.iter().chain(&theirs) {
            fs::write(dir.path().join(name), "x").expect("write");
        }
        remove_stale_temp_files(dir.path());
        assert!(!dir.path().join(dead[0]).exists());
        for name in theirs {
            assert!(dir.path().join(name).exists(), "{name} was not accord's");
        }
    }
}
