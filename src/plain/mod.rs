//! The plain line-mode shell (`accord --plain`, `TERM=dumb`, `ACCESSIBLE=1`):
//! the same walkthrough as the full screen, printed as sentences and driven by
//! typed lines, for screen readers, braille displays, simple terminals and a
//! file of answers.
//!
//! No cursor movement, no redraw, no colour: each line is printed once. It
//! drives the same core and the same disk side as the full-screen shell, so
//! every save, lock and rescue promise holds.

mod command;
mod print;

use std::io::{self, BufRead, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use crate::app::{App, Intent, Mode, Overlay, Screen};
use crate::model::session::Session;
use crate::tui::runtime::{Outcome, Walkthrough};
use command::Command;

/// How often the shell looks up from waiting for a line, to notice Ctrl-C.
const SIGNAL_CHECK: Duration = Duration::from_millis(200);

/// Runs the walkthrough line by line on standard input and output until the
/// reader quits, input ends, or a signal arrives; everything is kept.
pub fn run(walkthrough: Walkthrough, ascii: bool) -> io::Result<Outcome> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [libc::SIGHUP, libc::SIGTERM, libc::SIGINT] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let input = lines(io::stdin());
    let mut shell = Plain {
        walkthrough,
        out: io::stdout(),
        ascii,
        input,
        stop,
    };
    shell.converse();
    Ok(shell.walkthrough.finish())
}

/// Standard input, a line at a time, read on a thread of its own so a signal
/// is noticed while waiting.
fn lines(stdin: io::Stdin) -> Receiver<String> {
    let (sender, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in stdin.lock().lines() {
            let Ok(line) = line else { return };
            if sender.send(line).is_err() {
                return;
            }
        }
    });
    lines
}

/// The running line-mode shell.
struct Plain<W: Write> {
    walkthrough: Walkthrough,
    out: W,
    ascii: bool,
    input: Receiver<String>,
    stop: Arc<AtomicBool>,
}

impl<W: Write> Plain<W> {
    fn app(&self) -> &App {
        &self.walkthrough.app
    }

    /// Prints lines; a closed output is no reason to stop saving what is typed.
    fn say(&mut self, lines: &[String]) {
        for line in lines {
            let line = if self.ascii {
                crate::glyphs::ascii(line)
            } else {
                line.clone()
            };
            let _ = writeln!(self.out, "{line}");
        }
        let _ = self.out.flush();
    }

    /// The next typed line, or None once input ends or a signal arrives.
    fn next_line(&mut self) -> Option<String> {
        loop {
            if self.stop.load(Ordering::Relaxed) {
                return None;
            }
            match self.input.recv_timeout(SIGNAL_CHECK) {
                Ok(line) => return Some(line.trim_end_matches('\r').to_owned()),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return None,
            }
        }
    }

    /// Shows the screen, then carries out typed lines until the reader leaves.
    fn converse(&mut self) {
        let screen = print::screen(self.app());
        self.say(&screen);
        while let Some(line) = self.next_line() {
            let quit = match command::parse(self.app(), &line) {
                Command::Quit => true,
                Command::Unknown => self.not_understood(&line),
                Command::Do(intent) => self.act(vec![intent]),
                Command::Number(n) => self.go_to(n),
            };
            if quit {
                return;
            }
        }
    }

    /// Says a line meant nothing here, and what would.
    fn not_understood(&mut self, line: &str) -> bool {
        if matches!(self.app().mode(), Mode::Sign | Mode::Name) {
            // Where a name is asked for, anything that is not a command is the name.
            return self.act(vec![Intent::Replace(line.trim().to_owned()), Intent::Sign]);
        }
        let lines = vec![
            crate::t!("screens-plain-not-understood", typed = line.trim()),
            print::commands(self.app()),
        ];
        self.say(&lines);
        false
    }

    /// Carries out intents, then shows what changed; true when it is time to quit.
    fn act(&mut self, intents: Vec<Intent>) -> bool {
        let before = (
            self.app().mode(),
            self.app().current,
            self.app().session.clone(),
        );
        for intent in intents {
            if self.walkthrough.handle(intent) {
                return true;
            }
        }
        if self.app().mode() == Mode::Editor {
            return self.write_text();
        }
        self.show(before)
    }

    /// Shows the result of a command: a short confirmation when only an
    /// answer on this clause changed, otherwise the whole screen.
    fn show(&mut self, before: (Mode, usize, Session)) -> bool {
        let app = self.app();
        let changed = !same_answers(&app.session, &before.2);
        let moved = app.mode() != before.0 || app.current != before.1;
        if changed && !moved && app.mode() == Mode::Clause {
            let mut lines = vec![print::answer(app)];
            lines.extend(self.saved());
            self.say(&lines);
            return false;
        }
        let mut lines = Vec::new();
        if changed {
            lines.extend(self.saved());
        }
        lines.push(String::new());
        lines.extend(print::screen(self.app()));
        self.say(&lines);
        // Help and earlier answers are read, not worked in: back to the screen beneath.
        if matches!(
            self.app().overlay,
            Some(Overlay::Help(_) | Overlay::Timeline(_))
        ) {
            if self.walkthrough.handle(Intent::Close) {
                return true;
            }
            let lines = vec![String::new(), print::commands(self.app())];
            self.say(&lines);
        }
        false
    }

    /// "Saved.", or nothing when the save failed (the status says so).
    fn saved(&self) -> Vec<String> {
        if self.app().save_error.is_none() {
            vec![crate::t!("screens-plain-saved")]
        } else {
            print::status(self.app())
        }
    }

    /// Takes a question, note or answer as lines up to an empty one.
    fn write_text(&mut self) -> bool {
        let screen = print::screen(self.app());
        self.say(&screen);
        let before = self.app().session.clone();
        let mut typed: Vec<String> = Vec::new();
        while let Some(line) = self.next_line() {
            if line.trim().is_empty() {
                break;
            }
            typed.push(line);
        }
        let mode = self.app().mode();
        let intents = match typed.as_slice() {
            [] => vec![Intent::Close],
            [only] if only.trim() == "-" => vec![Intent::Replace(String::new()), Intent::Close],
            _ => vec![Intent::Replace(typed.join("\n")), Intent::Close],
        };
        for intent in intents {
            if self.walkthrough.handle(intent) {
                return true;
            }
        }
        let mut lines = Vec::new();
        if same_answers(&self.app().session, &before) {
            lines.push(crate::t!("screens-plain-unchanged"));
        } else {
            lines.extend(self.saved());
        }
        self.say(&lines);
        if mode == Mode::Editor && self.app().mode() == Mode::Clause {
            let answer = vec![print::answer(self.app())];
            self.say(&answer);
        } else {
            let screen = print::screen(self.app());
            self.say(&screen);
        }
        false
    }

    /// Goes to line `n` of the list on screen (a clause by number on the clause screen).
    fn go_to(&mut self, n: usize) -> bool {
        let mode = self.app().mode();
        if mode == Mode::Clause && self.walkthrough.handle(Intent::OpenList) {
            return true;
        }
        let app = self.app();
        let (selected, target, then) = match (&app.overlay, &app.screen) {
            (Some(Overlay::List(l)), _) => (l.selected, n.checked_sub(1), Some(Intent::Select)),
            (None, Screen::LookBack(l)) => (l.selected, n.checked_sub(1), None),
            (None, Screen::Agenda(a)) => {
                let target = crate::app::screens::agenda::entries(app)
                    .iter()
                    .position(|e| e.clause + 1 == n);
                (a.selected, target, None)
            }
            _ => (0, None, None),
        };
        let Some(target) = target else {
            let lines = vec![crate::t!("screens-plain-no-such-line", number = n)];
            self.say(&lines);
            if mode == Mode::Clause {
                return self.walkthrough.handle(Intent::Close);
            }
            return false;
        };
        let step = if target < selected {
            Intent::Up
        } else {
            Intent::Down
        };
        let mut intents = vec![step; target.abs_diff(selected)];
        intents.extend(then);
        self.act(intents)
    }
}

/// Whether two states of a session hold the same answers, agenda and
/// signatures (moving from clause to clause is saved too, but is no news).
fn same_answers(a: &Session, b: &Session) -> bool {
    a.responses == b.responses && a.agenda == b.agenda && a.signatures == b.signatures
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::keys;

    // A key table change must not strand a plain-mode reader on a screen.
    #[test]
    fn every_mode_has_a_way_out_in_words() {
        for mode in Mode::ALL {
            let ways = keys::bindings(mode)
                .iter()
                .filter(|b| {
                    matches!(
                        b.intent,
                        Intent::Close
                            | Intent::Quit
                            | Intent::Next
                            | Intent::Begin
                            | Intent::Select
                    )
                })
                .filter_map(command::typed)
                .count();
            assert!(ways > 0, "{mode:?}");
        }
    }
}
