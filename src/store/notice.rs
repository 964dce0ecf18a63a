//! What the store has to tell the reader, as values, and the one place that
//! turns them into words (through the localization table).

use std::fmt;
use std::path::{Path, PathBuf};

use super::StoreError;
use super::read::Unreadable;
use crate::model::id;
use crate::t;

/// Something about the data folder the reader should hear: a file skipped,
/// set aside or put back, or a folder others can change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The sessions folder could not be listed.
    CannotList {
        /// The folder.
        folder: PathBuf,
        /// What the system said.
        why: String,
    },
    /// A session written by a newer accord, left alone.
    Newer {
        /// The file.
        file: PathBuf,
        /// Its `format`.
        format: String,
    },
    /// A link where a session file should be, not followed.
    Link {
        /// The link.
        file: PathBuf,
    },
    /// A file that could not be read, left where it is.
    LeftUnread {
        /// The file.
        file: PathBuf,
        /// Why it could not be read.
        why: String,
    },
    /// A file that could not be read, renamed aside so a new session could start.
    SetAside {
        /// The file as it was named.
        file: PathBuf,
        /// Why it could not be read.
        why: String,
        /// Its new name.
        kept_as: PathBuf,
    },
    /// A rescue copy's answers, put back into their session.
    Restored {
        /// The rescue copy.
        copy: PathBuf,
        /// The session it went back to.
        id: String,
    },
    /// A rescue copy that could not be put back yet.
    NotRestored {
        /// The rescue copy.
        copy: PathBuf,
        /// What went wrong.
        why: String,
    },
    /// A data folder other people can change.
    OpenToOthers {
        /// The folder.
        folder: PathBuf,
    },
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words = match self {
            Self::CannotList { folder, why } => {
                t!("store-cannot-list", folder = shown(folder), why = why)
            }
            Self::Newer { file, format } => t!("store-newer", file = shown(file), format = format),
            Self::Link { file } => t!("store-link", file = shown(file)),
            Self::LeftUnread { file, why } => {
                t!("store-left-unread", file = shown(file), why = why)
            }
            Self::SetAside { file, why, kept_as } => t!(
                "store-set-aside",
                file = shown(file),
                why = why,
                kept = shown(kept_as)
            ),
            Self::Restored { copy, id } => t!("store-restored", copy = shown(copy), id = id),
            Self::NotRestored { copy, why } => {
                t!("store-not-restored", copy = shown(copy), why = why)
            }
            Self::OpenToOthers { folder } => t!("store-open-to-others", folder = shown(folder)),
        };
        f.write_str(&words)
    }
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words = match self {
            Self::Newer(format) => t!("store-unreadable-newer", format = format),
            Self::Link => t!("store-unreadable-link"),
            Self::Broken(why) => why.clone(),
        };
        f.write_str(&words)
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words = match self {
            Self::Profile(name) => t!(
                "store-error-profile",
                name = format!("{name:?}"),
                max = id::MAX_LEN
            ),
            Self::NoHome => t!("store-error-no-home"),
            Self::Dir { path, cause } => {
                t!(
                    "store-error-dir",
                    path = shown(path),
                    cause = cause.to_string()
                )
            }
            Self::Write { path, cause } => {
                t!(
                    "store-error-write",
                    path = shown(path),
                    cause = cause.to_string()
                )
            }
            Self::CopyOverSessions(folder) => {
                t!("store-error-copy-over-sessions", folder = shown(folder))
            }
            Self::Copy { path, cause } => {
                t!(
                    "store-error-copy",
                    path = shown(path),
                    cause = cause.to_string()
                )
            }
        };
        f.write_str(&words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_read_as_sentences_with_their_paths() {
        let notice = Notice::SetAside {
            file: "/d/s.json".into(),
            why: "EOF".into(),
            kept_as: "/d/s.json.unreadable".into(),
        };
        assert_eq!(
            notice.to_string(),
            "Could not read /d/s.json (EOF); it was kept as /d/s.json.unreadable and a new session started."
        );
        let open = Notice::OpenToOthers {
            folder: "/d".into(),
        };
        assert!(open.to_string().ends_with("run: chmod 700 /d"));
    }

    #[test]
    fn a_bad_profile_name_is_quoted_and_the_limit_named() {
        let err = StoreError::Profile("a/b".into());
        assert_eq!(
            err.to_string(),
            "the profile name \"a/b\" may use only letters, digits, - and _ (up to 40 characters)"
        );
    }
}
