//! A small file kept beside the index naming the newest reflection of each
//! clause set, so `accord export` of the latest one need not read the index
//! whole, and holding what each first screen needs (`first_screen.rs`). Only a
//! shortcut: when the folder has changed since it was written, or it cannot be
//! read, the caller goes through the index.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::Store;
use super::atomic::write_atomic;
use super::first_screen::View;
use super::index::{Index, Stamp};
use super::read::read_capped;
use crate::model::id;

/// The head file's format; any other is ignored.
const FORMAT: &str = "accord.index-head/1";

/// The file name, beside `index.json`.
const FILE: &str = "index-head.json";

/// Far more than a head of a few clause sets needs; anything bigger is not ours.
const MAX_HEAD_FILE: u64 = 1 << 20;

/// The head as stored.
#[derive(Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Head {
    format: String,
    /// A fingerprint of the session file names it was made from.
    names: u64,
    /// For each clause set id, the session started last.
    latest: BTreeMap<String, String>,
    /// The sessions folder's stamp when `views` were made: any file added,
    /// removed or replaced since changes it, and the views are then not trusted.
    #[serde(default)]
    pub(super) folder: Option<Stamp>,
    /// What the first screen of each reader and clause set needs.
    #[serde(default)]
    pub(super) views: Vec<View>,
}

impl Head {
    fn of(index: &Index, names: u64) -> Self {
        let mut newest = BTreeMap::new();
        for (file, entry) in &index.files {
            let s = &entry.summary;
            let key = (s.started_at, s.updated_at);
            let slot = newest.entry(s.clause_set.id.clone()).or_insert((key, file));
            if key > slot.0 {
                *slot = (key, file);
            }
        }
        let latest = newest
            .into_iter()
            .filter_map(|(set, (_, file))| Some((set, file.strip_suffix(".json")?.to_owned())))
            .collect();
        Self {
            format: FORMAT.to_owned(),
            names,
            latest,
            folder: None,
            views: Vec::new(),
        }
    }
}

/// FNV-1a over the sorted names: stable across builds, and any file added,
/// removed or renamed changes it.
pub(super) fn fingerprint<'a>(names: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for name in names {
        for byte in name.bytes().chain([0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

impl Store {
    /// Rewrites the head from the index just brought up to date.
    pub(super) fn write_head(&self, index: &Index, names: u64) {
        self.store_head(&Head::of(index, names));
    }

    /// Writes `head` over the one stored.
    pub(super) fn store_head(&self, head: &Head) {
        // Plain data with string keys always serializes.
        if let Ok(bytes) = serde_json::to_vec(head) {
            // Only a shortcut: if it cannot be written, the next start reads the index.
            let _ = write_atomic(&self.root.join(FILE), &bytes);
        }
    }

    /// The head file's stamp: a window that rewrites it changes it.
    pub(super) fn head_stamp(&self) -> Option<Stamp> {
        let meta = fs::symlink_metadata(self.root.join(FILE)).ok()?;
        (!meta.is_symlink()).then(|| Stamp::of(&meta))
    }

    /// The head as stored, if it is there, ours and readable.
    pub(super) fn read_head(&self) -> Option<Head> {
        let path = self.root.join(FILE);
        if fs::symlink_metadata(&path).ok()?.is_symlink() {
            return None;
        }
        let head: Head = serde_json::from_slice(&read_capped(&path, MAX_HEAD_FILE).ok()?).ok()?;
        (head.format == FORMAT).then_some(head)
    }

    /// Whether the head is missing or unreadable (torn, too big, not ours),
    /// so the catalog writes one even when the index is current.
    pub(super) fn head_unreadable(&self) -> bool {
        self.read_head().is_none()
    }

    /// The session of clause set `set_id` started last, from the head alone,
    /// when the folder holds the same files it was made from (its stamp is
    /// unchanged, or else the names are the same); `None` means ask the
    /// catalog. A store scoped to a participant always asks the catalog.
    pub fn latest_from_head(&self, set_id: &str) -> Option<String> {
        if self.participant.is_some() {
            return None;
        }
        let head = self.read_head()?;
        // The stamp costs one look at the folder; the names, a listing of it.
        let unchanged = head.folder.is_some() && head.folder == self.folder_stamp();
        if !unchanged && head.names != self.names_fingerprint().ok()? {
            return None;
        }
        let id = head.latest.get(set_id)?;
        id::is_valid(id).then(|| id.clone())
    }

    /// The fingerprint of the session file names now in the folder.
    fn names_fingerprint(&self) -> io::Result<u64> {
        let mut names: Vec<String> = fs::read_dir(self.sessions_dir())?
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| Path::new(n).extension().is_some_and(|x| x == "json"))
            .collect();
        names.sort();
        Ok(fingerprint(names.iter().map(String::as_str)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::clauses;
    use crate::model::session::Session;
    use crate::store::Unreadables;

    #[test]
    fn the_head_names_the_latest_only_while_the_folder_is_unchanged() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path().to_path_buf()).expect("open");
        let set = clauses::default_set();
        let at = |s: &str| s.parse().expect("timestamp");
        let old = Session::new("old".into(), &set, at("2026-11-01T10:00:00Z"));
        let new = Session::new("new".into(), &set, at("2026-11-02T10:00:00Z"));
        store.save(&new).expect("save");
        store.save(&old).expect("save");
        assert_eq!(store.latest_from_head(&set.id), None, "no head yet");
        store.catalog(Unreadables::Leave);
        assert_eq!(store.latest_from_head(&set.id).as_deref(), Some("new"));
        assert_eq!(store.latest_from_head("another-set"), None);
        let scoped = store.clone().for_participant(Some("Alice"));
        assert_eq!(scoped.latest_from_head(&set.id), None, "theirs only");

        // A reflection saved since the head was written: ask the catalog.
        let newer = Session::new("newer".into(), &set, at("2026-11-03T10:00:00Z"));
        store.save(&newer).expect("save");
        assert_eq!(store.latest_from_head(&set.id), None);
        store.catalog(Unreadables::Leave);
        assert_eq!(store.latest_from_head(&set.id).as_deref(), Some("newer"));

        // Once a start has stamped the folder, the stamp alone will do: no listing.
        store.find_resumable(&set);
        let head = fs::read_to_string(dir.path().join(FILE)).expect("head");
        let names_now = format!(
            "\"names\":{}",
            fingerprint(["new.json", "newer.json", "old.json"])
        );
        assert!(head.contains(&names_now), "{head}");
        fs::write(
            dir.path().join(FILE),
            head.replace(&names_now, "\"names\":0"),
        )
        .expect("write");
        assert_eq!(store.latest_from_head(&set.id).as_deref(), Some("newer"));
        store
            .save(&Session::new(
                "newest".into(),
                &set,
                at("2026-11-04T10:00:00Z"),
            ))
            .expect("save");
        assert_eq!(store.latest_from_head(&set.id), None, "the folder changed");
        store.catalog(Unreadables::Leave);

        // A hand-edited head cannot point outside the folder.
        let head = fs::read_to_string(dir.path().join(FILE)).expect("head");
        fs::write(
            dir.path().join(FILE),
            head.replace("\"newest\"", "\"../x\""),
        )
        .expect("write");
        assert_eq!(store.latest_from_head(&set.id), None);
    }
}
