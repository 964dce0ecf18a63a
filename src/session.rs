//! A session: one reader's answers to one clause set, as saved in JSON.
//!
//! These types are the file format; the README documents them field by field.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::clauses::ClauseSet;

/// The `format` written into every session file by this version of accord.
pub const FORMAT: &str = "accord.session/1";
/// The family of formats this version can read, before the `/N` revision.
const FORMAT_FAMILY: &str = "accord.session/";

/// Where the reader stands on a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// The reader agrees.
    Agree,
    /// The reader is not on board.
    Disagree,
}

/// The reader's answer to one clause. Absent text is `None` (`null` in JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    /// Agree, not on board, or not said.
    pub stance: Option<Stance>,
    /// A question to ask the doctor about this clause.
    pub question: Option<String>,
    /// A private note.
    pub note: Option<String>,
    /// When this answer last changed.
    pub updated_at: Timestamp,
}

impl Response {
    fn empty(now: Timestamp) -> Self {
        Self {
            stance: None,
            question: None,
            note: None,
            updated_at: now,
        }
    }

    /// True when nothing is said: no stance, no question, no note.
    pub fn is_empty(&self) -> bool {
        self.stance.is_none() && self.question.is_none() && self.note.is_none()
    }
}

/// Which clause set a session answers, and which text of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClauseSetRef {
    /// The set's id.
    pub id: String,
    /// The set's title when the session was last saved.
    pub title: String,
    /// The set's version number.
    pub version: u32,
    /// Digest of the set's text, so a changed set is detectable.
    pub digest: String,
}

/// One walk through a clause set, saved after every change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Always [`FORMAT`] when written by this version.
    pub format: String,
    /// The session id; also its file name.
    pub id: String,
    /// The clause set answered.
    pub clause_set: ClauseSetRef,
    /// When the session began.
    pub started_at: Timestamp,
    /// When anything in it last changed.
    pub updated_at: Timestamp,
    /// The id of the clause the reader is on.
    pub position: String,
    /// Answers, keyed by clause id. Answers to clauses no longer in the set are kept.
    pub responses: BTreeMap<String, Response>,
}

/// Which text of a response an editor writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    /// The question for the doctor.
    Question,
    /// The private note.
    Note,
}

impl Session {
    /// A fresh, empty session of `set`, positioned on its first clause.
    pub fn new(id: String, set: &ClauseSet, now: Timestamp) -> Self {
        Self {
            format: FORMAT.to_owned(),
            id,
            clause_set: ClauseSetRef {
                id: set.id.clone(),
                title: set.title.clone(),
                version: set.version,
                digest: set.digest.clone(),
            },
            started_at: now,
            updated_at: now,
            position: set
                .clauses
                .first()
                .map(|c| c.id.clone())
                .unwrap_or_default(),
            responses: BTreeMap::new(),
        }
    }

    /// The answer to a clause, if anything was said.
    pub fn response(&self, clause_id: &str) -> Option<&Response> {
        self.responses.get(clause_id)
    }

    /// The stance on a clause, if any.
    pub fn stance(&self, clause_id: &str) -> Option<Stance> {
        self.response(clause_id).and_then(|r| r.stance)
    }

    /// Sets or clears the stance on a clause; true if that changed anything.
    pub fn set_stance(&mut self, clause_id: &str, stance: Option<Stance>, now: Timestamp) -> bool {
        if self.stance(clause_id) == stance {
            return false;
        }
        self.change(clause_id, now, |r| r.stance = stance);
        true
    }

    /// Sets a question or note, blank text removing it; true if that changed anything.
    pub fn set_text(
        &mut self,
        clause_id: &str,
        field: TextField,
        text: &str,
        now: Timestamp,
    ) -> bool {
        let value = (!text.trim().is_empty()).then(|| text.trim_end().to_owned());
        if self.text(clause_id, field) == value.as_deref() {
            return false;
        }
        self.change(clause_id, now, |r| match field {
            TextField::Question => r.question = value,
            TextField::Note => r.note = value,
        });
        true
    }

    /// The current question or note on a clause.
    pub fn text(&self, clause_id: &str, field: TextField) -> Option<&str> {
        let r = self.response(clause_id)?;
        match field {
            TextField::Question => r.question.as_deref(),
            TextField::Note => r.note.as_deref(),
        }
    }

    /// Records which clause the reader is on; true if it moved.
    pub fn set_position(&mut self, clause_id: &str, now: Timestamp) -> bool {
        if self.position == clause_id {
            return false;
        }
        self.position = clause_id.to_owned();
        self.updated_at = now;
        true
    }

    /// True when every clause of `set` has a stance.
    pub fn is_finished(&self, set: &ClauseSet) -> bool {
        set.clauses.iter().all(|c| self.stance(&c.id).is_some())
    }

    /// How many clauses of `set` have a stance.
    pub fn answered(&self, set: &ClauseSet) -> usize {
        set.clauses
            .iter()
            .filter(|c| self.stance(&c.id).is_some())
            .count()
    }

    fn change(&mut self, clause_id: &str, now: Timestamp, edit: impl FnOnce(&mut Response)) {
        let response = self
            .responses
            .entry(clause_id.to_owned())
            .or_insert_with(|| Response::empty(now));
        edit(response);
        response.updated_at = now;
        if response.is_empty() {
            self.responses.remove(clause_id);
        }
        self.updated_at = now;
    }
}

/// Whether a `format` string is one this version can read, or one from a newer accord.
#[derive(Debug, PartialEq, Eq)]
pub enum FormatCheck {
    /// Readable.
    Supported,
    /// Written by a newer accord (a higher revision): never overwrite it.
    Newer,
    /// Not an accord session at all.
    Foreign,
}

/// Classifies a session file's `format` field.
pub fn check_format(format: &str) -> FormatCheck {
    let Some(rev) = format.strip_prefix(FORMAT_FAMILY) else {
        return FormatCheck::Foreign;
    };
    match rev.parse::<u32>() {
        Ok(1) => FormatCheck::Supported,
        Ok(n) if n > 1 => FormatCheck::Newer,
        _ => FormatCheck::Foreign,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clauses;

    fn at(s: &str) -> Timestamp {
        s.parse().expect("timestamp")
    }

    #[test]
    fn json_round_trip_keeps_everything() {
        let set = clauses::default_set();
        let mut s = Session::new("s1".into(), &set, at("2026-11-01T10:00:00Z"));
        s.set_stance(
            "partnership",
            Some(Stance::Agree),
            at("2026-11-01T10:01:00Z"),
        );
        s.set_text(
            "time",
            TextField::Question,
            "Can we talk — café? 🙂",
            at("2026-11-01T10:02:00Z"),
        );
        s.set_text(
            "time",
            TextField::Note,
            "line one\nline two",
            at("2026-11-01T10:03:00Z"),
        );
        let json = serde_json::to_string_pretty(&s).expect("serialize");
        let back: Session = serde_json::from_str(&json).expect("parse");
        assert_eq!(back, s);
        let value: serde_json::Value = serde_json::from_str(&json).expect("value");
        assert_eq!(value["format"], "accord.session/1");
        assert_eq!(value["responses"]["partnership"]["stance"], "agree");
        assert_eq!(
            value["responses"]["partnership"]["question"],
            serde_json::Value::Null
        );
        assert_eq!(
            value["responses"]["time"]["stance"],
            serde_json::Value::Null
        );
        assert_eq!(value["updated_at"], "2026-11-01T10:03:00Z");
    }

    #[test]
    fn clearing_everything_removes_the_response() {
        let set = clauses::default_set();
        let now = at("2026-11-01T10:00:00Z");
        let mut s = Session::new("s".into(), &set, now);
        s.set_stance("time", Some(Stance::Disagree), now);
        s.set_text("time", TextField::Note, "   ", now);
        assert_eq!(s.text("time", TextField::Note), None);
        s.set_stance("time", None, now);
        assert!(s.responses.is_empty());
    }

    #[test]
    fn formats_are_classified() {
        assert_eq!(check_format(FORMAT), FormatCheck::Supported);
        assert_eq!(check_format("accord.session/2"), FormatCheck::Newer);
        assert_eq!(check_format("something/1"), FormatCheck::Foreign);
    }
}
