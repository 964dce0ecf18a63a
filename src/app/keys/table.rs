//! The key table itself: for each mode, its bindings in the order the
//! footer and the help overlay show them.

use ratatui::crossterm::event::KeyCode;

use super::{Binding, Key, bind, ch, ctrl, key, shift};
use crate::app::intent::Intent;

const UP: &[Key] = &[key(KeyCode::Up), ch('k')];
const DOWN: &[Key] = &[key(KeyCode::Down), ch('j')];
const PAGE_UP: &[Key] = &[key(KeyCode::PageUp)];
const PAGE_DOWN: &[Key] = &[key(KeyCode::PageDown), ch(' ')];
const HELP_KEY: Binding = bind(&[ch('?')], "?", "screens-key-help", Intent::Help);
// One stray Esc must not end the walkthrough: it asks first.
const QUIT_KEY: Binding = bind(
    &[key(KeyCode::Esc)],
    "Esc",
    "screens-key-quit",
    Intent::AskQuit,
);

#[rustfmt::skip]
pub(super) static WELCOME: [Binding; 7] = [
    bind(&[key(KeyCode::Enter)], "Enter", "screens-key-choose", Intent::Begin),
    bind(UP, "↑", "screens-key-up", Intent::Up),
    bind(DOWN, "↓", "screens-key-down", Intent::Down),
    bind(&[ch('n')], "n", "screens-key-new-reflection", Intent::StartNew),
    bind(&[ch('b')], "b", "screens-key-look-back", Intent::OpenLookBack),
    HELP_KEY,
    QUIT_KEY,
];

#[rustfmt::skip]
pub(super) static CLAUSE: [Binding; 16] = [
    bind(&[ch('a')], "a", "screens-key-agree", Intent::Agree).changing(),
    bind(&[ch('d')], "d", "screens-key-disagree", Intent::Disagree).changing(),
    bind(&[ch('w')], "w", "screens-key-pass", Intent::NotNow).changing(),
    bind(&[ch('q')], "q", "screens-key-question", Intent::EditQuestion).changing(),
    bind(&[ch('n')], "n", "screens-key-note", Intent::EditNote).changing(),
    bind(&[key(KeyCode::Right), ch('l'), key(KeyCode::Enter)], "→/Enter", "screens-key-next", Intent::Next),
    bind(&[key(KeyCode::Left), ch('h')], "←", "screens-key-back", Intent::Prev),
    bind(&[key(KeyCode::Tab)], "Tab", "screens-key-all-clauses", Intent::OpenList),
    bind(&[ch('s')], "s", "screens-key-agenda", Intent::OpenAgenda),
    bind(&[ch('p')], "p", "screens-key-past-answers", Intent::Timeline),
    HELP_KEY,
    QUIT_KEY,
    bind(UP, "↑/k", "screens-key-scroll-up", Intent::Up).quiet(),
    bind(DOWN, "↓/j", "screens-key-scroll-down", Intent::Down).quiet(),
    bind(PAGE_UP, "PgUp", "screens-key-scroll-page-up", Intent::PageUp).quiet(),
    bind(PAGE_DOWN, "PgDn/Space", "screens-key-scroll-page-down", Intent::PageDown).quiet(),
];

#[rustfmt::skip]
pub(super) static EDITOR: [Binding; 3] = [
    bind(&[key(KeyCode::Esc)], "Esc", "screens-key-done-editing", Intent::Close),
    bind(&[ctrl('z')], "Ctrl-Z", "screens-key-undo", Intent::Undo),
    bind(&[ctrl('y')], "Ctrl-Y", "screens-key-redo", Intent::Redo),
];

#[rustfmt::skip]
pub(super) static LIST: [Binding; 5] = [
    bind(UP, "↑/k", "screens-key-up", Intent::Up),
    bind(DOWN, "↓/j", "screens-key-down", Intent::Down),
    bind(&[key(KeyCode::Enter)], "Enter", "screens-key-go-to-clause", Intent::Select),
    bind(&[key(KeyCode::Tab), key(KeyCode::Esc)], "Esc/Tab", "screens-key-close", Intent::Close),
    HELP_KEY,
];

#[rustfmt::skip]
pub(super) static HELP: [Binding; 3] = [
    bind(&[key(KeyCode::Esc), ch('?'), key(KeyCode::Enter)], "Esc", "screens-key-close-help", Intent::Close),
    bind(UP, "↑/k", "screens-key-scroll-up", Intent::Up),
    bind(DOWN, "↓/j", "screens-key-scroll-down", Intent::Down),
];

#[rustfmt::skip]
pub(super) static AGENDA: [Binding; 16] = [
    bind(UP, "↑/k", "screens-key-up", Intent::Up),
    bind(DOWN, "↓/j", "screens-key-down", Intent::Down),
    bind(&[shift(KeyCode::Up), ch('K')], "K", "screens-key-move-up", Intent::MoveUp).changing(),
    bind(&[shift(KeyCode::Down), ch('J')], "J", "screens-key-move-down", Intent::MoveDown).changing(),
    bind(&[ch('*')], "*", "screens-key-ask-first", Intent::Star).changing(),
    bind(&[ch('r')], "r", "screens-key-doctors-answer", Intent::EditAnswer).changing(),
    bind(&[ch('m')], "m", "screens-key-mark-answered", Intent::CycleStatus).changing(),
    bind(&[ch('e')], "e", "screens-key-export", Intent::Export),
    bind(&[ch('g')], "g", "screens-key-share", Intent::OpenShare),
    bind(&[ch('o')], "o", "screens-key-open-printout", Intent::OpenPrintout),
    // "Sign" opens the signing step, which is all about changing the record.
    bind(&[key(KeyCode::Right), ch('l')], "→", "screens-key-sign", Intent::Next).changing(),
    bind(&[key(KeyCode::Enter)], "Enter", "screens-key-go-to-clause", Intent::Select),
    bind(&[key(KeyCode::Left), ch('h')], "←", "screens-key-back-to-clauses", Intent::Prev),
    HELP_KEY,
    QUIT_KEY,
    bind(&[key(KeyCode::Tab)], "Tab", "screens-key-all-clauses", Intent::OpenList).quiet(),
];

#[rustfmt::skip]
pub(super) static LOOK_BACK: [Binding; 8] = [
    bind(UP, "↑/k", "screens-key-up", Intent::Up),
    bind(DOWN, "↓/j", "screens-key-down", Intent::Down),
    bind(&[key(KeyCode::Enter)], "Enter", "screens-key-read-it", Intent::Select),
    bind(&[ch(' ')], "Space", "screens-key-mark", Intent::Mark),
    bind(&[ch('o')], "o", "screens-key-continue-it", Intent::Reopen),
    bind(&[ch('c')], "c", "screens-key-compare", Intent::Compare),
    bind(&[key(KeyCode::Esc)], "Esc", "screens-key-back", Intent::Close),
    HELP_KEY,
];

/// The scrolling keys of a read-only screen, then the key that closes it.
#[rustfmt::skip]
const fn with_scrolling(close: Binding) -> [Binding; 5] {
    [
        bind(UP, "↑/k", "screens-key-scroll-up", Intent::Up),
        bind(DOWN, "↓/j", "screens-key-scroll-down", Intent::Down),
        bind(PAGE_UP, "PgUp", "screens-key-page-up", Intent::PageUp),
        bind(PAGE_DOWN, "PgDn", "screens-key-page-down", Intent::PageDown),
        close,
    ]
}

pub(super) static REVIEW: [Binding; 5] = with_scrolling(bind(
    &[key(KeyCode::Esc)],
    "Esc",
    "screens-key-back-to-list",
    Intent::Close,
));

pub(super) static TIMELINE: [Binding; 5] = with_scrolling(bind(
    &[key(KeyCode::Esc), ch('p')],
    "Esc",
    "screens-key-close",
    Intent::Close,
));

#[rustfmt::skip]
pub(super) static SHARE: [Binding; 7] = [
    bind(&[ch('y')], "y", "screens-key-share-with-questions", Intent::ShareWithQuestions),
    bind(&[ch('n')], "n", "screens-key-share-stances-only", Intent::ShareStancesOnly),
    bind(&[key(KeyCode::Esc)], "Esc", "screens-key-do-not-share", Intent::Close),
    bind(UP, "↑/k", "screens-key-scroll-up", Intent::Up),
    bind(DOWN, "↓/j", "screens-key-scroll-down", Intent::Down),
    bind(PAGE_UP, "PgUp", "screens-key-page-up", Intent::PageUp).quiet(),
    bind(PAGE_DOWN, "PgDn", "screens-key-page-down", Intent::PageDown).quiet(),
];

#[rustfmt::skip]
pub(super) static SIGN: [Binding; 3] = [
    bind(&[key(KeyCode::Enter)], "Enter", "screens-key-sign", Intent::Sign).changing(),
    bind(&[key(KeyCode::Tab)], "Tab", "screens-key-switch-role", Intent::SwitchRole),
    bind(&[key(KeyCode::Esc)], "Esc", "screens-key-back-to-agenda", Intent::Close),
];

// Any other key answers "stay"; Esc above all, so Esc-Esc never leaves.
#[rustfmt::skip]
pub(super) static LEAVE: [Binding; 2] = [
    bind(&[ch('y')], "y", "screens-key-leave", Intent::Quit),
    bind(&[key(KeyCode::Esc), ch('n')], "n/Esc", "screens-key-stay", Intent::Close),
];

#[rustfmt::skip]
pub(super) static NAME: [Binding; 2] = [
    bind(&[key(KeyCode::Enter)], "Enter", "screens-key-print", Intent::Sign),
    bind(&[key(KeyCode::Esc)], "Esc", "screens-key-not-now", Intent::Close),
];
