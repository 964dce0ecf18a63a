//! Writing files so that a crash leaves the old file or the new one, never a
//! torn one, and so that nobody but the owner can read what is written.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use super::paths::{temp_file_pid, temp_path};

/// Temp file in the same folder, fsync, rename over the target, fsync the folder.
pub(super) fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = AtomicFile::create(path)?;
    file.write_all(bytes)?;
    file.commit()
}

/// A file written in full before it takes the target's place: a crash or an
/// error midway leaves the target as it was, and nobody but the owner can
/// read it. For writes too long to hold in memory first.
pub struct AtomicFile {
    target: PathBuf,
    temp: PathBuf,
    file: BufWriter<File>,
    committed: bool,
}

impl AtomicFile {
    /// Starts a new private temp file beside `target`.
    pub(super) fn create(target: &Path) -> io::Result<Self> {
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let temp = temp_path(dir);
        let file = create_private(&temp)?;
        Ok(Self {
            target: target.to_path_buf(),
            temp,
            file: BufWriter::new(file),
            committed: false,
        })
    }

    /// Flushes what was written to the disk and puts it in the target's place.
    pub fn commit(mut self) -> io::Result<()> {
        self.file.flush()?;
        self.file.get_ref().sync_all()?;
        fs::rename(&self.temp, &self.target)?;
        self.committed = true;
        let dir = match self.target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        File::open(dir)?.sync_all()
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        // Never committed: the target keeps what it held, and the half-written copy goes.
        if !self.committed {
            let _ = fs::remove_file(&self.temp);
        }
    }
}

/// A new file only the owner may read; a leftover of a killed run is removed
/// first, and create_new never follows a link planted there.
fn create_private(path: &Path) -> io::Result<File> {
    let _ = fs::remove_file(path);
    OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

/// Writes a new private file and flushes it to the disk.
pub(super) fn write_synced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = create_private(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// A private scratch file in `dir` that no name points to: it holds text
/// set aside while a long printout is put together, and vanishes when
/// closed, even if accord is killed.
pub(super) fn scratch_file(dir: &Path) -> io::Result<File> {
    let path = temp_path(dir);
    let file = create_private(&path)?;
    fs::remove_file(&path)?;
    Ok(file)
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

    #[test]
    fn an_atomic_file_replaces_its_target_only_when_committed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("journal.md");
        fs::write(&target, "the old copy").expect("write");
        let mut file = AtomicFile::create(&target).expect("create");
        file.write_all(b"half a new").expect("write");
        drop(file);
        assert_eq!(fs::read_to_string(&target).expect("read"), "the old copy");
        let mut file = AtomicFile::create(&target).expect("create");
        file.write_all(b"the new copy").expect("write");
        file.commit().expect("commit");
        assert_eq!(fs::read_to_string(&target).expect("read"), "the new copy");
        let names: Vec<_> = fs::read_dir(dir.path()).expect("list").collect();
        assert_eq!(names.len(), 1, "no temp file is left");
    }

    #[test]
    fn a_scratch_file_has_no_name_and_reads_back() {
        use std::io::{Read, Seek, SeekFrom};
        let dir = tempfile::tempdir().expect("tempdir");
        let mut scratch = scratch_file(dir.path()).expect("scratch");
        assert_eq!(fs::read_dir(dir.path()).expect("list").count(), 0);
        scratch.write_all(b"set aside").expect("write");
        scratch.seek(SeekFrom::Start(0)).expect("seek");
        let mut back = String::new();
        scratch.read_to_string(&mut back).expect("read");
        assert_eq!(back, "set aside");
    }
}
