//! What a typed line means: a key's letter, a word, a number or an empty line.
//!
//! The words come from the same key table as the full screen's keys: each
//! binding's one-letter label is typed as it is, and its intent has words of
//! its own in the words table (`screens-plain-word-*`).

use crate::app::keys::{self, Binding, Mode};
use crate::app::{App, Intent};

/// What a line typed at the prompt asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Something a key would do.
    Do(Intent),
    /// A number: go to (or highlight) that line of the list on screen.
    Number(usize),
    /// Leave, keeping everything.
    Quit,
    /// A line the current screen has no use for.
    Unknown,
}

/// What `line` means in the app's current mode.
pub fn parse(app: &App, line: &str) -> Command {
    let typed = line.trim();
    let mode = app.mode();
    let bindings = keys::bindings(mode);
    if typed.is_empty() {
        // An empty line is Enter, as the screen's sentences name it.
        return bindings
            .iter()
            .find(|b| b.label.split('/').any(|l| l == "Enter"))
            .map_or(Command::Unknown, |b| Command::Do(b.intent.clone()));
    }
    if let Ok(n) = typed.parse::<usize>() {
        return Command::Number(n);
    }
    if words(&Intent::Quit)
        .iter()
        .any(|w| w.eq_ignore_ascii_case(typed))
    {
        return Command::Quit;
    }
    if let Some(b) = bindings.iter().find(|b| letter(b) == Some(typed)) {
        return Command::Do(b.intent.clone());
    }
    let by_word = bindings.iter().find(|b| {
        words(&b.intent)
            .iter()
            .any(|w| w.eq_ignore_ascii_case(typed))
    });
    match by_word {
        Some(b) => Command::Do(b.intent.clone()),
        // Esc leaves every screen that has no quit of its own.
        None if mode != Mode::Clause && matches!(typed, "Esc" | "esc") => bindings
            .iter()
            .find(|b| b.label.split('/').any(|l| l == "Esc"))
            .map_or(Command::Unknown, |b| Command::Do(b.intent.clone())),
        None => Command::Unknown,
    }
}

/// The binding's label when it is a single character the reader can type.
fn letter(binding: &Binding) -> Option<&'static str> {
    let label = binding.label;
    (label.chars().count() == 1 && label.chars().all(|c| c.is_ascii_graphic())).then_some(label)
}

/// How the reader types `binding`, as the list of commands shows it.
pub fn typed(binding: &Binding) -> Option<String> {
    if let Some(letter) = letter(binding) {
        return Some(match words(&binding.intent).first() {
            Some(word) => crate::t!(
                "screens-plain-letter-or-word",
                letter = letter,
                word = word.as_str()
            ),
            None => letter.to_owned(),
        });
    }
    if binding.label.split('/').any(|l| l == "Enter") {
        return Some(crate::t!("screens-plain-enter"));
    }
    words(&binding.intent).into_iter().next()
}

/// The word that leaves accord, as the list of commands shows it.
pub fn quit_word() -> String {
    words(&Intent::Quit).into_iter().next().unwrap_or_default()
}

/// The words that ask for `intent`, the one shown first.
fn words(intent: &Intent) -> Vec<String> {
    let key = match intent {
        Intent::Begin => "screens-plain-word-begin",
        Intent::StartNew => "screens-plain-word-new",
        Intent::Reopen => "screens-plain-word-reopen",
        Intent::OpenLookBack => "screens-plain-word-look-back",
        Intent::Mark => "screens-plain-word-mark",
        Intent::Compare => "screens-plain-word-compare",
        Intent::Timeline => "screens-plain-word-past",
        Intent::Agree => "screens-plain-word-agree",
        Intent::Disagree => "screens-plain-word-disagree",
        Intent::EditQuestion => "screens-plain-word-question",
        Intent::EditNote => "screens-plain-word-note",
        Intent::Next => "screens-plain-word-next",
        Intent::Prev => "screens-plain-word-back",
        Intent::OpenList => "screens-plain-word-list",
        Intent::OpenAgenda => "screens-plain-word-agenda",
        Intent::Help => "screens-plain-word-help",
        Intent::Up => "screens-plain-word-up",
        Intent::Down => "screens-plain-word-down",
        Intent::Select => "screens-plain-word-go",
        Intent::Close => "screens-plain-word-close",
        Intent::Quit | Intent::AskQuit => "screens-plain-word-quit",
        Intent::OpenPrintout => "screens-plain-word-open",
        Intent::NotNow => "screens-plain-word-later",
        Intent::OpenShare => "screens-plain-word-share",
        Intent::ShareWithQuestions => "screens-plain-word-with-questions",
        Intent::ShareStancesOnly => "screens-plain-word-answers-only",
        Intent::MoveUp => "screens-plain-word-raise",
        Intent::MoveDown => "screens-plain-word-lower",
        Intent::Star => "screens-plain-word-star",
        Intent::EditAnswer => "screens-plain-word-answer",
        Intent::CycleStatus => "screens-plain-word-answered",
        Intent::Export => "screens-plain-word-print",
        Intent::Sign => "screens-plain-word-sign",
        Intent::SwitchRole => "screens-plain-word-switch",
        // Scrolling, undo and raw keys mean nothing to a shell that prints everything.
        Intent::PageUp
        | Intent::PageDown
        | Intent::Undo
        | Intent::Redo
        | Intent::Edit(_)
        | Intent::Paste(_)
        | Intent::Replace(_) => return Vec::new(),
    };
    crate::i18n::message(key, &[])
        .split(',')
        .map(|w| w.trim().to_owned())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Every binding of `mode` that has a word, for the test that each one exists.
#[cfg(test)]
fn all_words(mode: Mode) -> Vec<Vec<String>> {
    keys::bindings(mode)
        .iter()
        .map(|b| words(&b.intent))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Start;
    use crate::model::clauses;
    use crate::model::session::Session;
    use jiff::Timestamp;

    fn app() -> App {
        let set = clauses::default_set();
        let session = Session::new("s".into(), &set, Timestamp::UNIX_EPOCH);
        let mut app = App::new(Start::new(set, session));
        app.update(Intent::Begin, Timestamp::UNIX_EPOCH);
        app
    }

    #[test]
    fn letters_words_and_enter_mean_what_the_keys_mean() {
        let app = app();
        assert_eq!(parse(&app, "a"), Command::Do(Intent::Agree));
        assert_eq!(parse(&app, " Agree "), Command::Do(Intent::Agree));
        assert_eq!(parse(&app, "d"), Command::Do(Intent::Disagree));
        assert_eq!(parse(&app, "next"), Command::Do(Intent::Next));
        assert_eq!(parse(&app, ""), Command::Do(Intent::Next));
        assert_eq!(parse(&app, "back"), Command::Do(Intent::Prev));
        assert_eq!(parse(&app, "list"), Command::Do(Intent::OpenList));
        assert_eq!(parse(&app, "7"), Command::Number(7));
        assert_eq!(parse(&app, "quit"), Command::Quit);
        assert_eq!(parse(&app, "sing"), Command::Unknown);
    }

    #[test]
    fn every_mode_can_be_left_in_words() {
        for mode in Mode::ALL {
            let words = all_words(mode);
            assert!(words.iter().any(|w| !w.is_empty()), "{mode:?}");
        }
    }
}
