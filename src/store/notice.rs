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
    crate::sanitize::path(path)
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
            Self::BadLock(path) => t!("store-error-bad-lock", path = shown(path)),
            Self::CopyNotFile(path) => t!("store-error-copy-not-file", path = shown(path)),
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
    fn every_notice_reads_as_it_always_has() {
        let file = PathBuf::from("/d/s.json");
        let cases = [
            (
                Notice::CannotList {
                    folder: "/d".into(),
                    why: "denied".into(),
                },
                "Could not list /d: denied",
            ),
            (
                Notice::Newer {
                    file: file.clone(),
                    format: "accord.session/9".into(),
                },
                "/d/s.json was written by a newer accord (accord.session/9); it was left as it is.",
            ),
            (
                Notice::Link { file: file.clone() },
                "/d/s.json is a link, not a reflection file; accord did not follow it.",
            ),
            (
                Notice::LeftUnread {
                    file: file.clone(),
                    why: "EOF".into(),
                },
                "Could not read /d/s.json (EOF); it was left as it is.",
            ),
            (
                Notice::SetAside {
                    file: file.clone(),
                    why: "EOF".into(),
                    kept_as: "/d/s.json.unreadable".into(),
                },
                "Could not read /d/s.json (EOF); it was kept as /d/s.json.unreadable and a new reflection started.",
            ),
            (
                Notice::Restored {
                    copy: "/d/r.json".into(),
                    id: "s".into(),
                },
                "Answers a failed save had kept in /d/r.json are back in reflection s.",
            ),
            (
                Notice::NotRestored {
                    copy: "/d/r.json".into(),
                    why: "full".into(),
                },
                "Answers a failed save kept in /d/r.json could not be put back yet (full); the copy is safe.",
            ),
            (
                Notice::OpenToOthers {
                    folder: "/d".into(),
                },
                "Other people on this computer can change files in /d. To keep your answers private, run: chmod 700 /d",
            ),
        ];
        for (notice, words) in cases {
            assert_eq!(notice.to_string(), words);
        }
        assert_eq!(
            Unreadable::Newer("accord.session/9".into()).to_string(),
            "it was written by a newer accord (accord.session/9)"
        );
        assert_eq!(
            Unreadable::Link.to_string(),
            "it is a link, which accord does not follow"
        );
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
