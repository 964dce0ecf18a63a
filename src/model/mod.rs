//! Plain data and the rules about it, with no I/O: the clause set, a
//! reader's session, the agenda built from it, and what earlier sessions said.

pub mod agenda;
pub mod clauses;
pub mod history;
pub mod id;
pub mod readability;
pub mod session;
pub mod share;
pub mod summary;
pub mod tally;
