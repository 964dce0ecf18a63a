//! What the shell must do after an update.

/// Something for the shell to carry out; most come back as a [`Report`](super::report::Report).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the session to disk.
    Save,
    /// Write the one-page agenda and the full record, without notes, to the printouts folder.
    Export,
    /// Write an anonymous share file for a workshop to the exports folder.
    Share {
        /// Whether the reader's questions go in it.
        questions: bool,
    },
    /// Open this printout in the default web browser.
    OpenPrintout(std::path::PathBuf),
    /// Replace the session with a new, empty one.
    StartNew,
    /// Replace the session with this earlier one, to carry on answering it.
    Reopen(String),
    /// Read what earlier sessions said about the session now open.
    LoadHistory,
    /// Read these sessions (for a review or a comparison) and report them back.
    Load(Vec<String>),
    /// Read every earlier answer to this clause id and report them back.
    LoadTimeline(String),
    /// Begin with the built-in clause set that has this id instead, in a new session.
    UseSet(String),
    /// Leave accord.
    Quit,
}
