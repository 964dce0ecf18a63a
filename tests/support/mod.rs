//! Running the real binary in a pseudo-terminal and reading its screen.
// Each test binary includes this module and uses only part of it.
#![allow(dead_code)]

use std::io::{ErrorKind, Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;

/// How long to wait for the screen to show something before failing.
const PATIENCE: Duration = Duration::from_secs(20);

/// accord running in a pseudo-terminal, with a terminal emulator reading its output.
pub struct Tui {
    session: OsSession,
    parser: vt100::Parser,
    /// How the process ended, once seen: waiting reaps it, so it can be seen only once.
    ended: Option<WaitStatus>,
}

impl Tui {
    /// Starts accord with `args`, its data in `data_dir`, in a `cols` × `rows` terminal.
    pub fn spawn(data_dir: &Path, args: &[&str], cols: u16, rows: u16) -> Self {
        Self::spawn_with_env(data_dir, args, &[], cols, rows)
    }

    /// Like [`Tui::spawn`], with extra environment variables.
    pub fn spawn_with_env(
        data_dir: &Path,
        args: &[&str],
        env: &[(&str, &str)],
        cols: u16,
        rows: u16,
    ) -> Self {
        Self::spawn_after(":", data_dir, args, env, cols, rows)
    }

    /// Like [`Tui::spawn_with_env`], running the shell commands `prelude`
    /// first (such as `umask 000` or `ulimit -f 2`), which accord inherits.
    pub fn spawn_after(
        prelude: &str,
        data_dir: &Path,
        args: &[&str],
        env: &[(&str, &str)],
        cols: u16,
        rows: u16,
    ) -> Self {
        // Size the terminal before accord starts, as a real one is: a resize
        // that lands before accord listens for resizes would go unseen.
        let script = format!("{prelude}; stty cols \"$1\" rows \"$2\" && shift 2 && exec \"$@\"");
        let mut cmd = Command::new("sh");
        cmd.args(["-c", &script, "sh"])
            .arg(cols.to_string())
            .arg(rows.to_string())
            .arg(env!("CARGO_BIN_EXE_accord"))
            .arg("--data-dir")
            .arg(data_dir)
            .args(args)
            .env("TERM", "xterm-256color")
            .env_remove("ACCORD_DATA_DIR")
            .env_remove("NO_COLOR")
            .envs(env.iter().copied());
        let mut session = OsSession::spawn(cmd).expect("spawn accord in a pty");
        session
            .get_process_mut()
            .set_window_size(cols, rows)
            .expect("set the pty size");
        Self {
            session,
            parser: vt100::Parser::new(
                NonZeroU16::new(rows).expect("at least one row"),
                NonZeroU16::new(cols).expect("at least one column"),
                0,
            ),
            ended: None,
        }
    }

    /// The process's status; an ending is remembered.
    fn status(&mut self) -> Option<WaitStatus> {
        if self.ended.is_none() {
            match self.session.get_process().status() {
                Ok(WaitStatus::StillAlive) | Err(_) => {}
                Ok(status) => self.ended = Some(status),
            }
        }
        self.ended
    }

    /// Resizes the terminal, as dragging the window's corner does.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.pump();
        self.session
            .get_process_mut()
            .set_window_size(cols, rows)
            .expect("resize the pty");
        self.parser.set_size(
            NonZeroU16::new(rows).expect("at least one row"),
            NonZeroU16::new(cols).expect("at least one column"),
        );
    }

    /// Reads whatever output is waiting into the emulated screen.
    fn pump(&mut self) {
        let mut buf = [0u8; 8192];
        loop {
            match self.session.try_read(&mut buf) {
                Ok(0) => break,
                Ok(n) => self.parser.process(&buf[..n]),
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(_) => break,
            }
        }
    }

    /// The screen's text now.
    pub fn screen(&mut self) -> String {
        self.pump();
        self.parser.screen().contents()
    }

    /// Whether any cell on screen has a colour of its own.
    pub fn has_colour(&mut self) -> bool {
        self.pump();
        let screen = self.parser.screen();
        let (rows, cols) = screen.size();
        (0..rows.get()).any(|r| {
            (0..cols.get()).any(|c| {
                screen.cell(r, c).is_some_and(|cell| {
                    cell.fgcolor() != vt100::Color::Default
                        || cell.bgcolor() != vt100::Color::Default
                })
            })
        })
    }

    /// The process id of accord (the shell that started it `exec`s it).
    pub fn pid(&self) -> i32 {
        self.session.get_process().pid().as_raw()
    }

    /// Whether accord is still running.
    pub fn alive(&mut self) -> bool {
        self.status().is_none()
    }

    /// Sends a signal to accord.
    pub fn signal(&self, signal: i32) {
        // SAFETY: kill only sends a signal to our own child.
        unsafe { libc::kill(self.pid(), signal) };
    }

    /// Whether the terminal was put back: main screen, cursor shown.
    pub fn restored(&mut self) -> bool {
        self.pump();
        let screen = self.parser.screen();
        !screen.alternate_screen() && !screen.hide_cursor()
    }

    /// Waits for `text` on screen; false if accord dies or `patience` runs out first.
    pub fn try_wait_for(&mut self, text: &str, patience: Duration) -> bool {
        let start = Instant::now();
        loop {
            if self.screen().contains(text) {
                return true;
            }
            if !self.alive() || start.elapsed() > patience {
                return false;
            }
            sleep(Duration::from_millis(5));
        }
    }

    /// Sends bytes without waiting, for tests that race against a kill.
    pub fn send_now(&mut self, keys: &str) -> bool {
        self.session.write_all(keys.as_bytes()).is_ok() && self.session.flush().is_ok()
    }

    /// Sends a large input in chunks, reading output in between so neither side blocks.
    pub fn send_large(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(4096) {
            self.session.write_all(chunk).expect("write to pty");
            self.pump();
        }
        self.session.flush().expect("flush pty");
    }

    /// Waits until the screen shows `text`; returns the screen.
    pub fn wait_for(&mut self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "the screen never showed {text:?}; it shows:\n{screen}"
            );
            sleep(Duration::from_millis(20));
        }
    }

    /// Types keys (bytes as a terminal sends them), pausing so each is read on its own.
    pub fn send(&mut self, keys: &str) {
        self.session
            .write_all(keys.as_bytes())
            .expect("write to pty");
        self.session.flush().expect("flush pty");
        sleep(Duration::from_millis(60));
        self.pump();
    }

    /// Types text one character at a time, as a person would.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.session
                .write_all(c.to_string().as_bytes())
                .expect("write to pty");
        }
        self.session.flush().expect("flush pty");
        sleep(Duration::from_millis(100));
        self.pump();
    }

    /// Waits for accord to exit; returns its exit code and everything left on screen.
    pub fn wait_exit(&mut self) -> (i32, String) {
        self.wait_end(false)
    }

    /// Waits for accord to be killed by a signal.
    pub fn wait_killed(&mut self) {
        self.wait_end(true);
    }

    fn wait_end(&mut self, killed: bool) -> (i32, String) {
        let start = Instant::now();
        loop {
            self.pump();
            match self.status() {
                Some(WaitStatus::Exited(_, code)) => {
                    let mut rest = Vec::new();
                    let _ = self.session.read_to_end(&mut rest);
                    self.parser.process(&rest);
                    return (code, self.parser.screen().contents());
                }
                Some(WaitStatus::Signaled(..)) if killed => return (-1, String::new()),
                Some(WaitStatus::Signaled(_, signal, _)) => panic!("accord died of {signal:?}"),
                _ => {}
            }
            assert!(
                start.elapsed() < PATIENCE,
                "accord did not exit:\n{}",
                self.screen()
            );
            sleep(Duration::from_millis(20));
        }
    }
}

/// The session files in a data folder (lock files and the index left out).
pub fn session_files(data: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(data.join("sessions"))
        .expect("sessions folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

/// Bytes a terminal sends for keys.
pub mod keys {
    /// Escape.
    pub const ESC: &str = "\x1b";
    /// Enter.
    pub const ENTER: &str = "\r";
    /// Ctrl-C.
    pub const CTRL_C: &str = "\x03";
    /// Right arrow.
    pub const RIGHT: &str = "\x1b[C";
}
