//! Moving a session file accord cannot read out of the way, kept whole, so a
//! new session can start without ever overwriting or deleting it.

use std::fs;
use std::io;
use std::path::Path;

use super::notice::Notice;
use super::paths::aside_path;

/// Moves an unreadable session out of the way, keeping it whole, and says where it went.
pub(super) fn set_aside(path: &Path, why: &str) -> Notice {
    for n in 1..1000 {
        let target = aside_path(path, n);
        // A new link never replaces a file (rename would): the name is taken only if free.
        match fs::hard_link(path, &target) {
            Ok(()) => {
                let _ = fs::remove_file(path);
                return Notice::SetAside {
                    file: path.to_path_buf(),
                    why: why.to_owned(),
                    kept_as: target,
                };
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(_) => break,
        }
    }
    Notice::LeftUnread {
        file: path.to_path_buf(),
        why: why.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_file_set_aside_under_one_name_gets_the_next_number() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("s.json");
        for content in ["first", "second"] {
            fs::write(&path, content).expect("write");
            set_aside(&path, "broken");
        }
        let kept = |name: &str| fs::read_to_string(dir.path().join(name)).expect("kept");
        assert_eq!(kept("s.json.unreadable"), "first");
        assert_eq!(kept("s.json.unreadable-2"), "second");
        assert!(!path.exists());
    }
}
