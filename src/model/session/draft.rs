//! A note or question still being typed, kept apart from the answers until
//! the reader closes the editor.

use serde::{Deserialize, Serialize};

use super::TextField;

/// What was in the editor when it was last kept: which text of which clause, and the words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// The clause's id.
    pub clause: String,
    /// Which of its texts was being written.
    pub field: TextField,
    /// The words so far.
    pub text: String,
}
