//! The signing step: "Are you on board?", a name, and the date it is signed.

use jiff::Timestamp;

use super::Screen;
use super::agenda::Agenda;
use crate::app::content::{Block, Tone};
use crate::app::textbox::TextBox;
use crate::app::{App, Intent};
use crate::model::session::{Role, Stance};
use crate::sanitize;

/// The signing step's state: whose signature, the name field, and the agenda to go back to.
#[derive(Debug, Clone)]
pub struct Sign {
    /// Whose signature is being typed.
    pub role: Role,
    /// The name being typed.
    pub input: TextBox,
    /// The agenda as it was, for Esc.
    back: Agenda,
    /// Whether "sign again, with today's date?" was just asked.
    asked_again: bool,
}

impl Sign {
    /// The signing step for `role`, with the name signed before (if any) ready to edit.
    pub(super) fn open(app: &App, role: Role, back: Agenda) -> Sign {
        let name = app.session.signature(role).map(|s| s.name.clone());
        let placeholder = match role {
            Role::Patient => crate::t!("screens-sign-placeholder-patient"),
            Role::Doctor => crate::t!("screens-sign-placeholder-doctor"),
        };
        let input = TextBox::one_line(&name.unwrap_or_default(), placeholder);
        Sign {
            role,
            input,
            back,
            asked_again: false,
        }
    }

    pub(super) fn update(
        mut self: Box<Self>,
        app: &mut App,
        intent: Intent,
        now: Timestamp,
    ) -> Screen {
        let asked_again = std::mem::take(&mut self.asked_again);
        match intent {
            Intent::Sign => {
                let name = self.input.text();
                let name = name.trim();
                let signed = app.session.signature(self.role).map(|s| s.signed_at);
                if name.is_empty() {
                    app.message = Some(crate::t!("screens-sign-name-first"));
                } else if let Some(when) = signed.filter(|_| !asked_again) {
                    // A second Enter must not quietly move the date of a signature.
                    let when = crate::dates::human(when, &app.tz);
                    app.message = Some(crate::t!("screens-sign-again", when = when));
                    self.asked_again = true;
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
            Intent::Edit(key) => self.input.key(key),
            Intent::Paste(text) => self.input.paste(&sanitize::line(&text)),
            Intent::Replace(text) => self.input.replace_all(&sanitize::line(&text)),
            _ => {}
        }
        Screen::Sign(self)
    }
}

/// "Are you on board?": the counts, who has signed, and whose name to type.
pub fn content(app: &App, sign: &Sign) -> Vec<Block> {
    let mut blocks = summary(app);
    blocks.push(Block::Gap);
    blocks.push(prompt(sign));
    blocks
}

/// The counts and who has signed.
pub fn summary(app: &App) -> Vec<Block> {
    let s = &app.session;
    let count = |stance| {
        app.set
            .clauses
            .iter()
            .filter(|c| s.stance(&c.id) == stance)
            .count()
    };
    let summary = crate::t!(
        "screens-sign-summary",
        agreed = count(Some(Stance::Agree)),
        total = app.set.clauses.len(),
        disagreed = count(Some(Stance::Disagree)),
        passed = count(Some(Stance::NotNow))
    );
    let mut blocks = vec![
        Block::line(crate::t!("screens-sign-title"), Tone::Heading),
        Block::Gap,
        Block::text(summary, Tone::Plain),
        Block::Gap,
    ];
    for role in [Role::Patient, Role::Doctor] {
        let who = match role {
            Role::Patient => crate::t!("screens-sign-who-patient"),
            Role::Doctor => crate::t!("screens-sign-who-doctor"),
        };
        let state = match s.signature(role) {
            Some(sig) => {
                let when = crate::dates::human(sig.signed_at, &app.tz);
                let signed = crate::t!(
                    "screens-sign-signed-as",
                    who = who,
                    name = sig.name.as_str(),
                    when = when
                );
                if s.changed_since(sig) {
                    signed + &crate::t!("screens-changed-since")
                } else {
                    signed
                }
            }
            None => crate::t!("screens-sign-not-signed", who = who),
        };
        blocks.push(Block::hanging(state, "", "  ", Tone::Quiet));
    }
    blocks
}

/// Whose name to type: kept beside the name field however small the window.
pub fn prompt(sign: &Sign) -> Block {
    let prompt = match sign.role {
        Role::Patient => crate::t!("screens-sign-prompt-patient"),
        Role::Doctor => crate::t!("screens-sign-prompt-doctor"),
    };
    Block::text(prompt, Tone::Strong)
}
