//! The facilitator's tally: how a group stands on each clause, counted from
//! share files, with files of another set or version kept apart, the same
//! share counted once, and files that cannot be read named with a reason.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::clauses::ClauseSet;
use crate::model::session::Stance;
use crate::model::share::{Share, ShareError, SharedSet};

/// The smallest count shown as a number unless the facilitator asks otherwise.
pub const DEFAULT_MIN_COUNT: usize = 3;

/// How many people stand where on one clause.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Agree.
    pub agree: usize,
    /// Not on board.
    pub disagree: usize,
    /// Passed for now.
    pub not_now: usize,
    /// Said nothing.
    pub none: usize,
}

impl Counts {
    fn add(&mut self, stance: Option<Stance>) {
        match stance {
            Some(Stance::Agree) => self.agree += 1,
            Some(Stance::Disagree) => self.disagree += 1,
            Some(Stance::NotNow) => self.not_now += 1,
            None => self.none += 1,
        }
    }
}

/// One clause's counts and the questions shared about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClauseTally {
    /// The clause id.
    pub id: String,
    /// Its title, or its id when the set is not at hand.
    pub title: String,
    /// Where people stand.
    pub counts: Counts,
    /// Shared questions, sorted so their order says nothing about whose file held them.
    pub questions: Vec<String>,
}

/// Every share of one clause set and version, counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The set and version these shares answer.
    pub set: SharedSet,
    /// How many shares (people) are counted.
    pub shares: usize,
    /// Each clause, in the set's order when the set is at hand, else by id.
    pub clauses: Vec<ClauseTally>,
}

/// What went wrong with one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The file, as named to the facilitator.
    pub file: String,
    /// Why it was not counted.
    pub why: Skip,
}

/// Why a file was not counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    /// The file could not be read from disk.
    Unreadable(String),
    /// Not a share file, or a broken one.
    Broken(ShareError),
    /// The same share id as a file already counted (named).
    Duplicate(String),
}

/// The whole tally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// The shares of the set the facilitator named.
    pub main: Group,
    /// Shares of any other set or version, each counted apart.
    pub others: Vec<Group>,
    /// Files not counted, and why, in the order given.
    pub skipped: Vec<Skipped>,
}

/// One file the command read: its name and what was in it.
pub type Found = (String, Result<Vec<u8>, String>);

/// Counts `files` against `set`.
pub fn count(set: &ClauseSet, files: Vec<Found>) -> Tally {
    let mut skipped = Vec::new();
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    let mut by_set: BTreeMap<SharedSet, Vec<Share>> = BTreeMap::new();
    for (file, bytes) in files {
        let share = match bytes
            .map_err(Skip::Unreadable)
            .and_then(|b| Share::from_bytes(&b).map_err(Skip::Broken))
        {
            Ok(share) => share,
            Err(why) => {
                skipped.push(Skipped { file, why });
                continue;
            }
        };
        if let Some(first) = seen.get(&share.share_id) {
            let why = Skip::Duplicate(first.clone());
            skipped.push(Skipped { file, why });
            continue;
        }
        seen.insert(share.share_id.clone(), file);
        by_set
            .entry(share.clause_set.clone())
            .or_default()
            .push(share);
    }
    let is_main = |s: &SharedSet| s.id == set.id && s.version == set.version;
    let main_shares: Vec<Share> = by_set
        .iter()
        .filter(|(s, _)| is_main(s))
        .flat_map(|(_, shares)| shares.iter().cloned())
        .collect();
    let titles: Vec<(String, String)> = set
        .clauses
        .iter()
        .map(|c| (c.id.clone(), c.title.clone()))
        .collect();
    let main_set = SharedSet {
        id: set.id.clone(),
        version: set.version,
        digest: set.digest.clone(),
    };
    let main = group(main_set, &main_shares, titles);
    let others = by_set
        .into_iter()
        .filter(|(s, _)| !is_main(s))
        .map(|(s, shares)| {
            let ids: BTreeSet<&String> = shares.iter().flat_map(|sh| sh.answers.keys()).collect();
            let titles = ids.into_iter().map(|id| (id.clone(), id.clone())).collect();
            group(s, &shares, titles)
        })
        .collect();
    Tally {
        main,
        others,
        skipped,
    }
}

fn group(set: SharedSet, shares: &[Share], titles: Vec<(String, String)>) -> Group {
    let clauses = titles
        .into_iter()
        .map(|(id, title)| {
            let mut counts = Counts::default();
            let mut questions = Vec::new();
            for share in shares {
                let answer = share.answers.get(&id);
                counts.add(answer.and_then(|a| a.stance));
                questions.extend(answer.and_then(|a| a.question.clone()));
            }
            questions.sort();
            ClauseTally {
                id,
                title,
                counts,
                questions,
            }
        })
        .collect();
    Group {
        set,
        shares: shares.len(),
        clauses,
    }
}

/// A count as the facilitator may see it: the number, or `None` when it is
/// below `min` and could single someone out. A `min` of 1 or 0 hides nothing.
pub fn shown(count: usize, min: usize) -> Option<usize> {
    (count >= min || min <= 1).then_some(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_counts_are_hidden_zero_included() {
        assert_eq!(shown(2, 3), None);
        assert_eq!(shown(0, 3), None);
        assert_eq!(shown(3, 3), Some(3));
        assert_eq!(shown(0, 1), Some(0));
    }
}
