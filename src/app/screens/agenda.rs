//! The appointment agenda: what to ask, in the reader's order, then notes and
//! unanswered clauses; ordering, stars and the doctor's answers.

use std::ops::Range;
use std::path::PathBuf;

use jiff::Timestamp;

use super::clause::Clause;
use super::editor::Editor;
use super::help::Help;
use super::list::List;
use super::name::NamePrompt;
use super::sign::Sign;
use super::{Overlay, Screen};
use crate::app::content::{self, Block, Tone, excerpt, piece};
use crate::app::{App, Effect, Intent};
use crate::dates;
use crate::model::agenda::{self, MAX_STARRED, Star, is_starred};
use crate::model::session::{AnswerStatus, Role, Stance, TextField};

/// What an agenda-screen line is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// A question for the doctor, or a clause the reader is not on board with.
    Agenda,
    /// A private note.
    Note,
    /// A clause without a stance yet.
    Unanswered,
}

/// One selectable line of the agenda screen; `Enter` goes to its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// What the line shows.
    pub kind: EntryKind,
    /// The clause it belongs to.
    pub clause: usize,
}

/// The agenda screen's selectable lines: the agenda, then notes, then unanswered clauses.
pub fn entries(app: &App) -> Vec<Entry> {
    let s = &app.session;
    let entry = |kind| move |clause| Entry { kind, clause };
    let mut entries: Vec<Entry> = agenda::items(s, &app.set)
        .into_iter()
        .map(entry(EntryKind::Agenda))
        .collect();
    let clauses = &app.set.clauses;
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

/// Whether the session already names the reader for the printed agenda.
fn names_the_reader(app: &App) -> bool {
    crate::printouts::agenda::name(&app.session, None).is_some()
}

/// The agenda screen's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agenda {
    /// The highlighted line.
    pub selected: usize,
    /// The clause screen as it was (scrolled as the reader left it), for going back.
    back: Clause,
    /// Whether the reader has moved the highlight here: until then Enter, pressed
    /// to keep advancing, stays on the agenda instead of jumping back to a clause.
    chose: bool,
    /// The printouts `e` made, the one-page agenda first: kept in view until the reader moves on.
    pub printed: Vec<PathBuf>,
}

impl Agenda {
    /// The agenda, opened from the clause screen `back`.
    pub(super) fn new(back: Clause) -> Agenda {
        Agenda {
            selected: 0,
            back,
            chose: false,
            printed: Vec::new(),
        }
    }

    /// The highlighted line, if it is an agenda item (not a note or an unanswered clause).
    fn item(&self, app: &App) -> Option<Entry> {
        entries(app)
            .get(self.selected)
            .copied()
            .filter(|e| e.kind == EntryKind::Agenda)
    }

    /// Ordering, stars and the doctor's answers are for agenda items only.
    pub(super) fn offers(&self, app: &App, intent: &Intent) -> bool {
        match intent {
            Intent::MoveUp
            | Intent::MoveDown
            | Intent::Star
            | Intent::EditAnswer
            | Intent::CycleStatus => self.item(app).is_some(),
            Intent::OpenPrintout => !self.printed.is_empty(),
            _ => true,
        }
    }

    pub(super) fn update(mut self, app: &mut App, intent: Intent, now: Timestamp) -> Screen {
        let all = entries(app);
        let selected = all.get(self.selected).copied();
        let item = self.item(app);
        // Working on a line (moving to it, moving it, starring it) is choosing it.
        if matches!(
            intent,
            Intent::Up | Intent::Down | Intent::MoveUp | Intent::MoveDown | Intent::Star
        ) {
            self.chose = true;
        }
        // Moving on lets the printouts' paths go: they are printed again on quitting.
        let leaves = matches!(intent, Intent::Next | Intent::Prev)
            || (intent == Intent::Select && self.chose);
        if leaves {
            self.printed.clear();
        }
        match intent {
            Intent::Up => self.selected = self.selected.saturating_sub(1),
            Intent::Down if self.selected + 1 < all.len() => self.selected += 1,
            Intent::MoveUp | Intent::MoveDown if item.is_some() => {
                let up = intent == Intent::MoveUp;
                let moved = agenda::move_item(&mut app.session, &app.set, self.selected, up, now);
                if let Some(to) = moved {
                    self.selected = to;
                    app.record(true);
                }
            }
            Intent::Star if item.is_some() => {
                let starred = agenda::toggle_star(&mut app.session, &app.set, self.selected, now);
                if let Some((outcome, to)) = starred {
                    self.selected = to;
                    if outcome == Star::Full {
                        app.message =
                            Some(crate::t!("screens-agenda-stars-full", count = MAX_STARRED));
                    }
                    app.record(outcome != Star::Full);
                }
            }
            Intent::EditAnswer => {
                if let Some(entry) = item {
                    app.overlay = Some(Editor::open(app, TextField::Answer, entry.clause));
                }
            }
            Intent::CycleStatus => {
                if let Some(entry) = item {
                    let id = app.set.clauses[entry.clause].id.clone();
                    app.session.cycle_answer_status(&id, now);
                    app.record(true);
                }
            }
            Intent::Select if !self.chose => {
                app.message = Some(crate::t!("screens-agenda-enter-hint"));
            }
            Intent::Select => {
                if let Some(entry) = selected {
                    app.go_to(entry.clause, now);
                    return Screen::Clause(Clause::default());
                }
            }
            // Asked once, and only when nothing names the reader: never required.
            Intent::Export if app.typed_name.is_none() && !names_the_reader(app) => {
                app.overlay = Some(Overlay::Name(Box::new(NamePrompt::open())));
            }
            Intent::Export => app.ask(Effect::Export),
            Intent::OpenShare => app.overlay = Some(Overlay::Share(Default::default())),
            Intent::OpenPrintout => match self.printed.first() {
                Some(path) => app.ask(Effect::OpenPrintout(path.clone())),
                None => app.message = Some(crate::t!("screens-agenda-print-first")),
            },
            Intent::Next => return Screen::Sign(Box::new(Sign::open(app, Role::Patient, self))),
            Intent::Prev => return Screen::Clause(self.back),
            Intent::OpenList => {
                app.overlay = Some(Overlay::List(List {
                    selected: app.current,
                }))
            }
            Intent::Help => app.overlay = Some(Overlay::Help(Help::default())),
            Intent::MoveUp | Intent::MoveDown | Intent::Star => {
                app.message = Some(crate::t!("screens-agenda-items-only"));
            }
            _ => {}
        }
        Screen::Agenda(self)
    }
}

/// The agenda screen's content, and which blocks belong to the highlighted line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaContent {
    /// Everything on the screen, top to bottom.
    pub blocks: Vec<Block>,
    /// The blocks of the highlighted line, to keep in view.
    pub selected: Range<usize>,
}

/// The counts, the signatures, then each line: the agenda, notes, unanswered clauses.
pub fn content(app: &App, agenda: &Agenda) -> AgendaContent {
    let set = &app.set;
    let s = &app.session;
    let count = |stance| {
        set.clauses
            .iter()
            .filter(|c| s.stance(&c.id) == stance)
            .count()
    };
    let mut blocks = vec![
        Block::line(crate::t!("screens-agenda-title"), Tone::Heading),
        Block::Line(vec![
            piece(
                crate::t!("screens-agenda-agreed", count = count(Some(Stance::Agree))),
                Tone::Agree,
            ),
            piece("   ", Tone::Plain),
            piece(
                crate::t!(
                    "screens-agenda-disagreed",
                    count = count(Some(Stance::Disagree))
                ),
                Tone::Disagree,
            ),
            piece("   ", Tone::Plain),
            piece(
                crate::t!(
                    "screens-agenda-not-now",
                    count = count(Some(Stance::NotNow))
                ),
                Tone::Quiet,
            ),
            piece("   ", Tone::Plain),
            piece(
                crate::t!("screens-agenda-unanswered", count = count(None)),
                Tone::Plain,
            ),
        ]),
    ];
    if s.signatures.is_empty() {
        blocks.push(Block::line(
            crate::t!("screens-agenda-not-signed"),
            Tone::Quiet,
        ));
    }
    for sig in &s.signatures {
        let when = dates::human(sig.signed_at, &app.tz);
        let name = sig.name.as_str();
        let signed = match sig.role {
            Role::Patient => crate::t!("screens-agenda-signed-patient", name = name, when = when),
            Role::Doctor => crate::t!("screens-agenda-signed-doctor", name = name, when = when),
        };
        let mut pieces = vec![piece(signed, Tone::Plain)];
        if s.changed_since(sig) {
            pieces.push(piece(crate::t!("screens-changed-since"), Tone::Warning));
        }
        blocks.push(Block::Line(pieces));
    }
    let all = entries(app);
    if !all.iter().any(|e| e.kind == EntryKind::Agenda) {
        blocks.push(Block::Gap);
        blocks.push(Block::text(crate::t!("screens-agenda-empty"), Tone::Quiet));
    }
    let number_width = set.clauses.len().to_string().len();
    let mut selected = 0..0;
    let mut section = None;
    for (n, entry) in all.iter().enumerate() {
        let clause = &set.clauses[entry.clause];
        let starred = entry.kind == EntryKind::Agenda && is_starred(s, &clause.id);
        let heading = match entry.kind {
            EntryKind::Agenda if starred => crate::t!("screens-agenda-ask-first"),
            EntryKind::Agenda => crate::t!("screens-agenda-to-ask"),
            EntryKind::Note => crate::t!("screens-agenda-notes"),
            EntryKind::Unanswered => crate::t!("screens-agenda-unanswered-heading"),
        };
        if section.as_ref() != Some(&heading) {
            blocks.push(Block::Gap);
            blocks.push(Block::line(heading.clone(), Tone::Strong));
            section = Some(heading);
        }
        let is_selected = n == agenda.selected;
        let start = blocks.len();
        let marker = if is_selected { "›" } else { " " };
        let star = if starred { "★" } else { " " };
        // Only the agenda is numbered, by its order; every line names its clause's number.
        let number = match entry.kind {
            EntryKind::Agenda => format!("{marker}{star}{:>number_width$}. ", n + 1),
            _ => format!("{marker} {:>number_width$}  ", ""),
        };
        let indent = " ".repeat(number.chars().count());
        let title_tone = if is_selected {
            Tone::Selected
        } else {
            Tone::Strong
        };
        let title = crate::t!(
            "screens-agenda-entry",
            title = clause.title.as_str(),
            number = entry.clause + 1
        );
        blocks.push(Block::hanging(title, &number, &indent, title_tone));
        let mut detail = |text: &str, tone| {
            let (shown, more) = excerpt(text);
            blocks.push(Block::hanging(shown, &indent, &indent, tone));
            if more {
                let more = crate::t!("screens-agenda-more");
                blocks.push(Block::line(format!("{indent}{more}"), Tone::Quiet));
            }
        };
        if s.clause_changed(clause) {
            detail(&crate::t!("screens-agenda-changed"), Tone::Warning);
        }
        match entry.kind {
            EntryKind::Agenda => {
                if let Some(q) = s.text(&clause.id, TextField::Question) {
                    detail(&format!("? {q}"), Tone::Plain);
                }
                if s.stance(&clause.id) == Some(Stance::Disagree) {
                    detail(&crate::t!("screens-agenda-not-on-board"), Tone::Disagree);
                }
                let response = s.response(&clause.id);
                if let Some(answer) = response.and_then(|r| r.answer.as_deref()) {
                    let said = crate::t!("screens-doctor-said");
                    detail(&format!("{said}{answer}"), Tone::Quiet);
                }
                match response.and_then(|r| r.answer_status) {
                    Some(AnswerStatus::Answered) => {
                        detail(&crate::t!("screens-agenda-answered"), Tone::Agree)
                    }
                    Some(AnswerStatus::FollowUp) => {
                        detail(&crate::t!("screens-agenda-follow-up"), Tone::Warning)
                    }
                    None => {}
                }
            }
            EntryKind::Note => {
                if let Some(note) = s.text(&clause.id, TextField::Note) {
                    detail(note, Tone::Plain);
                }
            }
            EntryKind::Unanswered => {}
        }
        if is_selected {
            selected = start..blocks.len();
        }
    }
    let orphans = s.orphans(set);
    if !orphans.is_empty() {
        blocks.push(Block::Gap);
        blocks.push(Block::line(
            crate::t!("screens-agenda-orphans"),
            Tone::Strong,
        ));
        for (id, response) in orphans {
            let text = format!("{id} · {}", content::answer_line(response));
            blocks.push(Block::hanging(text, "   ", "     ", Tone::Quiet));
        }
    }
    AgendaContent { blocks, selected }
}
