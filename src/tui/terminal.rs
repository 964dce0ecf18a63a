//! The terminal itself: what wakes the walkthrough (a key, a resize, a
//! signal, a closed window), and putting the terminal back however it ends.
//!
//! Nothing here wakes on a timer: an idle walkthrough sleeps until the reader
//! or the system does something.

use std::io::{self, stdout};
use std::sync::mpsc::{self, Receiver, Sender};

use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{self, DisableBracketedPaste, Event};
use ratatui::crossterm::execute;
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use signal_hook::iterator::{Handle, Signals};

/// The signals that end the walkthrough politely, saving everything first.
const ENDINGS: [i32; 4] = [SIGHUP, SIGTERM, SIGINT, SIGQUIT];

/// What woke the walkthrough.
pub(super) enum Wake {
    /// A key, a paste or a resize, as the terminal reported it.
    Input(io::Result<Event>),
    /// A signal asked the walkthrough to end, or the window was closed.
    Stop,
}

/// Keys, signals and a hang-up, each waited for on a thread of its own and sent down one channel.
///
/// crossterm's reader can spin for ever once the terminal hangs up, so the
/// loop never waits inside it: it waits on this channel, and so still
/// notices a closed window or a signal in time to save.
pub(super) struct Wakes {
    pub(super) events: Receiver<Wake>,
    signals: Handle,
}

impl Wakes {
    /// Starts listening for signals and keys.
    pub(super) fn start() -> io::Result<Self> {
        let (sender, events) = mpsc::channel();
        let mut signals = Signals::new(ENDINGS)?;
        let handle = signals.handle();
        let to_loop = sender.clone();
        // The signals stay caught until the walkthrough has saved and ended:
        // a second Ctrl-C or kill during the last save must not cut it short.
        std::thread::spawn(move || {
            for _ in signals.forever() {
                let _ = to_loop.send(Wake::Stop);
            }
        });
        let to_loop = sender.clone();
        std::thread::spawn(move || watch_for_hang_up(&to_loop));
        std::thread::spawn(move || read_keys(&sender));
        Ok(Self {
            events,
            signals: handle,
        })
    }
}

impl Drop for Wakes {
    fn drop(&mut self) {
        self.signals.close();
    }
}

/// Sends every key until the terminal fails or the loop stops listening.
///
/// Once the terminal hangs up this thread may spin inside crossterm; by then
/// [`watch_for_hang_up`] has told the loop to save and leave. It holds
/// crossterm's event reader while it waits, so once the walkthrough runs,
/// nothing else may ask the terminal a question (cursor position, colours):
/// ask before [`Wakes::start`].
fn read_keys(sender: &Sender<Wake>) {
    loop {
        let next = event::read();
        let failed = next.is_err();
        if sender.send(Wake::Input(next)).is_err() || failed {
            return;
        }
    }
}

/// Sleeps until the terminal behind standard input hangs up (its window
/// closed, with or without a SIGHUP), then tells the loop.
fn watch_for_hang_up(sender: &Sender<Wake>) {
    // SAFETY: isatty only inspects the descriptor.
    if unsafe { libc::isatty(libc::STDIN_FILENO) } != 1 {
        // Keys come from /dev/tty then; a closed standard input means nothing.
        return;
    }
    let mut stdin = libc::pollfd {
        fd: libc::STDIN_FILENO,
        // No events asked for: poll still reports a hang-up or an error, and only those.
        events: 0,
        revents: 0,
    };
    loop {
        // SAFETY: one valid pollfd, no timeout; poll only writes `revents`.
        let ready = unsafe { libc::poll(&mut stdin, 1, -1) };
        if ready < 0 && io::Error::last_os_error().kind() == io::ErrorKind::Interrupted {
            continue;
        }
        let _ = sender.send(Wake::Stop);
        return;
    }
}

/// Restores the terminal when the walkthrough ends, however it ends.
pub(super) struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

pub(super) fn restore() {
    // Each step is attempted even if an earlier one fails: a half-restored terminal is worse.
    let _ = execute!(stdout(), DisableBracketedPaste);
    let _ = ratatui::try_restore();
    let _ = execute!(stdout(), Show);
}
