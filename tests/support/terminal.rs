//! Typing into a terminal and waiting until its screen shows what is expected.
//!
//! Nothing here sleeps a fixed time per key: every wait ends as soon as the
//! screen shows what the test expects, so the tests run as fast as accord
//! answers and still pass when a busy machine makes it slow.

use std::io;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// How long accord may take to show something before the test fails:
/// generous, since two cores may be shared with other builds.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// How long the screen must stay the same to count as drawn: a frame arrives
/// in several writes, and a look between them would see half of it. (accord
/// writes a few bytes on every tick even when nothing changes, so it is the
/// screen that must stay still, not the output.)
const DRAWN: Duration = Duration::from_millis(20);

/// How long a key that must show nothing gets to show something.
const NOTHING_SHOWN: Duration = Duration::from_millis(250);

/// How often the screen is looked at while waiting.
const POLL: Duration = Duration::from_millis(3);

/// A program in a terminal, its output read through a terminal emulator.
///
/// Implementors supply the plumbing; the waiting is written once, here.
pub trait Terminal {
    /// Reads output that is already waiting, without blocking (`Ok(0)` or an
    /// error such as `WouldBlock` when there is none).
    fn read_waiting(&mut self, buf: &mut [u8]) -> io::Result<usize>;

    /// Writes bytes as a terminal sends them for keys.
    fn write_keys(&mut self, bytes: &[u8]) -> io::Result<()>;

    /// Whether the program is still running, so that waiting can still help.
    fn running(&mut self) -> bool;

    /// The terminal emulator the output is fed to.
    fn emulator(&mut self) -> &mut vt100::Parser;

    /// Reads whatever output is waiting into the screen.
    fn pump(&mut self) {
        let mut buf = [0u8; 8192];
        while let Ok(n @ 1..) = self.read_waiting(&mut buf) {
            self.emulator().process(&buf[..n]);
        }
    }

    /// The screen's text now.
    fn screen(&mut self) -> String {
        self.pump();
        self.emulator().screen().contents()
    }

    /// Waits until the screen is drawn (it has stayed the same for `drawn`)
    /// and `done` holds for it; the screen, or the last one seen if
    /// `patience` runs out or the program ends first.
    fn wait_until(
        &mut self,
        patience: Duration,
        drawn: Duration,
        done: &dyn Fn(&str) -> bool,
    ) -> Result<String, String> {
        let start = Instant::now();
        let mut screen = self.screen();
        let mut still_since = Instant::now();
        loop {
            let now = self.screen();
            if now != screen {
                screen = now;
                still_since = Instant::now();
            }
            if still_since.elapsed() >= drawn && done(&screen) {
                return Ok(screen);
            }
            if !self.running() {
                // What it drew before it ended is all there will be.
                self.pump();
                let screen = self.emulator().screen().contents();
                return if done(&screen) {
                    Ok(screen)
                } else {
                    Err(screen)
                };
            }
            if start.elapsed() > patience {
                return Err(screen);
            }
            sleep(POLL);
        }
    }

    /// Waits until the screen shows `text`; returns the screen.
    fn wait_for(&mut self, text: &str) -> String {
        self.wait_until(PATIENCE, DRAWN, &|screen| screen.contains(text))
            .unwrap_or_else(|screen| {
                panic!("the screen never showed {text:?}; it shows:\n{screen}")
            })
    }

    /// Waits for `text` on screen; false if the program ends or `patience` runs out first.
    fn try_wait_for(&mut self, text: &str, patience: Duration) -> bool {
        self.wait_until(patience, DRAWN, &|screen| screen.contains(text))
            .is_ok()
    }

    /// Sends keys and does not wait: only for the last keys before the
    /// program exits (wait for that instead) or for a race against a kill.
    fn press(&mut self, keys: &str) {
        if let Err(e) = self.write_keys(keys.as_bytes()) {
            panic!("could not send {keys:?}: {e}");
        }
    }

    /// Sends keys, then waits until the screen has changed and shows `text`;
    /// the screen, or the last one seen if `patience` runs out or the program ends.
    fn try_press_until(
        &mut self,
        keys: &str,
        text: &str,
        patience: Duration,
    ) -> Result<String, String> {
        let before = self.screen();
        if self.write_keys(keys.as_bytes()).is_err() {
            return Err(self.screen());
        }
        self.wait_until(patience, DRAWN, &|screen| {
            screen != before && screen.contains(text)
        })
    }

    /// Sends keys, then waits until the screen has changed and shows `text`; returns the screen.
    fn press_until(&mut self, keys: &str, text: &str) -> String {
        self.try_press_until(keys, text, PATIENCE)
            .unwrap_or_else(|screen| {
                panic!("after {keys:?} the screen never showed {text:?}; it shows:\n{screen}")
            })
    }

    /// Sends keys, then waits until `text` has gone from the screen; returns the screen.
    fn press_until_gone(&mut self, keys: &str, text: &str) -> String {
        self.press(keys);
        self.wait_until(PATIENCE, DRAWN, &|screen| !screen.contains(text))
            .unwrap_or_else(|screen| {
                panic!("after {keys:?} the screen still shows {text:?}:\n{screen}")
            })
    }

    /// Sends keys that must change nothing on screen, and gives them time to
    /// show something anyway; returns the screen, for the test to check.
    fn press_unseen(&mut self, keys: &str) -> String {
        self.press(keys);
        self.wait_until(PATIENCE, NOTHING_SHOWN, &|_| true)
            .unwrap_or_else(|screen| {
                panic!("after {keys:?} the screen never stood still; it shows:\n{screen}")
            })
    }

    /// Leaves accord as a person does: Esc, then `y` to "Leave accord now?";
    /// wait for the exit next.
    fn leave(&mut self) {
        self.press_until("\x1b", "Leave accord now?");
        self.press("y");
    }

    /// Types text as a person would, and waits until the screen shows it.
    fn type_text(&mut self, text: &str) -> String {
        self.press(text);
        self.wait_for(text)
    }
}
