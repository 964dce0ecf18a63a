//! Reading session files, whatever they hold: only accord's own files, never
//! through a link, and with their text made safe to show.

use std::fs::{File, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use super::session_errors;
use crate::model::clauses::{self, ClauseSet, LoadError};
use crate::model::session::{FormatCheck, Glance, Session, check_format};
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

/// Spare room past a file's length for the read that finds its end.
const PROBE: usize = 32;
/// The most a clause set file may hold: the built-in set is 20 kB.
pub const MAX_CLAUSE_FILE: u64 = 4 << 20;
/// The most a session or rescue file may hold: a reflection with a long note in every clause is well under 1 MB.
pub const MAX_SESSION_FILE: u64 = 16 << 20;
/// The most the index may hold: ten thousand reflections take about 10 MB.
pub const MAX_INDEX_FILE: u64 = 64 << 20;

/// Reads at most `limit` bytes of an ordinary file, the one way accord reads
/// any file: a FIFO never blocks (it is opened without waiting, then refused
/// as not a file), a device is refused, and a file over the limit is refused
/// with a "too large" message instead of filling the memory.
pub fn read_capped(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    read_opened(open_nonblocking(path, 0)?, limit)
}

/// Opens `path` to read without waiting on a FIFO, with `flags` besides.
fn open_nonblocking(path: &Path, flags: i32) -> io::Result<File> {
    OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | flags)
        .open(path)
}

/// Reads at most `limit` bytes of `file`, refusing anything but an ordinary file.
fn read_opened(file: File, limit: u64) -> io::Result<Vec<u8>> {
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(io::Error::other(crate::t!("store-not-a-file")));
    }
    let too_large = || {
        io::Error::other(crate::t!(
            "store-too-large",
            limit = format!("{} MB", limit >> 20)
        ))
    };
    if meta.len() > limit {
        return Err(too_large());
    }
    // The file may grow while it is read: never take more than the limit.
    let bytes = read_to_end(file.take(limit + 1), meta.len() as usize)?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Reads `from` to its end, asking first for `expected` bytes and room for
/// the read that finds the end: a file takes two reads, where
/// `read_to_end` asks for at most 8 KiB at a time and reads small files in
/// pieces (a journal of ten thousand reflections made 110,000 reads).
fn read_to_end(mut from: impl Read, expected: usize) -> io::Result<Vec<u8>> {
    let mut bytes = vec![0; expected + PROBE];
    let mut filled = 0;
    loop {
        if filled == bytes.len() {
            bytes.resize(filled * 2, 0);
        }
        match from.read(&mut bytes[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    bytes.truncate(filled);
    Ok(bytes)
}

/// Reads and validates a clause set from a file.
pub fn load_clauses(path: &Path) -> Result<ClauseSet, LoadError> {
    let name = sanitize::path(path);
    let bytes = read_capped(path, MAX_CLAUSE_FILE).map_err(|cause| LoadError::Read {
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

/// A session file's bytes, unless it is a link (a link could point anywhere,
/// and accord reads only its own files) or not an ordinary file.
pub(super) fn read_file(path: &Path) -> Result<Vec<u8>, Unreadable> {
    let broken = |e: io::Error| Unreadable::Broken(e.to_string());
    // Refused by the open itself, which costs no second look at the file.
    let file = match open_nonblocking(path, libc::O_NOFOLLOW) {
        Err(e) if e.raw_os_error() == Some(libc::ELOOP) => return Err(Unreadable::Link),
        opened => opened.map_err(broken)?,
    };
    read_opened(file, MAX_SESSION_FILE).map_err(broken)
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

/// Glances at the session saved at `path` (see [`Glance`]) and gives what
/// `look` makes of it.
pub(super) fn glance_at<T>(
    path: &Path,
    look: impl FnOnce(&Glance<'_>) -> T,
) -> Result<T, Unreadable> {
    let bytes = read_file(path)?;
    let text = std::str::from_utf8(without_bom(&bytes)).ok();
    if let Some(glance) = text.and_then(Glance::from_json) {
        return Ok(look(&glance));
    }
    // What a glance cannot read is for the whole loader to judge and put into words.
    Ok(look(&Glance::of(&decode_session(&bytes)?)))
}

/// A file's bytes without the byte-order mark some editors start a file
/// with: it is not part of the JSON.
fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes)
}

/// Reads a session from a file's bytes, whatever they hold; its text is made safe to show.
pub fn decode_session(bytes: &[u8]) -> Result<Session, Unreadable> {
    let bytes = without_bom(bytes);
    if let Some(session) = well_formed(bytes) {
        return Ok(session);
    }
    // Look at the format first, so a newer file is recognised even if its fields changed.
    let mut value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| Unreadable::Broken(session_errors::not_json(&e)))?;
    let format = match value.get("format") {
        Some(serde_json::Value::String(format)) => format.clone(),
        Some(other) => {
            return Err(Unreadable::Broken(crate::t!(
                "store-format-not-text",
                format = sanitize::line(&other.to_string())
            )));
        }
        None => return Err(Unreadable::Broken(crate::t!("store-no-format"))),
    };
    match check_format(&format) {
        FormatCheck::Supported => {
            // The file's name is the id of a saved session: an id inside that is not text is ignored.
            if let Some(map) = value.as_object_mut()
                && !map.get("id").is_some_and(serde_json::Value::is_string)
            {
                map.insert("id".into(), serde_json::Value::String(String::new()));
            }
            // Checked as pretty text, so an error's line leads back to the part's name.
            let text = serde_json::to_string_pretty(&value).unwrap_or_default();
            serde_json::from_str(&text)
                .map(Session::sanitized)
                .map_err(|e| Unreadable::Broken(session_errors::wrong_part(&e, &text)))
        }
        FormatCheck::Newer => Err(Unreadable::Newer(format)),
        FormatCheck::Foreign => Err(Unreadable::Broken(crate::t!(
            "store-foreign-format",
            format = format!("{:?}", sanitize::line(&format))
        ))),
    }
}

/// The usual case, read straight from the bytes: a session of a format this
/// accord reads, well formed. Anything else goes the long way, which finds
/// the words for what is wrong; a tree of values first would double the work
/// of every start and every journal.
fn well_formed(bytes: &[u8]) -> Option<Session> {
    // Checked as UTF-8 once, whole: checking each string as it is parsed costs more.
    let session: Session = serde_json::from_str(std::str::from_utf8(bytes).ok()?).ok()?;
    // A newer format of the same shape is still not this version's to read.
    matches!(check_format(&session.format), FormatCheck::Supported).then(|| session.sanitized())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_read_whole_however_its_length_was_guessed() {
        let text: Vec<u8> = (0..20_000u32).map(|i| (i % 251) as u8).collect();
        // Right, too small (the file grew after it was measured), nothing, and too large.
        for expected in [text.len(), 100, 0, 50_000] {
            let read = read_to_end(&text[..], expected).expect("read");
            assert_eq!(read, text, "expected {expected}");
        }
        assert!(read_to_end(&b""[..], 10).expect("read").is_empty());
    }

    #[test]
    fn a_file_over_the_limit_is_refused_and_one_at_it_read() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("big");
        std::fs::write(&path, vec![b'x'; 2 << 20]).expect("write");
        let err = read_capped(&path, 1 << 20).expect_err("too large");
        assert!(err.to_string().contains("too large"), "{err}");
        assert_eq!(read_capped(&path, 2 << 20).expect("read").len(), 2 << 20);
    }

    #[test]
    fn a_session_file_that_is_a_link_is_refused_by_its_open() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("target.json");
        std::fs::write(&target, "{}").expect("write");
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(&target, &link).expect("link");
        assert_eq!(read_file(&link), Err(Unreadable::Link));
        assert_eq!(read_file(&target).expect("read"), b"{}");
    }
}
