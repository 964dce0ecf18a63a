//! One clause's answer inside a session: the stance, the reader's texts and
//! what the doctor said after the visit.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// Where the reader stands on a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// The reader agrees.
    Agree,
    /// The reader is not on board.
    Disagree,
    /// The reader passes for now: it counts as answered without taking a side.
    #[serde(rename = "not-now")]
    NotNow,
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
    /// When the reader last gave their own answer (stance, question or note):
    /// the doctor's answer, written later, does not move it. Older files lack it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered_at: Option<Timestamp>,
}

impl Response {
    pub(super) fn empty(now: Timestamp) -> Self {
        Self {
            stance: None,
            question: None,
            note: None,
            answer: None,
            answer_status: None,
            clause_digest: None,
            updated_at: now,
            answered_at: None,
        }
    }

    /// When the reader gave this answer, as far as the file knows.
    pub fn given_at(&self) -> Timestamp {
        self.answered_at.unwrap_or(self.updated_at)
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
