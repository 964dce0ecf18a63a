//! The signing step: "Are you on board?", a name, and the date it is signed.

use jiff::Timestamp;
use ratatui::style::Style;
use ratatui_textarea::{CursorMove, TextArea};

use super::Screen;
use super::agenda::Agenda;
use crate::app::{App, Intent};
use crate::model::session::Role;
use crate::sanitize;

/// The signing step's state: whose signature, the name field, and the agenda to go back to.
#[derive(Debug, Clone)]
pub struct Sign {
    /// Whose signature is being typed.
    pub role: Role,
    /// The name being typed.
    pub input: TextArea<'static>,
    /// The agenda as it was, for Esc.
    back: Agenda,
}

impl Sign {
    /// The signing step for `role`, with the name signed before (if any) ready to edit.
    pub(super) fn open(app: &App, role: Role, back: Agenda) -> Sign {
        let name = app.session.signature(role).map(|s| s.name.clone());
        let mut input = TextArea::new(vec![name.unwrap_or_default()]);
        input.move_cursor(CursorMove::End);
        input.set_cursor_line_style(Style::default());
        input.set_placeholder_text(match role {
            Role::Patient => crate::t!("screens-sign-placeholder-patient"),
            Role::Doctor => crate::t!("screens-sign-placeholder-doctor"),
        });
        Sign { role, input, back }
    }

    pub(super) fn update(
        mut self: Box<Self>,
        app: &mut App,
        intent: Intent,
        now: Timestamp,
    ) -> Screen {
        match intent {
            Intent::Sign => {
                let name = self.input.lines().join(" ");
                let name = name.trim();
                if name.is_empty() {
                    app.message = Some(crate::t!("screens-sign-name-first"));
                } else {
                    app.session.sign(self.role, name, now);
                    app.message = Some(match self.role {
                        Role::Patient => crate::t!("screens-sign-signed-patient", name = name),
                        Role::Doctor => crate::t!("screens-sign-signed-doctor", name = name),
                    });
                    app.record(true);
                }
            }
            Intent::SwitchRole => {
                let role = match self.role {
                    Role::Patient => Role::Doctor,
                    Role::Doctor => Role::Patient,
                };
                return Screen::Sign(Box::new(Sign::open(app, role, self.back)));
            }
            Intent::Close => return Screen::Agenda(self.back),
            Intent::Edit(input) => {
                self.input.input(input);
            }
            Intent::Paste(text) => {
                self.input.insert_str(sanitize::line(&text));
            }
            _ => {}
        }
        Screen::Sign(self)
    }
}
