//! The appointment agenda: every question, and every clause marked "not on
//! board", in the reader's order, with up to three starred "ask first".

use jiff::Timestamp;

use crate::model::clauses::ClauseSet;
use crate::model::session::{Session, Stance};

/// How many items may be starred "ask first" (question-list guides advise three).
pub const MAX_STARRED: usize = 3;

/// What happened when the reader pressed the star key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Star {
    /// The item is now starred.
    Starred,
    /// The star was taken off.
    Unstarred,
    /// Three items are starred already; nothing changed.
    Full,
}

/// Whether a clause belongs on the agenda: it has a question, or the reader is not on board.
fn qualifies(session: &Session, clause_id: &str) -> bool {
    session
        .response(clause_id)
        .is_some_and(|r| r.question.is_some() || r.stance == Some(Stance::Disagree))
}

/// Whether the clause is starred "ask first".
pub fn is_starred(session: &Session, clause_id: &str) -> bool {
    session.agenda.starred.iter().any(|s| s == clause_id)
}

/// The agenda as clause indexes: starred items first, each group in the reader's order.
pub fn items(session: &Session, set: &ClauseSet) -> Vec<usize> {
    // The order is hand-editable: an item listed twice is shown once, where it first appears.
    let mut seen = vec![false; set.clauses.len()];
    let mut ordered: Vec<usize> = session
        .agenda
        .order
        .iter()
        .filter_map(|id| set.index_of(id))
        .filter(|&i| qualifies(session, &set.clauses[i].id))
        .filter(|&i| !std::mem::replace(&mut seen[i], true))
        .collect();
    let rest: Vec<usize> = (0..set.clauses.len())
        .filter(|i| !ordered.contains(i) && qualifies(session, &set.clauses[*i].id))
        .collect();
    ordered.extend(rest);
    let (mut starred, unstarred): (Vec<usize>, Vec<usize>) = ordered
        .into_iter()
        .partition(|&i| is_starred(session, &set.clauses[i].id));
    starred.extend(unstarred);
    starred
}

/// Moves the item at `position` one place up or down within its group; returns its new position.
pub fn move_item(
    session: &mut Session,
    set: &ClauseSet,
    position: usize,
    up: bool,
    now: Timestamp,
) -> Option<usize> {
    let mut list = items(session, set);
    let target = if up {
        position.checked_sub(1)?
    } else {
        position + 1
    };
    let (&a, &b) = (list.get(position)?, list.get(target)?);
    // Starred items stay above the rest: unstar one to move it down among them.
    if is_starred(session, &set.clauses[a].id) != is_starred(session, &set.clauses[b].id) {
        return None;
    }
    list.swap(position, target);
    session.agenda.order = list.iter().map(|&i| set.clauses[i].id.clone()).collect();
    session.updated_at = now;
    Some(target)
}

/// Stars or unstars the item at `position`; returns what happened and where the item is now.
pub fn toggle_star(
    session: &mut Session,
    set: &ClauseSet,
    position: usize,
    now: Timestamp,
) -> Option<(Star, usize)> {
    let mut list = items(session, set);
    let clause = *list.get(position)?;
    let id = set.clauses[clause].id.clone();
    let starred_now = list
        .iter()
        .filter(|&&i| is_starred(session, &set.clauses[i].id))
        .count();
    // The item lands at the boundary: last of the starred, or first of the rest.
    let (outcome, landing) = if is_starred(session, &id) {
        session.agenda.starred.retain(|s| *s != id);
        (Star::Unstarred, starred_now - 1)
    } else if starred_now >= MAX_STARRED {
        return Some((Star::Full, position));
    } else {
        // Stars on items that left the agenda would otherwise linger in the file.
        let mut kept: Vec<String> = session
            .agenda
            .starred
            .iter()
            .filter(|s| qualifies(session, s))
            .cloned()
            .collect();
        kept.push(id);
        session.agenda.starred = kept;
        (Star::Starred, starred_now)
    };
    list.remove(position);
    list.insert(landing, clause);
    session.agenda.order = list.iter().map(|&i| set.clauses[i].id.clone()).collect();
    session.updated_at = now;
    Some((outcome, landing))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::clauses;
    use crate::model::session::TextField;

    fn now() -> Timestamp {
        Timestamp::from_second(1_790_000_000).expect("time")
    }

    /// A session with questions on clauses 2, 4 and 6, and clause 5 not on board.
    fn session() -> (Session, ClauseSet) {
        let set = clauses::default_set();
        let mut s = Session::new("a".into(), &set, now());
        for i in [1, 3, 5] {
            s.set_text(&set.clauses[i].id, TextField::Question, "Why?", now());
        }
        s.set_stance(&set.clauses[4].id, Some(Stance::Disagree), now());
        s.set_stance(&set.clauses[0].id, Some(Stance::Agree), now());
        (s, set)
    }

    #[test]
    fn an_item_listed_twice_by_hand_is_shown_and_starred_once() {
        let set = clauses::default_set();
        let mut s = Session::new("a".into(), &set, now());
        for i in 0..5 {
            s.set_text(&set.clauses[i].id, TextField::Question, "Why?", now());
        }
        let (a, b) = (set.clauses[1].id.clone(), set.clauses[3].id.clone());
        s.agenda.order = vec![b.clone(), a.clone(), b.clone(), a.clone(), b.clone()];
        s.agenda.starred = vec![b.clone(), b.clone(), b.clone()];
        let list = items(&s, &set);
        assert_eq!(list.len(), 5, "{list:?}");
        assert_eq!(list[..2], [3, 1]);
        assert_eq!(
            toggle_star(&mut s, &set, 1, now()),
            Some((Star::Starred, 1))
        );
        assert_eq!(
            toggle_star(&mut s, &set, 2, now()),
            Some((Star::Starred, 2))
        );
        assert_eq!(
            toggle_star(&mut s, &set, 3, now()),
            Some((Star::Full, 3)),
            "b's three stars in the file count once"
        );
    }

    #[test]
    fn questions_and_disagreements_in_clause_order() {
        let (s, set) = session();
        assert_eq!(items(&s, &set), [1, 3, 4, 5]);
    }

    #[test]
    fn moving_reorders_and_stays_in_bounds() {
        let (mut s, set) = session();
        assert_eq!(move_item(&mut s, &set, 3, true, now()), Some(2));
        assert_eq!(items(&s, &set), [1, 3, 5, 4]);
        assert_eq!(move_item(&mut s, &set, 0, true, now()), None);
        assert_eq!(move_item(&mut s, &set, 3, false, now()), None);
        assert_eq!(s.agenda.order.len(), 4);
    }

    #[test]
    fn stars_go_first_and_stop_at_three() {
        let (mut s, set) = session();
        assert_eq!(
            toggle_star(&mut s, &set, 2, now()),
            Some((Star::Starred, 0))
        );
        assert_eq!(items(&s, &set), [4, 1, 3, 5]);
        assert_eq!(
            toggle_star(&mut s, &set, 3, now()),
            Some((Star::Starred, 1))
        );
        assert_eq!(
            toggle_star(&mut s, &set, 3, now()),
            Some((Star::Starred, 2))
        );
        assert_eq!(toggle_star(&mut s, &set, 3, now()), Some((Star::Full, 3)));
        assert_eq!(s.agenda.starred.len(), 3);
        // A starred item cannot sink below an unstarred one.
        assert_eq!(move_item(&mut s, &set, 2, false, now()), None);
        assert_eq!(
            toggle_star(&mut s, &set, 0, now()),
            Some((Star::Unstarred, 2))
        );
    }

    #[test]
    fn an_item_that_stops_qualifying_leaves_the_agenda() {
        let (mut s, set) = session();
        toggle_star(&mut s, &set, 0, now());
        s.set_text(&set.clauses[1].id, TextField::Question, "", now());
        assert_eq!(items(&s, &set), [3, 4, 5]);
        // Its old star no longer counts against the three.
        for _ in 0..3 {
            let last = items(&s, &set).len() - 1;
            toggle_star(&mut s, &set, last, now());
        }
        assert_eq!(
            items(&s, &set)
                .iter()
                .filter(|&&i| is_starred(&s, &set.clauses[i].id))
                .count(),
            3
        );
    }
}
