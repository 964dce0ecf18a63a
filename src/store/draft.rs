//! The editor's draft, kept beside its session as the reader types, so a
//! crash loses at most the last moment of typing.
//!
//! `sessions/<id>.draft` holds one [`Draft`] as JSON. It is written while the
//! editor is open and removed once the text is in the session itself.

use std::fs;
use std::path::PathBuf;

use super::atomic::write_atomic;
use super::read::read_file;
use super::{Store, StoreError};
use crate::model::session::Draft;
use crate::sanitize;

impl Store {
    fn draft_path(&self, id: &str) -> PathBuf {
        self.sessions_dir().join(format!("{id}.draft"))
    }

    /// Keeps what the editor of session `id` holds, flushed to the disk.
    pub fn save_draft(&self, id: &str, draft: &Draft) -> Result<(), StoreError> {
        let path = self.draft_path(id);
        // Plain data with string keys always serializes.
        let bytes = serde_json::to_vec(draft).unwrap_or_default();
        write_atomic(&path, &bytes).map_err(|cause| StoreError::Write { path, cause })
    }

    /// The draft a crash left for session `id`, if any, made safe to show.
    pub fn draft(&self, id: &str) -> Option<Draft> {
        let bytes = read_file(&self.draft_path(id)).ok()?;
        let mut draft: Draft = serde_json::from_slice(&bytes).ok()?;
        draft.text = sanitize::text(&draft.text);
        Some(draft)
    }

    /// Forgets the draft of session `id`: its words are in the session now.
    pub fn clear_draft(&self, id: &str) {
        // Nothing to do when there is none; a draft left behind is only offered again.
        let _ = fs::remove_file(self.draft_path(id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::session::TextField;

    #[test]
    fn a_draft_is_kept_read_back_clean_and_forgotten() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path().to_path_buf()).expect("open");
        assert_eq!(store.draft("s"), None);
        let draft = Draft {
            clause: "time".into(),
            field: TextField::Note,
            text: "half a thought\u{1b}[2J".into(),
        };
        store.save_draft("s", &draft).expect("save");
        let back = store.draft("s").expect("kept");
        assert_eq!(back.field, TextField::Note);
        assert_eq!(back.clause, "time");
        assert!(!back.text.contains('\u{1b}'), "{:?}", back.text);
        store.clear_draft("s");
        assert_eq!(store.draft("s"), None);
    }
}
