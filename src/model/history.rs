//! Earlier sessions of the same clause set: what the reader said last time,
//! a clause's whole timeline, and what changed between two sessions.
//!
//! Pure functions over summaries and sessions; the caller says how to load one.

use std::collections::BTreeMap;

use jiff::Timestamp;

use crate::model::clauses::ClauseSet;
use crate::model::session::{Response, Session, Stance};
use crate::model::summary::Summary;

/// An answer from an earlier session, with when it was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Earlier {
    /// The earlier session's id.
    pub session: String,
    /// When the reader gave the answer: a session kept open for weeks would
    /// otherwise date it to the day the session began, and a doctor's answer
    /// written down later would move it to that day.
    pub when: Timestamp,
    /// What was answered then.
    pub response: Response,
}

/// The other sessions of `set`, newest first.
pub fn others<'a>(summaries: &'a [Summary], set: &ClauseSet, current: &str) -> Vec<&'a Summary> {
    let mut others: Vec<&Summary> = summaries
        .iter()
        .filter(|s| s.clause_set.id == set.id && s.id != current)
        .collect();
    others.sort_by_key(|s| std::cmp::Reverse((s.started_at, s.updated_at)));
    others
}

/// The sessions of `set` begun before `current` (all others while it is not
/// saved yet), newest first: "last time" never means a later session.
fn earlier<'a>(summaries: &'a [Summary], set: &ClauseSet, current: &str) -> Vec<&'a Summary> {
    let began = summaries
        .iter()
        .find(|s| s.id == current)
        .map(|s| s.started_at);
    others(summaries, set, current)
        .into_iter()
        .filter(|s| began.is_none_or(|began| s.started_at < began))
        .collect()
}

/// For each clause, the most recent earlier answer to it, reading only the sessions needed.
pub fn last_time(
    summaries: &[Summary],
    set: &ClauseSet,
    current: &str,
    load: impl Fn(&str) -> Option<Session>,
) -> BTreeMap<String, Earlier> {
    let mut found = BTreeMap::new();
    let mut wanted: Vec<&str> = set.clauses.iter().map(|c| c.id.as_str()).collect();
    for summary in earlier(summaries, set, current) {
        if wanted.is_empty() {
            break;
        }
        if !wanted.iter().any(|id| summary.responded(id)) {
            continue;
        }
        let Some(session) = load(&summary.id) else {
            continue;
        };
        wanted.retain(|id| match session.response(id) {
            Some(response) => {
                found.insert(
                    (*id).to_owned(),
                    Earlier {
                        session: session.id.clone(),
                        when: response.given_at(),
                        response: response.clone(),
                    },
                );
                false
            }
            None => true,
        });
    }
    found
}

/// Every earlier answer to one clause (from sessions begun before this one), newest first.
pub fn timeline(
    summaries: &[Summary],
    set: &ClauseSet,
    current: &str,
    clause_id: &str,
    load: impl Fn(&str) -> Option<Session>,
) -> Vec<Earlier> {
    earlier(summaries, set, current)
        .into_iter()
        .filter(|s| s.responded(clause_id))
        .filter_map(|s| load(&s.id))
        .filter_map(|session| {
            let response = session.response(clause_id)?.clone();
            Some(Earlier {
                session: session.id.clone(),
                when: response.given_at(),
                response,
            })
        })
        .collect()
}

/// How one piece of an answer moved between two sessions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The stance went from one to the other.
    Stance(Option<Stance>, Option<Stance>),
    /// A question was written.
    QuestionAdded(String),
    /// A question was taken away.
    QuestionRemoved(String),
    /// The question was reworded.
    QuestionChanged(String, String),
    /// The private note changed (added, removed or edited).
    NoteChanged(Option<String>, Option<String>),
    /// What the doctor said changed.
    AnswerChanged(Option<String>, Option<String>),
}

/// What changed for one clause between two sessions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClauseChanges {
    /// The clause's index in the set.
    pub clause: usize,
    /// Its changes, in a fixed order: stance, question, answer, note.
    pub changes: Vec<Change>,
}

/// Per clause, what changed from `before` to `after`; unchanged clauses are left out.
pub fn compare(set: &ClauseSet, before: &Session, after: &Session) -> Vec<ClauseChanges> {
    set.clauses
        .iter()
        .enumerate()
        .filter_map(|(clause, c)| {
            let (a, b) = (before.response(&c.id), after.response(&c.id));
            let get = |r: Option<&Response>, f: fn(&Response) -> Option<String>| r.and_then(f);
            let mut changes = Vec::new();
            let (sa, sb) = (a.and_then(|r| r.stance), b.and_then(|r| r.stance));
            if sa != sb {
                changes.push(Change::Stance(sa, sb));
            }
            let question = |r: &Response| r.question.clone();
            match (get(a, question), get(b, question)) {
                (None, Some(q)) => changes.push(Change::QuestionAdded(q)),
                (Some(q), None) => changes.push(Change::QuestionRemoved(q)),
                (Some(x), Some(y)) if x != y => changes.push(Change::QuestionChanged(x, y)),
                _ => {}
            }
            let (aa, ab) = (get(a, |r| r.answer.clone()), get(b, |r| r.answer.clone()));
            if aa != ab {
                changes.push(Change::AnswerChanged(aa, ab));
            }
            let (na, nb) = (get(a, |r| r.note.clone()), get(b, |r| r.note.clone()));
            if na != nb {
                changes.push(Change::NoteChanged(na, nb));
            }
            (!changes.is_empty()).then_some(ClauseChanges { clause, changes })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::clauses;
    use crate::model::session::TextField;

    fn at(day: i64) -> Timestamp {
        Timestamp::from_second(1_790_000_000 + day * 86_400).expect("time")
    }

    fn sessions() -> (ClauseSet, Vec<Session>) {
        let set = clauses::default_set();
        let mut week1 = Session::new("w1".into(), &set, at(0));
        // Kept open: the first week's answer to "time" came three days in.
        week1.set_stance("time", Some(Stance::Agree), at(3));
        week1.set_stance("truth", Some(Stance::Disagree), at(0));
        week1.set_text("truth", TextField::Question, "Always?", at(0));
        let mut week2 = Session::new("w2".into(), &set, at(7));
        week2.set_stance("time", Some(Stance::Disagree), at(7));
        week2.set_text("time", TextField::Note, "They ran late.", at(7));
        let now = Session::new("now".into(), &set, at(14));
        (set, vec![week1, week2, now])
    }

    fn loader(all: &[Session]) -> impl Fn(&str) -> Option<Session> + '_ {
        move |id| all.iter().find(|s| s.id == id).cloned()
    }

    #[test]
    fn last_time_takes_each_clause_from_the_latest_session_that_answered_it() {
        let (set, all) = sessions();
        let summaries: Vec<Summary> = all.iter().map(Summary::of).collect();
        let last = last_time(&summaries, &set, "now", loader(&all));
        assert_eq!(last["time"].session, "w2");
        assert_eq!(last["time"].response.stance, Some(Stance::Disagree));
        assert_eq!(last["time"].when, at(7));
        // Seen from week 1, week 2 came later: it is not "last time".
        let from_week1 = last_time(&summaries, &set, "w1", loader(&all));
        assert!(from_week1.is_empty(), "{from_week1:?}");
        assert!(timeline(&summaries, &set, "w1", "time", loader(&all)).is_empty());
        assert_eq!(last["truth"].session, "w1", "week 2 said nothing about it");
        assert!(!last.contains_key("dignity"));
    }

    #[test]
    fn a_timeline_dates_each_answer_by_when_the_reader_gave_it() {
        let (set, mut all) = sessions();
        // The doctor's answer, written down weeks later, does not re-date the question.
        all[0].set_text("truth", TextField::Answer, "Yes, always.", at(40));
        let summaries: Vec<Summary> = all.iter().map(Summary::of).collect();
        let entries = timeline(&summaries, &set, "now", "truth", loader(&all));
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].when, at(0));
    }

    #[test]
    fn last_time_reads_only_the_sessions_it_needs() {
        let (set, all) = sessions();
        let summaries: Vec<Summary> = all.iter().map(Summary::of).collect();
        let reads = std::cell::RefCell::new(Vec::new());
        last_time(&summaries, &set, "w2", |id| {
            reads.borrow_mut().push(id.to_owned());
            loader(&all)(id)
        });
        assert_eq!(
            reads.into_inner(),
            ["w1"],
            "the empty current session is never read"
        );
    }

    #[test]
    fn a_timeline_lists_every_earlier_answer_newest_first() {
        let (set, all) = sessions();
        let summaries: Vec<Summary> = all.iter().map(Summary::of).collect();
        let line = timeline(&summaries, &set, "now", "time", loader(&all));
        let who: Vec<&str> = line.iter().map(|e| e.session.as_str()).collect();
        assert_eq!(who, ["w2", "w1"]);
        assert_eq!(line[1].when, at(3), "dated when answered, not when begun");
    }

    #[test]
    fn compare_reports_what_moved_and_folds_the_rest() {
        let (set, all) = sessions();
        let changes = compare(&set, &all[0], &all[1]);
        let time = set.index_of("time").expect("time");
        let truth = set.index_of("truth").expect("truth");
        assert_eq!(
            changes,
            [
                ClauseChanges {
                    clause: time,
                    changes: vec![
                        Change::Stance(Some(Stance::Agree), Some(Stance::Disagree)),
                        Change::NoteChanged(None, Some("They ran late.".into())),
                    ],
                },
                ClauseChanges {
                    clause: truth,
                    changes: vec![
                        Change::Stance(Some(Stance::Disagree), None),
                        Change::QuestionRemoved("Always?".into()),
                    ],
                },
            ]
        );
        assert!(compare(&set, &all[0], &all[0]).is_empty());
    }
}
