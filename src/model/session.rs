//! A session: one reader's answers to one clause set, as saved in JSON.
//!
//! These types are the file format; the README documents them field by field.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::model::clauses::ClauseSet;

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

/// Where an agenda item stands after the visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerStatus {
    /// The doctor answered it.
    Answered,
    /// It needs following up.
    FollowUp,
}

impl AnswerStatus {
    /// The next status in the cycle none → answered → follow up → none.
    pub fn cycle(status: Option<Self>) -> Option<Self> {
        match status {
            None => Some(Self::Answered),
            Some(Self::Answered) => Some(Self::FollowUp),
            Some(Self::FollowUp) => None,
        }
    }
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
    /// What the doctor said, written down after the visit.
    #[serde(default)]
    pub answer: Option<String>,
    /// Whether the question was answered or needs following up.
    #[serde(default)]
    pub answer_status: Option<AnswerStatus>,
    /// The digest of the clause text the reader was answering, to notice later edits.
    #[serde(default)]
    pub clause_digest: Option<String>,
    /// When this answer last changed.
    pub updated_at: Timestamp,
}

impl Response {
    fn empty(now: Timestamp) -> Self {
        Self {
            stance: None,
            question: None,
            note: None,
            answer: None,
            answer_status: None,
            clause_digest: None,
            updated_at: now,
        }
    }

    /// True when nothing is said at all.
    pub fn is_empty(&self) -> bool {
        self.stance.is_none()
            && self.question.is_none()
            && self.note.is_none()
            && self.answer.is_none()
            && self.answer_status.is_none()
    }
}

/// The reader's ordering of the agenda, and the items to ask first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agenda {
    /// Clause ids in the order the reader put them; items not listed follow in clause order.
    pub order: Vec<String>,
    /// Clause ids starred "ask first" (at most three).
    pub starred: Vec<String>,
}

/// Who signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The reader.
    Patient,
    /// Their doctor, signing together at the visit.
    Doctor,
}

/// A name typed to say "I am on board", and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    /// Who signed.
    pub role: Role,
    /// The name they typed.
    pub name: String,
    /// When they signed.
    pub signed_at: Timestamp,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
        self.change(clause_id, now, |r| r.stance = stance);
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
            TextField::Question => r.question = value,
            TextField::Note => r.note = value,
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
        let text = |t: &mut Option<String>| {
            if let Some(t) = t {
                *t = crate::sanitize::text(t);
            }
        };
        for r in self.responses.values_mut() {
            text(&mut r.question);
            text(&mut r.note);
            text(&mut r.answer);
        }
        // Clause ids from the file are shown too (answers to removed clauses are listed).
        self.responses = std::mem::take(&mut self.responses)
            .into_iter()
            .map(|(id, r)| (crate::sanitize::line(&id), r))
            .collect();
        for ids in [&mut self.agenda.order, &mut self.agenda.starred] {
            for id in ids.iter_mut() {
                *id = crate::sanitize::line(id);
            }
        }
        self.clause_set.id = crate::sanitize::line(&self.clause_set.id);
        for s in &mut self.signatures {
            s.name = crate::sanitize::line(&s.name);
        }
        if let Some(p) = &mut self.participant {
            *p = crate::sanitize::line(p);
        }
        self.clause_set.title = crate::sanitize::line(&self.clause_set.title);
        self
    }

    /// A copy to share: every private note left out, every other answer kept.
    pub fn without_notes(&self) -> Self {
        let mut shared = self.clone();
        for response in shared.responses.values_mut() {
            response.note = None;
        }
        shared
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

    /// Records a signature, replacing any earlier one of the same role.
    pub fn sign(&mut self, role: Role, name: &str, now: Timestamp) {
        self.signatures.retain(|s| s.role != role);
        self.signatures.push(Signature {
            role,
            name: name.trim().to_owned(),
            signed_at: now,
        });
        self.signatures.sort_by_key(|s| s.role != Role::Patient);
        self.updated_at = now;
    }

    /// The signature of `role`, if any.
    pub fn signature(&self, role: Role) -> Option<&Signature> {
        self.signatures.iter().find(|s| s.role == role)
    }

    /// True when answers changed after `signature` was given.
    pub fn changed_since(&self, signature: &Signature) -> bool {
        self.answers_changed_at
            .is_some_and(|changed| changed > signature.signed_at)
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
    fn signing_notices_later_changes_but_not_the_doctors_answers() {
        let set = clauses::default_set();
        let mut s = Session::new("s".into(), &set, at("2026-11-01T10:00:00Z"));
        s.set_text(
            "time",
            TextField::Question,
            "Why?",
            at("2026-11-01T10:01:00Z"),
        );
        s.sign(Role::Doctor, " Dr Lee ", at("2026-11-01T10:02:00Z"));
        s.sign(Role::Patient, "Ana", at("2026-11-01T10:02:00Z"));
        s.sign(Role::Patient, "Ana López", at("2026-11-01T10:03:00Z"));
        assert_eq!(s.signatures.len(), 2);
        assert_eq!(s.signatures[0].name, "Ana López", "the patient signs first");
        assert_eq!(s.signatures[1].name, "Dr Lee");
        let patient = s.signature(Role::Patient).expect("signed").clone();
        assert!(!s.changed_since(&patient));
        s.set_text(
            "time",
            TextField::Answer,
            "Because.",
            at("2026-11-01T10:04:00Z"),
        );
        s.cycle_answer_status("time", at("2026-11-01T10:04:00Z"));
        assert!(!s.changed_since(&patient));
        s.set_stance("time", Some(Stance::Disagree), at("2026-11-01T10:05:00Z"));
        assert!(s.changed_since(&patient));
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

    #[test]
    fn formats_are_classified() {
        assert_eq!(check_format(FORMAT), FormatCheck::Supported);
        assert_eq!(check_format("accord.session/2"), FormatCheck::Newer);
        assert_eq!(check_format("something/1"), FormatCheck::Foreign);
    }
}
