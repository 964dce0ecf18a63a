//! A session: one reader's answers to one clause set, as saved in JSON.
//!
//! These types are the file format; the README documents them field by field.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::model::clauses::ClauseSet;

mod draft;
mod format;
mod glance;
mod response;
mod signature;

pub use draft::Draft;
pub use format::{FORMAT, FormatCheck, check_format};
pub use glance::{Answer, Glance};
pub use response::{AnswerStatus, Response, Stance};
pub use signature::{Role, Signature};

/// The reader's ordering of the agenda, and the items to ask first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agenda {
    /// Clause ids in the order the reader put them; items not listed follow in clause order.
    pub order: Vec<String>,
    /// Clause ids starred "ask first" (at most three).
    pub starred: Vec<String>,
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

impl ClauseSetRef {
    /// The reference to `set` as it is now.
    pub fn of(set: &ClauseSet) -> Self {
        Self {
            id: set.id.clone(),
            title: set.title.clone(),
            version: set.version,
            digest: set.digest.clone(),
        }
    }
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
    /// The reader's ordering of the appointment agenda.
    #[serde(default)]
    pub agenda: Agenda,
    /// Signatures, at most one per role.
    #[serde(default)]
    pub signatures: Vec<Signature>,
    /// When a stance, question or note last changed: what a signature vouches for.
    #[serde(default)]
    pub answers_changed_at: Option<Timestamp>,
    /// The participant's name, on shared workshop machines.
    #[serde(default)]
    pub participant: Option<String>,
}

/// Which text of a response an editor writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextField {
    /// The question for the doctor.
    Question,
    /// The private note.
    Note,
    /// What the doctor answered.
    Answer,
}

impl Session {
    /// A fresh, empty session of `set`, positioned on its first clause.
    pub fn new(id: String, set: &ClauseSet, now: Timestamp) -> Self {
        Self {
            format: FORMAT.to_owned(),
            id,
            clause_set: ClauseSetRef::of(set),
            started_at: now,
            updated_at: now,
            position: set
                .clauses
                .first()
                .map(|c| c.id.clone())
                .unwrap_or_default(),
            responses: BTreeMap::new(),
            agenda: Agenda::default(),
            signatures: Vec::new(),
            answers_changed_at: None,
            participant: None,
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
        self.change(clause_id, now, |r| {
            r.stance = stance;
            r.answered_at = Some(now);
        });
        self.answers_changed_at = Some(now);
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
            TextField::Question => {
                r.question = value;
                r.answered_at = Some(now);
            }
            TextField::Note => {
                r.note = value;
                r.answered_at = Some(now);
            }
            TextField::Answer => r.answer = value,
        });
        // The doctor's answers are written after signing; they don't change what was signed.
        if field != TextField::Answer {
            self.answers_changed_at = Some(now);
        }
        true
    }

    /// The current question or note on a clause.
    pub fn text(&self, clause_id: &str, field: TextField) -> Option<&str> {
        let r = self.response(clause_id)?;
        match field {
            TextField::Question => r.question.as_deref(),
            TextField::Note => r.note.as_deref(),
            TextField::Answer => r.answer.as_deref(),
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

    /// The same session with every text made safe to draw (see [`crate::sanitize`]).
    pub fn sanitized(mut self) -> Self {
        use crate::sanitize::{clean_line, clean_text};
        for r in self.responses.values_mut() {
            [&mut r.question, &mut r.note, &mut r.answer]
                .into_iter()
                .flatten()
                .for_each(clean_text);
        }
        // Clause ids from the file are shown too (answers to removed clauses are listed).
        if self
            .responses
            .keys()
            .any(|id| !crate::sanitize::is_clean_line(id))
        {
            self.responses = std::mem::take(&mut self.responses)
                .into_iter()
                .map(|(id, r)| (crate::sanitize::line(&id), r))
                .collect();
        }
        for ids in [&mut self.agenda.order, &mut self.agenda.starred] {
            ids.iter_mut().for_each(clean_line);
        }
        clean_line(&mut self.clause_set.id);
        for s in &mut self.signatures {
            clean_line(&mut s.name);
        }
        self.participant.iter_mut().for_each(clean_line);
        clean_line(&mut self.clause_set.title);
        self
    }

    /// A copy to share: every private note left out, every other answer kept.
    pub fn without_notes(&self) -> Self {
        let mut shared = self.clone();
        shared.remove_notes();
        shared
    }

    /// Leaves out every private note, every other answer kept.
    pub fn remove_notes(&mut self) {
        for response in self.responses.values_mut() {
            response.note = None;
        }
    }

    /// Whether any answer, to a clause of the set or a removed one, has a private note.
    pub fn has_notes(&self) -> bool {
        self.responses.values().any(|r| r.note.is_some())
    }

    /// Records which text of the clause the reader's current answer is about.
    pub fn stamp(&mut self, clause: &crate::model::clauses::Clause) {
        if let Some(r) = self.responses.get_mut(&clause.id) {
            r.clause_digest = Some(clause.digest.clone());
        }
    }

    /// True when the clause's text changed after the reader answered it.
    pub fn clause_changed(&self, clause: &crate::model::clauses::Clause) -> bool {
        self.response(&clause.id)
            .and_then(|r| r.clause_digest.as_deref())
            .is_some_and(|d| d != clause.digest)
    }

    /// Answers to clauses that are no longer in `set`: kept in the file, listed for the reader.
    pub fn orphans<'a>(&'a self, set: &ClauseSet) -> Vec<(&'a str, &'a Response)> {
        self.responses
            .iter()
            .filter(|(id, _)| set.index_of(id).is_none())
            .map(|(id, r)| (id.as_str(), r))
            .collect()
    }

    /// Moves an agenda item's answer status along its cycle.
    pub fn cycle_answer_status(&mut self, clause_id: &str, now: Timestamp) {
        let next = AnswerStatus::cycle(self.response(clause_id).and_then(|r| r.answer_status));
        self.change(clause_id, now, |r| r.answer_status = next);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::clauses;

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
    fn files_without_the_later_fields_still_load() {
        let old = r#"{
          "format": "accord.session/1", "id": "old",
          "clause_set": {"id": "partnership", "title": "T", "version": 1, "digest": "sha256:x"},
          "started_at": "2026-11-01T10:00:00Z", "updated_at": "2026-11-01T10:00:00Z",
          "position": "time",
          "responses": {"time": {"stance": "agree", "question": null, "note": null,
                                 "updated_at": "2026-11-01T10:00:00Z"}}
        }"#;
        let s: Session = serde_json::from_str(old).expect("old files load");
        assert_eq!(s.agenda, Agenda::default());
        assert!(s.signatures.is_empty());
        assert_eq!(s.responses["time"].answer, None);
    }

    #[test]
    fn not_now_is_written_and_read_as_its_own_word() {
        let json = serde_json::to_string(&Stance::NotNow).expect("json");
        assert_eq!(json, "\"not-now\"");
        let back: Stance = serde_json::from_str("\"not-now\"").expect("parse");
        assert_eq!(back, Stance::NotNow);
    }

    #[test]
    fn answer_status_cycles() {
        assert_eq!(AnswerStatus::cycle(None), Some(AnswerStatus::Answered));
        assert_eq!(
            AnswerStatus::cycle(Some(AnswerStatus::Answered)),
            Some(AnswerStatus::FollowUp)
        );
        assert_eq!(AnswerStatus::cycle(Some(AnswerStatus::FollowUp)), None);
        let json = serde_json::to_string(&AnswerStatus::FollowUp).expect("json");
        assert_eq!(json, "\"follow-up\"");
    }
}
