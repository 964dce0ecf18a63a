//! What the user meant (`Action`), and the one key map from terminal events to actions.
//!
//! The same tables drive the footer and the help overlay, so the keys shown
//! on screen are always the keys that work.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui_textarea::Input;

/// Something the user asked for, or something the runtime reports back.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Leave the welcome screen for the clauses.
    Begin,
    /// Start a new session instead of continuing the last one.
    StartNew,
    /// The runtime started a new session.
    Started(Box<crate::model::session::Session>),
    /// Go back to the highlighted earlier session, to carry on answering it.
    Reopen,
    /// The runtime opened an earlier session; true if another window has it open.
    Reopened(Box<crate::model::session::Session>, bool),
    /// The runtime could not open an earlier session, and why.
    ReopenFailed(String),
    /// Look back at earlier sessions.
    OpenLookBack,
    /// Mark or unmark the highlighted session for comparison.
    Mark,
    /// Compare the highlighted session with the marked one (or with this one).
    Compare,
    /// Every earlier answer to this clause.
    Timeline,
    /// The runtime read the sessions asked for.
    Loaded(Vec<crate::model::session::Session>),
    /// The runtime read a clause's earlier answers, newest first.
    TimelineLoaded(Vec<crate::model::history::Earlier>),
    /// The runtime read what earlier sessions said (after a new session began).
    HistoryLoaded(
        Vec<crate::index::Summary>,
        std::collections::BTreeMap<String, crate::model::history::Earlier>,
    ),
    /// Agree with the clause, or clear the agreement.
    Agree,
    /// Mark "not on board", or clear it.
    Disagree,
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
    /// A key for the text editor.
    Edit(Input),
    /// Undo in the editor.
    Undo,
    /// Redo in the editor.
    Redo,
    /// Text pasted from the clipboard.
    Paste(String),
    /// The window changed size.
    Resized,
    /// The runtime drew a frame: what scrolls on screen can scroll this far.
    ScrollLimit(u16),
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
    /// On the signing step: sign with the name typed.
    Sign,
    /// On the signing step: switch between the reader's and the doctor's signature.
    SwitchRole,
    /// The runtime wrote the exports to these files.
    Exported(Vec<std::path::PathBuf>),
    /// The runtime could not write the exports; the message says why.
    ExportFailed(String),
    /// The runtime saved the session.
    Saved,
    /// The runtime could not save the session; the message says why.
    SaveFailed(String),
}

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
    /// Keys that trigger the action.
    pub keys: &'static [Key],
    /// How the keys are written on screen.
    pub label: &'static str,
    /// What the keys do, in a few words.
    pub help: &'static str,
    /// Whether the footer shows it (the help overlay shows every row).
    pub footer: bool,
    /// The action sent.
    pub action: Action,
}

const fn bind(
    keys: &'static [Key],
    label: &'static str,
    help: &'static str,
    action: Action,
) -> Binding {
    Binding {
        keys,
        label,
        help,
        footer: true,
        action,
    }
}

const fn extra(
    keys: &'static [Key],
    label: &'static str,
    help: &'static str,
    action: Action,
) -> Binding {
    let mut binding = bind(keys, label, help, action);
    binding.footer = false;
    binding
}

const UP: &[Key] = &[key(KeyCode::Up), ch('k')];
const DOWN: &[Key] = &[key(KeyCode::Down), ch('j')];
const PAGE_UP: &[Key] = &[key(KeyCode::PageUp)];
const PAGE_DOWN: &[Key] = &[key(KeyCode::PageDown), ch(' ')];

static WELCOME: [Binding; 7] = [
    bind(&[key(KeyCode::Enter)], "Enter", "choose", Action::Begin),
    bind(UP, "↑", "up", Action::Up),
    bind(DOWN, "↓", "down", Action::Down),
    bind(&[ch('n')], "n", "new reflection", Action::StartNew),
    bind(&[ch('b')], "b", "look back", Action::OpenLookBack),
    bind(&[ch('?')], "?", "help", Action::Help),
    bind(&[key(KeyCode::Esc)], "Esc", "quit", Action::Quit),
];

static CLAUSE: [Binding; 15] = [
    bind(&[ch('a')], "a", "agree", Action::Agree),
    bind(&[ch('d')], "d", "not on board", Action::Disagree),
    bind(&[ch('q')], "q", "question", Action::EditQuestion),
    bind(&[ch('n')], "n", "note", Action::EditNote),
    bind(
        &[key(KeyCode::Right), ch('l'), key(KeyCode::Enter)],
        "→/Enter",
        "next",
        Action::Next,
    ),
    bind(&[key(KeyCode::Left), ch('h')], "←", "back", Action::Prev),
    bind(&[key(KeyCode::Tab)], "Tab", "all clauses", Action::OpenList),
    bind(&[ch('s')], "s", "agenda", Action::OpenAgenda),
    bind(&[ch('p')], "p", "past answers", Action::Timeline),
    bind(&[ch('?')], "?", "help", Action::Help),
    bind(&[key(KeyCode::Esc)], "Esc", "quit", Action::Quit),
    extra(UP, "↑/k", "scroll up", Action::Up),
    extra(DOWN, "↓/j", "scroll down", Action::Down),
    extra(PAGE_UP, "PgUp", "scroll up a page", Action::PageUp),
    extra(
        PAGE_DOWN,
        "PgDn/Space",
        "scroll down a page",
        Action::PageDown,
    ),
];

static EDITOR: [Binding; 3] = [
    bind(
        &[key(KeyCode::Esc)],
        "Esc",
        "done (keeps your text)",
        Action::Close,
    ),
    bind(&[ctrl('z')], "Ctrl-Z", "undo", Action::Undo),
    bind(&[ctrl('y')], "Ctrl-Y", "redo", Action::Redo),
];

static LIST: [Binding; 5] = [
    bind(UP, "↑/k", "up", Action::Up),
    bind(DOWN, "↓/j", "down", Action::Down),
    bind(
        &[key(KeyCode::Enter)],
        "Enter",
        "go to clause",
        Action::Select,
    ),
    bind(
        &[key(KeyCode::Tab), key(KeyCode::Esc)],
        "Esc/Tab",
        "close",
        Action::Close,
    ),
    bind(&[ch('?')], "?", "help", Action::Help),
];

static HELP: [Binding; 3] = [
    bind(
        &[key(KeyCode::Esc), ch('?'), key(KeyCode::Enter)],
        "Esc",
        "close help",
        Action::Close,
    ),
    bind(UP, "↑/k", "scroll up", Action::Up),
    bind(DOWN, "↓/j", "scroll down", Action::Down),
];

static AGENDA: [Binding; 14] = [
    bind(UP, "↑/k", "up", Action::Up),
    bind(DOWN, "↓/j", "down", Action::Down),
    bind(
        &[shift(KeyCode::Up), ch('K')],
        "K",
        "move up",
        Action::MoveUp,
    ),
    bind(
        &[shift(KeyCode::Down), ch('J')],
        "J",
        "move down",
        Action::MoveDown,
    ),
    bind(&[ch('*')], "*", "ask first", Action::Star),
    bind(&[ch('r')], "r", "doctor's answer", Action::EditAnswer),
    bind(&[ch('m')], "m", "mark answered", Action::CycleStatus),
    bind(&[ch('e')], "e", "export", Action::Export),
    bind(&[key(KeyCode::Right), ch('l')], "→", "sign", Action::Next),
    bind(
        &[key(KeyCode::Enter)],
        "Enter",
        "go to clause",
        Action::Select,
    ),
    bind(
        &[key(KeyCode::Left), ch('h')],
        "←",
        "back to clauses",
        Action::Prev,
    ),
    bind(&[ch('?')], "?", "help", Action::Help),
    bind(&[key(KeyCode::Esc)], "Esc", "quit", Action::Quit),
    extra(&[key(KeyCode::Tab)], "Tab", "all clauses", Action::OpenList),
];

static LOOK_BACK: [Binding; 8] = [
    bind(UP, "↑/k", "up", Action::Up),
    bind(DOWN, "↓/j", "down", Action::Down),
    bind(&[key(KeyCode::Enter)], "Enter", "read it", Action::Select),
    bind(&[ch(' ')], "Space", "mark", Action::Mark),
    bind(&[ch('o')], "o", "continue it", Action::Reopen),
    bind(
        &[ch('c')],
        "c",
        "compare with the marked one",
        Action::Compare,
    ),
    bind(&[key(KeyCode::Esc)], "Esc", "back", Action::Close),
    bind(&[ch('?')], "?", "help", Action::Help),
];

/// The scrolling keys of a read-only screen, then the key that closes it.
const fn with_scrolling(close: Binding) -> [Binding; 5] {
    [
        bind(UP, "↑/k", "scroll up", Action::Up),
        bind(DOWN, "↓/j", "scroll down", Action::Down),
        bind(PAGE_UP, "PgUp", "page up", Action::PageUp),
        bind(PAGE_DOWN, "PgDn", "page down", Action::PageDown),
        close,
    ]
}

static REVIEW: [Binding; 5] = with_scrolling(bind(
    &[key(KeyCode::Esc)],
    "Esc",
    "back to the list",
    Action::Close,
));

static TIMELINE: [Binding; 5] = with_scrolling(bind(
    &[key(KeyCode::Esc), ch('p')],
    "Esc",
    "close",
    Action::Close,
));

static SIGN: [Binding; 3] = [
    bind(&[key(KeyCode::Enter)], "Enter", "sign", Action::Sign),
    bind(
        &[key(KeyCode::Tab)],
        "Tab",
        "you / your doctor",
        Action::SwitchRole,
    ),
    bind(
        &[key(KeyCode::Esc)],
        "Esc",
        "back to the agenda",
        Action::Close,
    ),
];

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
    }
}

/// The action a terminal event means in `mode`, if any.
pub fn from_event(event: Event, mode: Mode) -> Option<Action> {
    match event {
        Event::Key(k) if k.kind != KeyEventKind::Release => from_key(k, mode),
        Event::Paste(text) => Some(Action::Paste(text)),
        Event::Resize(..) => Some(Action::Resized),
        _ => None,
    }
}

/// The action a terminal event means while the window is too small to show
/// anything: only Ctrl-C (and the resize that may end it), since a key that
/// changed an answer out of sight would be a change the reader never saw.
pub fn while_too_small(event: Event) -> Option<Action> {
    match event {
        Event::Key(k) if k.kind != KeyEventKind::Release && ctrl('c').matches(&k) => {
            Some(Action::Quit)
        }
        Event::Resize(..) => Some(Action::Resized),
        _ => None,
    }
}

fn from_key(event: KeyEvent, mode: Mode) -> Option<Action> {
    if ctrl('c').matches(&event) {
        return Some(Action::Quit);
    }
    let bound = bindings(mode)
        .iter()
        .find(|b| b.keys.iter().any(|k| k.matches(&event)));
    match (bound, mode) {
        (Some(b), _) => Some(b.action.clone()),
        (None, Mode::Editor | Mode::Sign) => Some(Action::Edit(event.into())),
        (None, _) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode) -> Event {
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn the_contract_keys_map_on_a_clause() {
        let on_clause = |code| from_event(press(code), Mode::Clause);
        assert_eq!(on_clause(KeyCode::Char('a')), Some(Action::Agree));
        assert_eq!(on_clause(KeyCode::Char('d')), Some(Action::Disagree));
        assert_eq!(on_clause(KeyCode::Char('q')), Some(Action::EditQuestion));
        assert_eq!(on_clause(KeyCode::Char('n')), Some(Action::EditNote));
        for next in [KeyCode::Right, KeyCode::Char('l'), KeyCode::Enter] {
            assert_eq!(on_clause(next), Some(Action::Next));
        }
        for prev in [KeyCode::Left, KeyCode::Char('h')] {
            assert_eq!(on_clause(prev), Some(Action::Prev));
        }
        assert_eq!(on_clause(KeyCode::Tab), Some(Action::OpenList));
        assert_eq!(on_clause(KeyCode::Char('?')), Some(Action::Help));
        assert_eq!(on_clause(KeyCode::Esc), Some(Action::Quit));
        assert_eq!(on_clause(KeyCode::Char('x')), None);
    }

    #[test]
    fn ctrl_c_quits_everywhere_even_in_the_editor() {
        let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
        for mode in [
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
        ] {
            assert_eq!(from_event(ctrl_c.clone(), mode), Some(Action::Quit));
        }
    }

    #[test]
    fn the_editor_takes_letters_as_text() {
        match from_event(press(KeyCode::Char('a')), Mode::Editor) {
            Some(Action::Edit(_)) => {}
            other => panic!("expected text input, got {other:?}"),
        }
        assert_eq!(
            from_event(press(KeyCode::Esc), Mode::Editor),
            Some(Action::Close)
        );
    }

    #[test]
    fn shift_arrows_move_agenda_items_and_plain_arrows_select() {
        let shifted = Event::Key(KeyEvent::new(KeyCode::Up, KeyModifiers::SHIFT));
        assert_eq!(from_event(shifted, Mode::Agenda), Some(Action::MoveUp));
        assert_eq!(
            from_event(press(KeyCode::Up), Mode::Agenda),
            Some(Action::Up)
        );
        let big_j = Event::Key(KeyEvent::new(KeyCode::Char('J'), KeyModifiers::SHIFT));
        assert_eq!(from_event(big_j, Mode::Agenda), Some(Action::MoveDown));
        assert_eq!(
            from_event(press(KeyCode::Char('j')), Mode::Agenda),
            Some(Action::Down)
        );
    }

    #[test]
    fn pastes_are_their_own_action() {
        let pasted = from_event(Event::Paste("aqd".into()), Mode::Clause);
        assert_eq!(pasted, Some(Action::Paste("aqd".into())));
    }

    #[test]
    fn a_window_too_small_to_show_anything_takes_only_ctrl_c() {
        let key = |c| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        assert_eq!(while_too_small(key('a')), None);
        assert_eq!(while_too_small(Event::Paste("aqd".into())), None);
        let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
        assert_eq!(while_too_small(ctrl_c), Some(Action::Quit));
        assert_eq!(
            while_too_small(Event::Resize(80, 24)),
            Some(Action::Resized)
        );
    }

    #[test]
    fn key_releases_are_ignored() {
        let mut release = KeyEvent::new(KeyCode::Char('a'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(from_event(Event::Key(release), Mode::Clause), None);
    }
}
