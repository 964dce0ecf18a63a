//! JSON copies: data, not documents. A session is written exactly as stored;
//! the journal wraps its sessions with the clause set they answer.

use std::borrow::Cow;

use crate::model::clauses::ClauseSet;
use crate::model::session::{ClauseSetRef, Session};
use crate::store;

/// The session as stored, less its private notes unless `notes`.
pub fn session(session: &Session, notes: bool) -> String {
    String::from_utf8_lossy(&store::to_json(&shown(session, notes))).into_owned()
}

/// The journal as JSON: the sessions as stored (less their notes, if asked), in date order.
pub fn journal(sessions: &[&Session], set: &ClauseSet, notes: bool) -> String {
    let sessions: Vec<Cow<Session>> = sessions.iter().map(|s| shown(s, notes)).collect();
    let value = serde_json::json!({
        "format": "accord.journal/1",
        "clause_set": ClauseSetRef::of(set),
        "sessions": sessions,
    });
    // Plain data always serializes.
    let mut text = serde_json::to_string_pretty(&value).expect("a journal serializes");
    text.push('\n');
    text
}

/// The session itself, or a copy without notes: borrowed unless notes are left out.
fn shown(session: &Session, notes: bool) -> Cow<'_, Session> {
    if notes {
        Cow::Borrowed(session)
    } else {
        Cow::Owned(session.without_notes())
    }
}
