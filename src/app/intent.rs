//! What the reader meant: one value per thing a key (or a paste) asks for.
//!
//! Intents carry no session, history or file types: those come back from the
//! shell as [`Report`](super::report::Report)s.

/// Something the reader asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum Intent {
    /// Leave the welcome screen for the clauses.
    Begin,
    /// Start a new session instead of continuing the last one.
    StartNew,
    /// Go back to the highlighted earlier session, to carry on answering it.
    Reopen,
    /// Look back at earlier sessions.
    OpenLookBack,
    /// Mark or unmark the highlighted session for comparison.
    Mark,
    /// Compare the highlighted session with the marked one (or with this one).
    Compare,
    /// Every earlier answer to this clause.
    Timeline,
    /// Agree with the clause, or clear the agreement.
    Agree,
    /// Mark "not on board", or clear it.
    Disagree,
    /// Pass on the clause for now, or clear the pass.
    NotNow,
    /// Write or edit the question for the doctor.
    EditQuestion,
    /// Write or edit the private note.
    EditNote,
    /// The next clause, or the summary after the last.
    Next,
    /// The previous clause (from the summary: back to the clauses).
    Prev,
    /// The list of all clauses.
    OpenList,
    /// The agenda and summary screen.
    OpenAgenda,
    /// The help overlay.
    Help,
    /// Move up (scroll, or select the line above).
    Up,
    /// Move down.
    Down,
    /// Scroll up a page.
    PageUp,
    /// Scroll down a page.
    PageDown,
    /// Go to the selected line.
    Select,
    /// Close an overlay; in the editor, keep the text and close.
    Close,
    /// Leave accord, keeping everything.
    Quit,
    /// Ask "Leave accord?" before quitting.
    AskQuit,
    /// A key for the text editor.
    Edit(EditKey),
    /// Undo in the editor.
    Undo,
    /// Redo in the editor.
    Redo,
    /// Text pasted from the clipboard.
    Paste(String),
    /// Text typed whole, replacing what the editor or name field held (the line-mode shell).
    Replace(String),
    /// Move the highlighted agenda item up.
    MoveUp,
    /// Move the highlighted agenda item down.
    MoveDown,
    /// Star or unstar the highlighted agenda item "ask first".
    Star,
    /// Write down what the doctor said about the highlighted item.
    EditAnswer,
    /// Mark the highlighted item answered, follow up, or neither.
    CycleStatus,
    /// Write printable copies of the agenda.
    Export,
    /// Open the page that shows what a share file for the workshop will hold.
    OpenShare,
    /// Write the share file with the reader's questions.
    ShareWithQuestions,
    /// Write the share file with stances only.
    ShareStancesOnly,
    /// Open the printout just made in the default web browser.
    OpenPrintout,
    /// On the signing step: sign with the name typed.
    Sign,
    /// On the signing step: switch between the reader's and the doctor's signature.
    SwitchRole,
}

/// A key for a text field, as the fields read it: what was pressed, and with which modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EditKey {
    /// The key.
    pub code: EditCode,
    /// Whether Ctrl was held.
    pub ctrl: bool,
    /// Whether Alt was held.
    pub alt: bool,
}

/// The keys a text field knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditCode {
    /// A character.
    Char(char),
    /// Enter.
    Enter,
    /// Tab.
    Tab,
    /// Backspace.
    Backspace,
    /// Delete.
    Delete,
    /// Left arrow.
    Left,
    /// Right arrow.
    Right,
    /// Up arrow.
    Up,
    /// Down arrow.
    Down,
    /// Home.
    Home,
    /// End.
    End,
    /// Page Up.
    PageUp,
    /// Page Down.
    PageDown,
    /// Any other key: it does nothing in a field.
    Other,
}

impl EditKey {
    /// The key with no modifier held.
    pub const fn plain(code: EditCode) -> Self {
        EditKey {
            code,
            ctrl: false,
            alt: false,
        }
    }
}
