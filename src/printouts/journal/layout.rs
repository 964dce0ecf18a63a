//! One session laid out for the journal apart from the journal itself, so
//! the thread that read it does the costly part (escaping every answer's
//! words) and lets the session go, while the journal writes the one before.

use std::sync::Arc;

use jiff::tz::TimeZone;

use crate::document::pieces::Pieces;
use crate::document::{Detail, Field};
use crate::model::clauses::ClauseSet;
use crate::model::session::{Answer, Glance, Stance};
use crate::printouts::{StanceWord, yes_no};
use crate::{dates, t};

/// How sessions are laid out for one journal; cheap to clone, one for each
/// thread that reads.
#[derive(Clone)]
pub struct Layout {
    pub(super) set: Arc<ClauseSet>,
    pub(super) pieces: &'static dyn Pieces,
    pub(super) notes: bool,
    /// The zone the dates are given in.
    tz: TimeZone,
    /// The word for each stance, by [`stance_place`], looked up once.
    stances: Arc<[String; 4]>,
    /// The labels every answer repeats, looked up once.
    labels: Arc<[String; 3]>,
    /// The set's clause ids in the order a session keeps its answers, each
    /// with its place in the set: one walk finds a session's answers.
    by_id: Arc<[(String, usize)]>,
}

/// What the journal needs of one session: its line, and each clause's
/// answer with its details already laid out.
pub struct Laid {
    /// When it started, as the journal says it.
    pub(super) when: String,
    /// Its line in the list of sessions.
    pub(super) line: String,
    pub(super) participant: Option<String>,
    pub(super) has_notes: bool,
    /// Per clause of the set, in its order: the stance given and the
    /// answer's details laid out, if the session answered it.
    pub(super) answers: Vec<Option<(Option<Stance>, String)>>,
}

impl Laid {
    /// Whether the session holds a private note.
    pub fn has_notes(&self) -> bool {
        self.has_notes
    }
}

impl Layout {
    /// The layout of a journal of `set` by `pieces`, dates in `tz`, private
    /// notes only if `notes`.
    pub fn new(set: &ClauseSet, tz: &TimeZone, pieces: &'static dyn Pieces, notes: bool) -> Self {
        let mut by_id: Vec<(String, usize)> = set
            .clauses
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        by_id.sort();
        Self {
            set: Arc::new(set.clone()),
            pieces,
            notes,
            tz: tz.clone(),
            stances: Arc::new(
                [
                    None,
                    Some(Stance::Agree),
                    Some(Stance::Disagree),
                    Some(Stance::NotNow),
                ]
                .map(|stance| StanceWord(stance).to_string()),
            ),
            labels: Arc::new([
                t!("printout-label-question"),
                t!("printout-label-doctors-answer"),
                t!("printout-label-note"),
            ]),
            by_id: by_id.into(),
        }
    }

    /// Lays out the session glanced at in `s`.
    pub fn lay_out(&self, s: &Glance<'_>) -> Laid {
        let answers = self.answers(s);
        let when = dates::human(s.started_at, &self.tz);
        let answered = answers
            .iter()
            .flatten()
            .filter(|r| r.stance.is_some())
            .count();
        let questions = s.answers.values().filter(|r| r.question.is_some()).count();
        let line = t!(
            "printout-journal-session",
            when = &when,
            answered = answered,
            total = self.set.clauses.len(),
            questions = t!("count-questions", count = questions),
            signed = yes_no(s.signed)
        );
        Laid {
            when,
            line,
            participant: s.participant.as_deref().map(str::to_owned),
            has_notes: s.has_notes(),
            answers: answers
                .into_iter()
                .map(|r| r.map(|r| (r.stance, self.details(r))))
                .collect(),
        }
    }

    /// What leads a clause's answer in a session started `when`: the
    /// stance, and whether it moved there.
    pub(super) fn step_lead(&self, when: &str, stance: Option<Stance>, changed: bool) -> String {
        t!(
            "printout-journal-step",
            when = when,
            stance = &self.stances[stance_place(stance)],
            changed = yes_no(changed)
        )
    }

    /// An answer's question, the doctor's answer and the note (if shown), laid out.
    fn details(&self, r: &Answer<'_>) -> String {
        let note = if self.notes { &r.note } else { &None };
        // Most answers are a stance alone.
        if r.question.is_none() && r.answer.is_none() && note.is_none() {
            return String::new();
        }
        let details: Vec<Detail> = self
            .labels
            .iter()
            .zip([&r.question, &r.answer, note])
            .filter_map(|(label, text)| {
                Some(Detail::Field(Field::new(label.clone(), text.as_deref()?)))
            })
            .collect();
        self.pieces.item_details(false, &details)
    }

    /// Each clause's answer in `s`, in the set's order, found in one walk
    /// of two sorted lists rather than a search per clause.
    fn answers<'s>(&self, s: &'s Glance<'_>) -> Vec<Option<&'s Answer<'s>>> {
        let mut found = vec![None; self.by_id.len()];
        let mut answers = s.answers.iter().peekable();
        for (id, i) in self.by_id.iter() {
            while answers.next_if(|(k, _)| k.as_ref() < id.as_str()).is_some() {}
            if let Some((_, r)) = answers.next_if(|(k, _)| k.as_ref() == id.as_str()) {
                found[*i] = Some(r);
            }
        }
        found
    }
}

/// Where a stance's word is kept in [`Layout`]'s list.
fn stance_place(stance: Option<Stance>) -> usize {
    match stance {
        None => 0,
        Some(Stance::Agree) => 1,
        Some(Stance::Disagree) => 2,
        Some(Stance::NotNow) => 3,
    }
}
