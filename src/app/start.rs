//! What the app starts with: the shell gathers it all before the first frame.

use std::collections::BTreeMap;

use jiff::tz::TimeZone;

use super::History;
use super::screens::welcome::SetOffer;
use crate::model::clauses::ClauseSet;
use crate::model::history::Earlier;
use crate::model::session::{Draft, Session};

/// What the app starts with: the shell gathers it all before the first frame.
#[derive(Debug, Clone)]
pub struct Start {
    /// The agreement being walked through.
    pub set: ClauseSet,
    /// The reader's answers.
    pub session: Session,
    /// Whether this session was continued from an earlier run.
    pub resumed: bool,
    /// Things the reader should know, such as a session file set aside.
    pub notices: Vec<String>,
    /// The time zone dates are shown in.
    pub tz: TimeZone,
    /// The session is open in another accord window.
    pub open_elsewhere: bool,
    /// Earlier sessions of this clause set, counted or listed.
    pub history: History,
    /// For each clause, the reader's most recent earlier answer.
    pub last_time: BTreeMap<String, Earlier>,
    /// The built-in sets a first start offers to choose from, the one open first.
    pub sets: Vec<SetOffer>,
    /// Other people's profiles in the data folder, when none was chosen.
    pub profiles: Vec<String>,
    /// What was in the editor when accord last stopped without closing it.
    pub draft: Option<Draft>,
}

impl Start {
    /// A new session's start: not resumed, nothing to tell, no history, dates in UTC.
    pub fn new(set: ClauseSet, session: Session) -> Self {
        Self {
            set,
            session,
            resumed: false,
            notices: Vec::new(),
            tz: TimeZone::UTC,
            open_elsewhere: false,
            history: History::default(),
            last_time: BTreeMap::new(),
            sets: Vec::new(),
            profiles: Vec::new(),
            draft: None,
        }
    }
}
