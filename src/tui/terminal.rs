//! The terminal itself: a key reader that survives a hang-up, noticing a
//! closed window, and putting the terminal back however the walkthrough ends.

use std::io::{self, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{self, DisableBracketedPaste, Event};
use ratatui::crossterm::execute;

/// How often the loop looks up from waiting for a key, to notice a signal.
pub(super) const SIGNAL_CHECK: Duration = Duration::from_millis(200);

/// Keys, pastes and resizes, read on a thread of their own.
///
/// crossterm's reader can spin for ever once the terminal hangs up, so the
/// loop must never wait inside it: it waits on this channel, and so still
/// notices a closed window or a signal in time to save.
pub(super) struct Input {
    pub(super) events: Receiver<io::Result<Event>>,
    pub(super) done: Arc<AtomicBool>,
}

impl Input {
    pub(super) fn start() -> Self {
        let (sender, events) = mpsc::channel();
        let done = Arc::new(AtomicBool::new(false));
        let finished = Arc::clone(&done);
        std::thread::spawn(move || {
            while !finished.load(Ordering::Relaxed) {
                let next = match event::poll(SIGNAL_CHECK) {
                    Ok(false) => continue,
                    Ok(true) => event::read(),
                    Err(e) => Err(e),
                };
                let failed = next.is_err();
                if sender.send(next).is_err() || failed {
                    return;
                }
            }
        });
        Self { events, done }
    }
}

impl Drop for Input {
    fn drop(&mut self) {
        self.done.store(true, Ordering::Relaxed);
    }
}

/// True when the terminal behind standard input has hung up (its window closed).
pub(super) fn input_hung_up() -> bool {
    let mut stdin = libc::pollfd {
        fd: libc::STDIN_FILENO,
        events: 0,
        revents: 0,
    };
    // SAFETY: one valid pollfd, a zero timeout; poll only writes `revents`.
    let ready = unsafe { libc::poll(&mut stdin, 1, 0) };
    ready == 1 && stdin.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
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
