//! What the shell reports back: the outcome of an effect, or a change of the window.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::model::clauses::ClauseSet;
use crate::model::history::Earlier;
use crate::model::session::Session;
use crate::model::summary::Summary;

/// Something the shell tells the app after carrying out an effect or drawing a frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Report {
    /// A clause set chosen on the welcome screen, with the new session that answers it.
    SetChosen(Box<ClauseSet>, Box<Session>),
    /// A new session was started.
    Started(Box<Session>),
    /// An earlier session was opened; true if another window has it open.
    Reopened(Box<Session>, bool),
    /// An earlier session could not be opened, and why.
    ReopenFailed(String),
    /// The sessions asked for, as far as they could be read.
    Loaded(Vec<Session>),
    /// A clause's earlier answers, newest first.
    TimelineLoaded(Vec<Earlier>),
    /// What earlier sessions said: their summaries and each clause's latest answer.
    HistoryLoaded(Vec<Summary>, BTreeMap<String, Earlier>),
    /// The session was saved.
    Saved,
    /// The session could not be saved; the message says why.
    SaveFailed(String),
    /// The printouts were written to these files, the one-page agenda first.
    Exported(Vec<PathBuf>),
    /// The printout could not be opened in a browser; the message says why.
    OpenFailed(String),
    /// A share file for the workshop was written here.
    Shared(PathBuf),
    /// The exports could not be written; the message says why.
    ExportFailed(String),
    /// The window changed size.
    Resized,
    /// A frame was drawn: what scrolls on screen can scroll this far.
    ScrollLimit(u16),
}
