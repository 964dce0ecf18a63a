//! Reading session files, whatever they hold: only accord's own files, never
//! through a link, and with their text made safe to show.

use std::fs::OpenOptions;
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use crate::model::clauses::{self, ClauseSet, LoadError};
use crate::model::session::{FormatCheck, Session, check_format};
use crate::sanitize;

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

/// Reads and validates a clause set from a file.
pub fn load_clauses(path: &Path) -> Result<ClauseSet, LoadError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|cause| LoadError::Read {
        path: name.clone(),
        cause,
    })?;
    clauses::parse_bytes(&name, &bytes)
}

/// A session as its file holds it: pretty JSON and a final newline.
pub fn to_json(session: &Session) -> Vec<u8> {
    // Plain data with string keys always serializes.
    let mut json = serde_json::to_vec_pretty(session).expect("a session serializes");
    json.push(b'\n');
    json
}

/// A file's bytes, unless it is a link: a link could point anywhere, and
/// accord reads only its own files.
pub(super) fn read_file(path: &Path) -> Result<Vec<u8>, Unreadable> {
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
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

/// Reads the session saved at `path`.
pub(super) fn read_session(path: &Path) -> Result<Session, Unreadable> {
    let mut session = decode_session(&read_file(path)?)?;
    // The id names the file it is saved to: trust the file's own name, never a path inside it.
    if let Some(stem) = path.file_stem().and_then(|s| s.to_str()) {
        session.id = stem.to_owned();
    }
    Ok(session)
}

/// Reads a session from a file's bytes, whatever they hold; its text is made safe to show.
pub fn decode_session(bytes: &[u8]) -> Result<Session, Unreadable> {
    /// Only the format, read first, so a newer file is recognised even if its fields changed.
    #[derive(serde::Deserialize)]
    struct Head {
        #[serde(default)]
        format: serde_json::Value,
    }
    let broken = |e: serde_json::Error| Unreadable::Broken(e.to_string());
    let format = match serde_json::from_slice::<Head>(bytes) {
        Ok(head) => head.format,
        // Not an object: read it as any value, for the same words as any foreign file.
        Err(_) => serde_json::from_slice::<serde_json::Value>(bytes)
            .map_err(broken)?
            .get("format")
            .cloned()
            .unwrap_or_default(),
    };
    let format = format.as_str().unwrap_or("");
    match check_format(format) {
        // Straight from the bytes: a tree of values first would double the work.
        FormatCheck::Supported => serde_json::from_slice(bytes)
            .map(Session::sanitized)
            .map_err(broken),
        FormatCheck::Newer => Err(Unreadable::Newer(format.to_owned())),
        FormatCheck::Foreign => Err(Unreadable::Broken(crate::t!(
            "store-foreign-format",
            format = format!("{:?}", sanitize::line(format))
        ))),
    }
}
