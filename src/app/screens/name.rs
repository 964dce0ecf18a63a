//! The name for the top of the printed agenda, asked once when the reader
//! first prints and nothing names them yet; kept with the answers as the
//! participant's name. Never required: Enter on an empty field prints with a
//! line to write the name by hand.

use super::Overlay;
use crate::app::textbox::TextBox;
use crate::app::{App, Effect, Intent};
use crate::sanitize;

/// The name prompt's state: the name being typed.
#[derive(Debug, Clone)]
pub struct NamePrompt {
    /// The name field.
    pub input: TextBox,
}

impl NamePrompt {
    /// An empty name field.
    pub(super) fn open() -> NamePrompt {
        NamePrompt {
            input: TextBox::one_line("", crate::t!("screens-name-placeholder")),
        }
    }

    pub(super) fn update(mut self, app: &mut App, intent: Intent) -> Option<Overlay> {
        match intent {
            Intent::Sign => {
                let name = self.input.text();
                let name = name.trim();
                // Kept with the answers, so the next printout needs no asking.
                if !name.is_empty() && !app.read_only {
                    app.session.participant = Some(name.to_owned());
                    app.record(true);
                }
                app.typed_name = Some(name.to_owned());
                app.ask(Effect::Export);
                None
            }
            Intent::Close => None,
            Intent::Edit(key) => {
                self.input.key(key);
                Some(Overlay::Name(Box::new(self)))
            }
            Intent::Paste(text) => {
                self.input.paste(&sanitize::line(&text));
                Some(Overlay::Name(Box::new(self)))
            }
            Intent::Replace(text) => {
                self.input.replace_all(&sanitize::line(&text));
                Some(Overlay::Name(Box::new(self)))
            }
            _ => Some(Overlay::Name(Box::new(self))),
        }
    }
}

/// The prompt's title and its one line of explanation.
pub fn words() -> (String, String) {
    (
        crate::t!("screens-name-title"),
        crate::t!("screens-name-explain"),
    )
}
