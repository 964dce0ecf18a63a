//! The terminal itself: what wakes the walkthrough (a key, a resize, a
//! signal, a closed window), and putting the terminal back however it ends.
//!
//! Nothing here wakes on a timer: an idle walkthrough sleeps until the reader
//! or the system does something.

use std::io::{self, stdout};
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{self, DisableBracketedPaste, Event};
use ratatui::crossterm::execute;
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGWINCH};
use signal_hook::iterator::{Handle, Signals};

/// The signals that end the walkthrough politely, saving everything first.
const ENDINGS: [i32; 4] = [SIGHUP, SIGTERM, SIGINT, SIGQUIT];

/// What woke the walkthrough.
pub(super) enum Wake {
    /// A key, a paste or a resize, as the terminal reported it.
    Input(io::Result<Event>),
    /// The window changed size.
    Resized,
    /// A signal asked the walkthrough to end, or the window was closed.
    Stop,
}

/// Keys and signals, each read on a thread of its own and sent down one channel.
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
        let mut signals = Signals::new(ENDINGS.iter().chain(&[SIGWINCH]))?;
        let handle = signals.handle();
        let to_loop = sender.clone();
        std::thread::spawn(move || {
            for signal in signals.forever() {
                let wake = if signal == SIGWINCH {
                    Wake::Resized
                } else {
                    Wake::Stop
                };
                if to_loop.send(wake).is_err() {
                    return;
                }
            }
        });
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

/// Sends every key until the terminal hangs up or the loop stops listening.
fn read_keys(sender: &Sender<Wake>) {
    // SAFETY: isatty only inspects the descriptor.
    let on_a_terminal = unsafe { libc::isatty(libc::STDIN_FILENO) } == 1;
    loop {
        // What crossterm already holds first: it may have read several keys at once.
        loop {
            let next = match event::poll(Duration::ZERO) {
                Ok(true) => event::read(),
                Ok(false) => break,
                Err(e) => Err(e),
            };
            let failed = next.is_err();
            if sender.send(Wake::Input(next)).is_err() || failed {
                return;
            }
        }
        let ready = if on_a_terminal {
            wait_for_input()
        } else {
            // crossterm reads /dev/tty itself then; let it wait there.
            event::poll(Duration::MAX).map(drop).map_err(drop)
        };
        if ready.is_err() {
            let _ = sender.send(Wake::Stop);
            return;
        }
    }
}

/// Sleeps until standard input has something to read; an error when the
/// terminal behind it has hung up (its window closed).
fn wait_for_input() -> Result<(), ()> {
    let mut stdin = libc::pollfd {
        fd: libc::STDIN_FILENO,
        events: libc::POLLIN,
        revents: 0,
    };
    loop {
        // SAFETY: one valid pollfd, no timeout; poll only writes `revents`.
        let ready = unsafe { libc::poll(&mut stdin, 1, -1) };
        if ready < 0 && io::Error::last_os_error().kind() == io::ErrorKind::Interrupted {
            continue;
        }
        let hung_up = libc::POLLHUP | libc::POLLERR | libc::POLLNVAL;
        return if ready == 1 && stdin.revents & hung_up == 0 {
            Ok(())
        } else {
            Err(())
        };
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
