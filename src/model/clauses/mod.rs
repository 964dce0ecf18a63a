//! Clause sets: the agreement a reader walks through, loaded from TOML.
//!
//! Loading validates everything and reports every problem at once, each with
//! the file, line and column, in words a workshop facilitator can act on.

use std::fmt;

use sha2::{Digest, Sha256};
use thiserror::Error;

mod built_in;
mod check;

pub use built_in::{built_in, built_in_in, built_in_sets, default_set};
use check::Checker;

/// Fields a set may have at the top of its file.
pub(crate) const SET_FIELDS: &[&str] = &[
    "id", "title", "version", "language", "source", "intro", "clause",
];
/// Fields each `[[clause]]` may have.
pub(crate) const CLAUSE_FIELDS: &[&str] =
    &["id", "title", "speaker", "text", "prompt", "questions"];

/// Who makes a clause's promise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speaker {
    /// The doctor promises.
    Doctor,
    /// The patient promises.
    Patient,
    /// Both agree.
    Both,
}

impl Speaker {
    /// The words allowed in a clause file, in the order they are listed to users.
    pub const NAMES: [&'static str; 3] = ["doctor", "patient", "both"];

    /// Who makes the promise, as the reader is told.
    pub fn promise(self) -> String {
        match self {
            Self::Doctor => crate::t!("speaker-doctor"),
            Self::Patient => crate::t!("speaker-patient"),
            Self::Both => crate::t!("speaker-both"),
        }
    }

    fn from_name(name: &str) -> Option<Self> {
        match name {
            "doctor" => Some(Self::Doctor),
            "patient" => Some(Self::Patient),
            "both" => Some(Self::Both),
            _ => None,
        }
    }
}

/// One commitment of the agreement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// Stable id that answers are saved under.
    pub id: String,
    /// Short title.
    pub title: String,
    /// Who makes the promise.
    pub speaker: Speaker,
    /// The clause itself, in plain language.
    pub text: String,
    /// An open question to help the reader reflect.
    pub prompt: String,
    /// Suggested questions for the doctor, to start from (may be none).
    pub questions: Vec<String>,
    /// A short digest of the title and text, so an answer can tell if the clause changed since.
    pub digest: String,
}

/// A short, stable digest of what a reader agrees to: the clause's title and text.
pub(crate) fn clause_digest(title: &str, text: &str) -> String {
    let full = Sha256::digest(format!("{title}\n{text}").as_bytes());
    full.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// A whole agreement: its description and its clauses, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClauseSet {
    /// Stable id, so sessions know which set they answer.
    pub id: String,
    /// Title shown in the header.
    pub title: String,
    /// The author's version number of the set.
    pub version: u32,
    /// BCP 47 language tag, such as `en`.
    pub language: String,
    /// Credit to the work the set adapts.
    pub source: String,
    /// A few sentences shown on the welcome screen.
    pub intro: String,
    /// The clauses, in the order they are walked through.
    pub clauses: Vec<Clause>,
    /// `sha256:` digest of the file's text, so a changed set can be detected.
    pub digest: String,
}

impl ClauseSet {
    /// The position of the clause with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.clauses.iter().position(|c| c.id == id)
    }
}

/// One thing wrong with a clause file, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// What is wrong and how to fix it.
    pub message: String,
}

/// Why a clause set could not be loaded.
#[derive(Debug, Error)]
pub enum LoadError {
    /// The file could not be read at all.
    #[error("{}", crate::t!("clauses-cannot-read", path = path, cause = cause.to_string()))]
    Read {
        /// The file.
        path: String,
        /// What the system said.
        cause: std::io::Error,
    },
    /// The file was read but is not a valid clause set.
    #[error("{}", Problems { path, problems })]
    Invalid {
        /// The file, as the user named it.
        path: String,
        /// Every problem found, in file order.
        problems: Vec<Problem>,
    },
}

/// Formats problems one per line as `file:line:column: message`.
struct Problems<'a> {
    path: &'a str,
    problems: &'a [Problem],
}

impl fmt::Display for Problems<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}:{}:{}: {}", self.path, p.line, p.column, p.message)?;
        }
        Ok(())
    }
}

/// Validates a clause set from raw bytes, which need not be text at all.
pub fn parse_bytes(name: &str, bytes: &[u8]) -> Result<ClauseSet, LoadError> {
    let text = std::str::from_utf8(bytes).map_err(|e| LoadError::Invalid {
        problems: vec![Problem {
            line: 1 + bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count(),
            column: 1,
            message: crate::t!("clauses-not-utf8"),
        }],
        path: name.to_owned(),
    })?;
    parse(name, text)
}

/// Validates a clause set's text; `name` is used in messages.
pub fn parse(name: &str, text: &str) -> Result<ClauseSet, LoadError> {
    let mut checker = Checker::new(text);
    let set = checker.set();
    match set {
        Some(set) if checker.problems.is_empty() => Ok(set),
        _ => {
            let mut problems = checker.problems;
            problems.sort_by_key(|p| (p.line, p.column));
            Err(LoadError::Invalid {
                path: name.to_owned(),
                problems,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digest_changes_with_the_text() {
        let text = include_str!("../../../clauses/partnership.toml");
        let a = parse("a", text).expect("valid");
        let b = parse("b", &text.replacen("team", "true team", 1)).expect("valid");
        assert_eq!(a.clauses.len(), b.clauses.len());
        assert!(a.digest.starts_with("sha256:"));
        assert_ne!(a.digest, b.digest);
    }
}
