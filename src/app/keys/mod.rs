//! The one key table: for each mode, the keys, how they are written, what
//! they do (in words and as an [`Intent`]), and whether they change answers.
//!
//! The handler, read-only mode, the footer and the help overlay all read the
//! same rows, so they cannot disagree.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::Msg;
use super::intent::{EditCode, EditKey, Intent};
use super::report::Report;

mod table;

use table::{
    AGENDA, CLAUSE, EDITOR, HELP, LEAVE, LIST, LOOK_BACK, NAME, REVIEW, SHARE, SIGN, TIMELINE,
    WELCOME,
};

/// Which set of keys is live: the screen, or the overlay on top of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The welcome screen.
    Welcome,
    /// A clause.
    Clause,
    /// Writing a question or note.
    Editor,
    /// The list of clauses.
    List,
    /// The help overlay.
    Help,
    /// The appointment agenda after the last clause.
    Agenda,
    /// Signing: "Are you on board?"
    Sign,
    /// The list of sessions to look back at.
    LookBack,
    /// Reading one session, or a comparison of two.
    Review,
    /// A clause's earlier answers, over the clause.
    Timeline,
    /// What a share file will hold, before it is written.
    Share,
    /// "Leave accord?", asked after Esc.
    Leave,
    /// Typing a name for the printed agenda.
    Name,
}

impl Mode {
    /// Every mode, for tests and tables that cover them all.
    pub const ALL: [Mode; 13] = [
        Mode::Welcome,
        Mode::Clause,
        Mode::Editor,
        Mode::List,
        Mode::Help,
        Mode::Agenda,
        Mode::Sign,
        Mode::LookBack,
        Mode::Review,
        Mode::Timeline,
        Mode::Share,
        Mode::Leave,
        Mode::Name,
    ];
}

/// A key as bindings name it: a code, with or without Ctrl or Shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    code: KeyCode,
    ctrl: bool,
    shift: bool,
}

const fn key(code: KeyCode) -> Key {
    Key {
        code,
        ctrl: false,
        shift: false,
    }
}

const fn shift(code: KeyCode) -> Key {
    Key {
        code,
        ctrl: false,
        shift: true,
    }
}

const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
        shift: false,
    }
}

impl Key {
    fn matches(&self, event: &KeyEvent) -> bool {
        // A character already says whether Shift was held ('K' or 'k').
        let shift_matches = matches!(self.code, KeyCode::Char(_))
            || self.shift == event.modifiers.contains(KeyModifiers::SHIFT);
        self.code == event.code
            && self.ctrl == event.modifiers.contains(KeyModifiers::CONTROL)
            && shift_matches
    }
}

/// One row of a key table: the keys, how they are shown, what they do.
#[derive(Debug)]
pub struct Binding {
    /// Keys that trigger the intent.
    pub keys: &'static [Key],
    /// How the keys are written on screen.
    pub label: &'static str,
    /// The words table's key for what the keys do, in a few words.
    help: &'static str,
    /// Whether the footer shows it (the help overlay shows every row).
    pub footer: bool,
    /// Whether it changes the reader's answers, so a read-only window refuses it.
    pub changes_answers: bool,
    /// The intent sent.
    pub intent: Intent,
}

impl Binding {
    /// What the keys do, in the reader's language.
    pub fn help(&self) -> String {
        crate::i18n::message(self.help, &[])
    }

    /// The binding as the footer and help show it.
    pub fn offer(&self) -> super::content::Offer {
        super::content::Offer {
            label: spoken(self.label),
            help: self.help(),
        }
    }

    /// The words table's key for [`Binding::help`], for the test that every one exists.
    pub fn help_key(&self) -> &'static str {
        self.help
    }

    /// This binding, left out of the footer (the help overlay still lists it).
    const fn quiet(mut self) -> Self {
        self.footer = false;
        self
    }

    /// This binding, marked as changing the reader's answers.
    const fn changing(mut self) -> Self {
        self.changes_answers = true;
        self
    }
}

/// A binding's label with each named key in the reader's language ("Enter" is "Intro" in Spanish).
fn spoken(label: &str) -> String {
    let parts: Vec<String> = label.split('/').map(spoken_key).collect();
    parts.join("/")
}

fn spoken_key(key: &str) -> String {
    match key {
        "Enter" => crate::t!("key-enter"),
        "Esc" => crate::t!("key-escape"),
        "Tab" => crate::t!("key-tab"),
        "Space" => crate::t!("key-space"),
        "PgUp" => crate::t!("key-page-up"),
        "PgDn" => crate::t!("key-page-down"),
        _ => match key.strip_prefix("Ctrl-") {
            Some(letter) => crate::t!("key-ctrl", key = letter),
            None => key.to_owned(),
        },
    }
}

const fn bind(
    keys: &'static [Key],
    label: &'static str,
    help: &'static str,
    intent: Intent,
) -> Binding {
    Binding {
        keys,
        label,
        help,
        footer: true,
        changes_answers: false,
        intent,
    }
}

/// The keys live in a mode, in the order the footer and help show them.
pub fn bindings(mode: Mode) -> &'static [Binding] {
    match mode {
        Mode::Welcome => &WELCOME,
        Mode::Clause => &CLAUSE,
        Mode::Editor => &EDITOR,
        Mode::List => &LIST,
        Mode::Help => &HELP,
        Mode::Agenda => &AGENDA,
        Mode::Sign => &SIGN,
        Mode::LookBack => &LOOK_BACK,
        Mode::Review => &REVIEW,
        Mode::Timeline => &TIMELINE,
        Mode::Share => &SHARE,
        Mode::Leave => &LEAVE,
        Mode::Name => &NAME,
    }
}

/// Whether `intent` changes the reader's answers in `mode`, as its binding says.
pub fn changes_answers(mode: Mode, intent: &Intent) -> bool {
    bindings(mode)
        .iter()
        .any(|b| b.changes_answers && b.intent == *intent)
}

/// What a terminal event means in `mode`, if anything.
pub fn from_event(event: Event, mode: Mode) -> Option<Msg> {
    match event {
        Event::Key(k) if k.kind != KeyEventKind::Release => from_key(k, mode).map(Msg::Intent),
        Event::Paste(text) => Some(Msg::Intent(Intent::Paste(text))),
        Event::Resize(..) => Some(Msg::Report(Report::Resized)),
        _ => None,
    }
}

/// What a terminal event means while the window is too small to show
/// anything: only Ctrl-C (and the resize that may end it), since a key that
/// changed an answer out of sight would be a change the reader never saw.
pub fn while_too_small(event: Event) -> Option<Msg> {
    match event {
        Event::Key(k) if k.kind != KeyEventKind::Release && ctrl('c').matches(&k) => {
            Some(Msg::Intent(Intent::Quit))
        }
        Event::Resize(..) => Some(Msg::Report(Report::Resized)),
        _ => None,
    }
}

fn from_key(event: KeyEvent, mode: Mode) -> Option<Intent> {
    if ctrl('c').matches(&event) {
        return Some(Intent::Quit);
    }
    let bound = bindings(mode)
        .iter()
        .find(|b| b.keys.iter().any(|k| k.matches(&event)));
    match (bound, mode) {
        (Some(b), _) => Some(b.intent.clone()),
        (None, Mode::Editor | Mode::Sign | Mode::Name) => Some(Intent::Edit(edit_key(event))),
        (None, Mode::Leave) => {
            // `Y` with Caps Lock on still means yes; anything else means stay.
            let yes =
                caps_lock(event).is_some_and(|lower| from_key(lower, mode) == Some(Intent::Quit));
            Some(if yes { Intent::Quit } else { Intent::Close })
        }
        (None, _) => caps_lock(event).and_then(|lower| from_key(lower, mode)),
    }
}

/// The key as if Caps Lock were off: an unbound capital letter (`A` with Caps
/// Lock on) acts as its lowercase key; bound capitals such as `K` keep their own meaning.
fn caps_lock(event: KeyEvent) -> Option<KeyEvent> {
    match event.code {
        KeyCode::Char(c) if c.is_uppercase() => {
            let lower = c.to_lowercase().next().filter(|l| *l != c)?;
            let mut event = event;
            event.code = KeyCode::Char(lower);
            event.modifiers.remove(KeyModifiers::SHIFT);
            Some(event)
        }
        _ => None,
    }
}

/// A terminal key as a text field reads it.
fn edit_key(event: KeyEvent) -> EditKey {
    let code = match event.code {
        KeyCode::Char(c) => EditCode::Char(c),
        KeyCode::Enter => EditCode::Enter,
        KeyCode::Tab => EditCode::Tab,
        KeyCode::Backspace => EditCode::Backspace,
        KeyCode::Delete => EditCode::Delete,
        KeyCode::Left => EditCode::Left,
        KeyCode::Right => EditCode::Right,
        KeyCode::Up => EditCode::Up,
        KeyCode::Down => EditCode::Down,
        KeyCode::Home => EditCode::Home,
        KeyCode::End => EditCode::End,
        KeyCode::PageUp => EditCode::PageUp,
        KeyCode::PageDown => EditCode::PageDown,
        _ => EditCode::Other,
    };
    EditKey {
        code,
        ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
        alt: event.modifiers.contains(KeyModifiers::ALT),
    }
}
