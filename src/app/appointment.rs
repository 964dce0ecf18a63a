//! The appointment agenda and the signing step: ordering, stars, the
//! doctor's answers, and "Are you on board?".

use jiff::Timestamp;
use ratatui::style::Style;
use ratatui_textarea::TextArea;

use super::Intent;
use super::{App, Entry, EntryKind, Overlay, Screen, Signing};
use crate::model::agenda::{self, MAX_STARRED, Star};
use crate::model::session::{Role, TextField};
use crate::sanitize;

impl App {
    /// The agenda screen's selectable lines: the agenda, then notes, then unanswered clauses.
    pub fn agenda_entries(&self) -> Vec<Entry> {
        let s = &self.session;
        let entry = |kind| move |clause| Entry { kind, clause };
        let mut entries: Vec<Entry> = agenda::items(s, &self.set)
            .into_iter()
            .map(entry(EntryKind::Agenda))
            .collect();
        let clauses = &self.set.clauses;
        entries.extend(
            (0..clauses.len())
                .filter(|&i| s.text(&clauses[i].id, TextField::Note).is_some())
                .map(entry(EntryKind::Note)),
        );
        entries.extend(
            (0..clauses.len())
                .filter(|&i| s.stance(&clauses[i].id).is_none())
                .map(entry(EntryKind::Unanswered)),
        );
        entries
    }

    pub(super) fn agenda_action(&mut self, action: Intent, now: Timestamp) -> bool {
        let entries = self.agenda_entries();
        let selected = entries.get(self.agenda_selected).copied();
        // Ordering, stars and answers apply to agenda items only, not to notes or unanswered lines.
        let item = selected.filter(|e| e.kind == EntryKind::Agenda);
        match action {
            Intent::Up => self.agenda_selected = self.agenda_selected.saturating_sub(1),
            Intent::Down if self.agenda_selected + 1 < entries.len() => self.agenda_selected += 1,
            Intent::MoveUp | Intent::MoveDown if item.is_some() => {
                let up = action == Intent::MoveUp;
                let moved =
                    agenda::move_item(&mut self.session, &self.set, self.agenda_selected, up, now);
                if let Some(to) = moved {
                    self.agenda_selected = to;
                    return true;
                }
            }
            Intent::Star if item.is_some() => {
                let starred =
                    agenda::toggle_star(&mut self.session, &self.set, self.agenda_selected, now);
                if let Some((outcome, to)) = starred {
                    self.agenda_selected = to;
                    if outcome == Star::Full {
                        self.message = Some(format!(
                            "You can star up to {MAX_STARRED} questions to ask first. \
                             Press * on a starred one to take its star off."
                        ));
                    }
                    return outcome != Star::Full;
                }
            }
            Intent::EditAnswer => {
                if let Some(entry) = item {
                    self.open_editor(TextField::Answer, entry.clause);
                }
            }
            Intent::CycleStatus => {
                if let Some(entry) = item {
                    let id = self.set.clauses[entry.clause].id.clone();
                    self.session.cycle_answer_status(&id, now);
                    return true;
                }
            }
            Intent::Select => {
                if let Some(entry) = selected {
                    self.screen = Screen::Clause;
                    return self.go_to(entry.clause, now);
                }
            }
            Intent::Next => self.open_signing(Role::Patient),
            Intent::Prev => self.screen = Screen::Clause,
            Intent::OpenList => {
                self.overlay = Some(Overlay::List {
                    selected: self.current,
                })
            }
            Intent::Help => self.overlay = Some(Overlay::Help { scroll: 0 }),
            Intent::MoveUp | Intent::MoveDown | Intent::Star => {
                self.message = Some(
                    "Only questions and \"not on board\" items can be ordered or starred.".into(),
                );
            }
            _ => {}
        }
        false
    }

    pub(super) fn sign_action(&mut self, action: Intent, now: Timestamp) -> bool {
        match action {
            Intent::Sign => {
                let name = self.signing.input.lines().join(" ");
                let name = name.trim();
                if name.is_empty() {
                    self.message = Some("Type a name first, then press Enter.".into());
                    return false;
                }
                self.session.sign(self.signing.role, name, now);
                self.message = Some(match self.signing.role {
                    Role::Patient => format!(
                        "Signed by {name}. Nothing is locked: you can still change any answer. \
                         Press Tab if your doctor signs too."
                    ),
                    Role::Doctor => format!("Signed by {name} too."),
                });
                return true;
            }
            Intent::SwitchRole => self.open_signing(match self.signing.role {
                Role::Patient => Role::Doctor,
                Role::Doctor => Role::Patient,
            }),
            Intent::Close => self.screen = Screen::Agenda,
            Intent::Edit(input) => {
                self.signing.input.input(input);
            }
            Intent::Paste(text) => {
                self.signing.input.insert_str(sanitize::line(&text));
            }
            _ => {}
        }
        false
    }

    pub(super) fn open_agenda(&mut self) {
        self.screen = Screen::Agenda;
        self.agenda_selected = 0;
    }

    pub(super) fn open_signing(&mut self, role: Role) {
        let name = self.session.signature(role).map(|s| s.name.clone());
        let mut input = TextArea::new(vec![name.unwrap_or_default()]);
        input.move_cursor(ratatui_textarea::CursorMove::End);
        input.set_cursor_line_style(Style::default());
        input.set_placeholder_text(match role {
            Role::Patient => "Your name",
            Role::Doctor => "Your doctor's name",
        });
        self.signing = Signing { role, input };
        self.screen = Screen::Sign;
    }
}
