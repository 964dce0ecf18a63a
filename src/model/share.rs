//! A share file: what one participant chooses to give a workshop's
//! facilitator. It holds where they stand on each clause and, only if they
//! say yes, their questions; never a note, a name, the doctor's answers or a
//! time finer than the day.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::model::clauses::ClauseSet;
use crate::model::session::{Session, Stance};

/// The `format` of every share file this version writes.
pub const FORMAT: &str = "accord.share/1";

/// Which clause set a share answers: enough to count like with like, no title.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SharedSet {
    /// The set's id.
    pub id: String,
    /// The set's version number.
    pub version: u32,
    /// The digest of the set's text.
    pub digest: String,
}

/// One clause as shared: the stance, and the question only when the participant said yes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedAnswer {
    /// Agree, not on board, not now, or nothing said.
    pub stance: Option<Stance>,
    /// The question for the doctor, if the participant chose to share questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
}

/// A whole share file, as written to disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Share {
    /// Always [`FORMAT`].
    pub format: String,
    /// A random id, so the same file handed in twice counts once.
    pub share_id: String,
    /// The clause set answered.
    pub clause_set: SharedSet,
    /// The day the share was made: no finer time, so it cannot be matched to a visit.
    pub date: Date,
    /// Each clause of the set, by id.
    pub answers: BTreeMap<String, SharedAnswer>,
}

/// Why some bytes are not a share file this version can count.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum ShareError {
    /// Not JSON, or JSON of another shape.
    #[error("{0}")]
    Unreadable(String),
    /// JSON with another `format`, such as a session file.
    #[error("{0}")]
    Foreign(String),
}

impl Share {
    /// The share of `session`: every clause of `set` with its stance, and its question if `questions`.
    pub fn of(
        session: &Session,
        set: &ClauseSet,
        share_id: String,
        date: Date,
        questions: bool,
    ) -> Self {
        let answers = set
            .clauses
            .iter()
            .map(|c| {
                let response = session.response(&c.id);
                let answer = SharedAnswer {
                    stance: response.and_then(|r| r.stance),
                    question: response
                        .and_then(|r| r.question.clone())
                        .filter(|_| questions),
                };
                (c.id.clone(), answer)
            })
            .collect();
        Self {
            format: FORMAT.to_owned(),
            share_id,
            clause_set: SharedSet {
                id: set.id.clone(),
                version: set.version,
                digest: set.digest.clone(),
            },
            date,
            answers,
        }
    }

    /// The share as pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        // Plain data with string keys always serializes.
        let mut text = serde_json::to_string_pretty(self).expect("a share serializes");
        text.push('\n');
        text
    }

    /// Reads a share file, telling a foreign file from a broken one.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ShareError> {
        let value: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|e| ShareError::Unreadable(e.to_string()))?;
        match value.get("format").and_then(|f| f.as_str()) {
            Some(FORMAT) => {}
            Some(other) => return Err(ShareError::Foreign(crate::sanitize::line(other))),
            None => return Err(ShareError::Foreign(String::new())),
        }
        let mut share: Share =
            serde_json::from_value(value).map_err(|e| ShareError::Unreadable(e.to_string()))?;
        for answer in share.answers.values_mut() {
            if let Some(q) = &mut answer.question {
                *q = crate::sanitize::text(q);
            }
        }
        Ok(share)
    }

    /// Whether any question is in the share.
    pub fn has_questions(&self) -> bool {
        self.answers.values().any(|a| a.question.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::clauses;
    use crate::model::session::TextField;
    use jiff::Timestamp;

    fn sample(questions: bool) -> Share {
        let set = clauses::default_set();
        let now: Timestamp = "2026-11-03T09:10:00Z".parse().expect("time");
        let mut s = Session::new("s".into(), &set, now);
        s.set_stance("time", Some(Stance::NotNow), now);
        s.set_text("time", TextField::Question, "Why wait?", now);
        s.set_text("time", TextField::Note, "private", now);
        Share::of(
            &s,
            &set,
            "abc".into(),
            jiff::civil::date(2026, 11, 3),
            questions,
        )
    }

    #[test]
    fn questions_only_when_asked() {
        assert!(!sample(false).has_questions());
        assert_eq!(
            sample(true).answers["time"].question.as_deref(),
            Some("Why wait?")
        );
    }

    #[test]
    fn round_trips_and_keeps_only_the_day() {
        let share = sample(true);
        let json = share.to_json();
        assert!(json.contains("\"date\": \"2026-11-03\""), "{json}");
        assert!(!json.contains("09:10"));
        assert_eq!(Share::from_bytes(json.as_bytes()), Ok(share));
    }

    #[test]
    fn a_session_file_is_foreign_and_garbage_is_unreadable() {
        let foreign = br#"{"format": "accord.session/1"}"#;
        assert!(matches!(
            Share::from_bytes(foreign),
            Err(ShareError::Foreign(_))
        ));
        assert!(matches!(
            Share::from_bytes(b"{oops"),
            Err(ShareError::Unreadable(_))
        ));
    }
}
