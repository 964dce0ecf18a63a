//! Share files on disk: a random id for a new one, and reading the files a
//! facilitator collected, whole folders at a time.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use super::{Store, StoreError};
use crate::model::clauses::ClauseSet;
use crate::model::session::Session;
use crate::model::share::Share;
use crate::model::tally::Found;

/// Where random bytes come from.
const RANDOM: &str = "/dev/urandom";

impl Store {
    /// Writes a share of `session` with a fresh random id, to `output` or
    /// into `exports/`; returns where it went and what it holds.
    pub fn write_share(
        &self,
        session: &Session,
        set: &ClauseSet,
        date: Date,
        questions: bool,
        output: Option<&Path>,
    ) -> Result<(PathBuf, Share), StoreError> {
        let id = random_share_id().map_err(|cause| StoreError::Write {
            path: PathBuf::from(RANDOM),
            cause,
        })?;
        let share = Share::of(session, set, id, date, questions);
        let bytes = share.to_json().into_bytes();
        let path = match output {
            Some(path) => {
                self.write_copy(path, &bytes)?;
                path.to_path_buf()
            }
            None => self.write_export(&share_file_name(date, &share.share_id), &bytes)?,
        };
        Ok((path, share))
    }
}

/// A fresh share id: 16 random bytes from the system, as hex.
pub fn random_share_id() -> io::Result<String> {
    let mut bytes = [0u8; 16];
    File::open(RANDOM)?.read_exact(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// How a share file is named in `exports/`.
fn share_file_name(date: jiff::civil::Date, share_id: &str) -> String {
    let short: String = share_id.chars().take(8).collect();
    format!("share-{date}-{short}.json")
}

/// Reads every path named: a file as it is, a folder as its `.json` files in name order.
pub fn read_shares(paths: &[PathBuf]) -> Vec<Found> {
    let mut found = Vec::new();
    for path in paths {
        if path.is_dir() {
            match json_files(path) {
                Ok(files) => found.extend(files.iter().map(|f| read_one(f))),
                Err(e) => found.push((path.display().to_string(), Err(e.to_string()))),
            }
        } else {
            found.push(read_one(path));
        }
    }
    found
}

fn json_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    Ok(files)
}

fn read_one(path: &Path) -> Found {
    let name = crate::sanitize::line(&path.display().to_string());
    (name, fs::read(path).map_err(|e| e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_ids_are_random_hex() {
        let a = random_share_id().expect("urandom");
        let b = random_share_id().expect("urandom");
        assert_eq!(a.len(), 32);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }
}
