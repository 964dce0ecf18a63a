//! What lists and look-ups need to know of a session without reading it
//! whole: the store's index keeps one of these per session file.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::model::clauses::ClauseSet;
use crate::model::id;
use crate::model::session::{ClauseSetRef, Role, Session};

/// What lists and look-ups need to know of a session without reading it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// The session id (its file name).
    pub id: String,
    /// The clause set it answers.
    pub clause_set: ClauseSetRef,
    /// When it began.
    pub started_at: Timestamp,
    /// When it last changed.
    pub updated_at: Timestamp,
    /// Each answered clause, whether it has a stance and whether its question
    /// still waits for the visit, sorted by clause id.
    pub answers: Marks,
    /// How many questions were written.
    pub questions: usize,
    /// Whether the reader signed.
    pub signed: bool,
    /// Whether answers changed after signing.
    pub changed_since_signing: bool,
    /// The participant's name, if any.
    pub participant: Option<String>,
}

impl Summary {
    /// The summary of a session.
    pub fn of(session: &Session) -> Self {
        let signature = session.signature(Role::Patient);
        Self {
            id: session.id.clone(),
            clause_set: session.clause_set.clone(),
            started_at: session.started_at,
            updated_at: session.updated_at,
            answers: Marks(
                session
                    .responses
                    .iter()
                    .filter(|(id, _)| id::is_clause_id(id))
                    .map(|(id, r)| {
                        let mark = Mark {
                            stance: r.stance.is_some(),
                            open_question: r.question.is_some() && r.answer_status.is_none(),
                        };
                        (id.clone(), mark)
                    })
                    .collect(),
            ),
            questions: session
                .responses
                .values()
                .filter(|r| r.question.is_some())
                .count(),
            signed: signature.is_some(),
            changed_since_signing: signature.is_some_and(|s| session.changed_since(s)),
            participant: session.participant.clone(),
        }
    }

    /// How many clauses of `set` have a stance.
    pub fn answered(&self, set: &ClauseSet) -> usize {
        set.clauses
            .iter()
            .filter(|c| self.answers.has_stance(&c.id))
            .count()
    }

    /// Whether the session answered the clause at all.
    pub fn responded(&self, clause_id: &str) -> bool {
        self.answers.find(clause_id).is_some()
    }

    /// True when every clause of `set` has a stance and every question on its
    /// agenda has been marked after the visit; until then, accord offers to
    /// continue it. A question on a clause the set no longer has is on no
    /// agenda, so it cannot keep a session open.
    pub fn is_finished(&self, set: &ClauseSet) -> bool {
        set.clauses.iter().all(|c| {
            self.answers
                .find(&c.id)
                .is_some_and(|m| m.stance && !m.open_question)
        })
    }
}

/// What the index keeps of one answered clause.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Mark {
    /// The clause has a stance.
    pub stance: bool,
    /// Its question is not yet marked answered or "follow up".
    pub open_question: bool,
}

/// Answered clause ids with their marks, stored as one compact string
/// (`"body-heals:s,time:-q"`), since a thousand sessions of lists parse slowly.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Marks(Vec<(String, Mark)>);

impl Marks {
    fn find(&self, id: &str) -> Option<Mark> {
        self.0
            .binary_search_by(|(k, _)| k.as_str().cmp(id))
            .ok()
            .map(|i| self.0[i].1)
    }

    /// Whether the clause has a stance.
    pub fn has_stance(&self, id: &str) -> bool {
        self.find(id).is_some_and(|m| m.stance)
    }

    /// How many clauses have a stance, in this set or not.
    pub fn stances(&self) -> usize {
        self.0.iter().filter(|(_, m)| m.stance).count()
    }
}

impl Serialize for Marks {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text: Vec<String> = self
            .0
            .iter()
            .map(|(id, m)| {
                let stance = if m.stance { "s" } else { "-" };
                let open = if m.open_question { "q" } else { "" };
                format!("{id}:{stance}{open}")
            })
            .collect();
        serializer.serialize_str(&text.join(","))
    }
}

impl<'de> Deserialize<'de> for Marks {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let mut marks: Vec<(String, Mark)> = text
            .split(',')
            .filter_map(|pair| pair.split_once(':'))
            .filter(|(id, _)| id::is_clause_id(id))
            .map(|(id, flags)| {
                let mark = Mark {
                    stance: flags.starts_with('s'),
                    open_question: flags.ends_with('q'),
                };
                (id.to_owned(), mark)
            })
            .collect();
        marks.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(Self(marks))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::clauses;
    use crate::model::session::{Stance, TextField};

    fn at(s: &str) -> Timestamp {
        s.parse().expect("timestamp")
    }

    #[test]
    fn marks_survive_the_round_trip_through_the_index() {
        let set = clauses::default_set();
        let now = at("2026-11-01T10:00:00Z");
        let mut s = Session::new("a".into(), &set, now);
        s.set_stance("time", Some(Stance::Agree), now);
        s.set_text("truth", TextField::Question, "Why?", now);
        let summary = Summary::of(&s);
        let json = serde_json::to_string(&summary).expect("serializes");
        assert!(json.contains(r#""answers":"time:s,truth:-q""#), "{json}");
        let back: Summary = serde_json::from_str(&json).expect("parses");
        assert_eq!(back, summary);
    }

    #[test]
    fn passing_on_every_clause_finishes_a_reflection() {
        let set = clauses::default_set();
        let now = at("2026-11-01T10:00:00Z");
        let mut s = Session::new("a".into(), &set, now);
        for c in &set.clauses[1..] {
            s.set_stance(&c.id, Some(Stance::NotNow), now);
        }
        assert!(!Summary::of(&s).is_finished(&set));
        s.set_stance(&set.clauses[0].id, Some(Stance::NotNow), now);
        assert!(Summary::of(&s).is_finished(&set));
    }

    #[test]
    fn a_question_on_a_removed_clause_keeps_no_session_open() {
        let full = clauses::default_set();
        let now = at("2026-11-01T10:00:00Z");
        let mut s = Session::new("a".into(), &full, now);
        for c in &full.clauses {
            s.set_stance(&c.id, Some(Stance::Agree), now);
        }
        s.set_text("truth", TextField::Question, "Why?", now);
        assert!(!Summary::of(&s).is_finished(&full), "the question waits");
        let mut smaller = full.clone();
        smaller.clauses.retain(|c| c.id != "truth");
        assert!(
            Summary::of(&s).is_finished(&smaller),
            "no agenda can show it, so nothing can mark it"
        );
    }
}
