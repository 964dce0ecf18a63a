//! The real accord binary, started in a pseudo-terminal.

use std::io::{self, Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;

use super::terminal::{PATIENCE, Terminal};

/// How a test starts accord, beyond its data folder and window size.
#[derive(Debug, Default, Clone, Copy)]
pub struct Setup<'a> {
    /// Command-line arguments after `--data-dir`.
    pub args: &'a [&'a str],
    /// Extra environment variables.
    pub env: &'a [(&'a str, &'a str)],
    /// Shell commands run first, such as `umask 000` or `ulimit -f 2`, which accord inherits.
    pub prelude: &'a str,
}

/// accord running in a pseudo-terminal, with a terminal emulator reading its output.
pub struct Tui {
    session: OsSession,
    parser: vt100::Parser,
    /// How the process ended, once seen: waiting reaps it, so it can be seen only once.
    ended: Option<WaitStatus>,
    /// Every byte accord wrote, for tests of what it sends besides text.
    raw: Vec<u8>,
}

impl Terminal for Tui {
    fn read_waiting(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.session.try_read(buf)?;
        self.raw.extend_from_slice(&buf[..n]);
        Ok(n)
    }

    fn write_keys(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.session.write_all(bytes)?;
        self.session.flush()
    }

    fn running(&mut self) -> bool {
        self.status().is_none()
    }

    fn emulator(&mut self) -> &mut vt100::Parser {
        &mut self.parser
    }
}

impl Tui {
    /// Starts accord with `args`, its data in `data_dir`, in a `cols` × `rows` terminal.
    pub fn spawn(data_dir: &Path, args: &[&str], cols: u16, rows: u16) -> Self {
        let setup = Setup {
            args,
            ..Setup::default()
        };
        Self::spawn_with(data_dir, setup, cols, rows)
    }

    /// Like [`Tui::spawn`], with the environment or shell limits of `setup`.
    pub fn spawn_with(data_dir: &Path, setup: Setup<'_>, cols: u16, rows: u16) -> Self {
        // Size the terminal before accord starts, as a real one is: a resize
        // that lands before accord listens for resizes would go unseen.
        let script = format!(
            "{}\nstty cols \"$1\" rows \"$2\" && shift 2 && exec \"$@\"",
            setup.prelude
        );
        let mut cmd = Command::new("sh");
        cmd.args(["-c", &script, "sh"])
            .arg(cols.to_string())
            .arg(rows.to_string())
            .arg(env!("CARGO_BIN_EXE_accord"))
            .arg("--data-dir")
            .arg(data_dir)
            .args(setup.args)
            .env("TERM", "xterm-256color")
            .env_remove("ACCORD_DATA_DIR")
            .env_remove("ACCORD_LANG")
            .env_remove("NO_COLOR")
            // No Documents folder unless a test makes one: printouts stay out of the real one.
            .env("XDG_CONFIG_HOME", data_dir.with_extension("no-config"))
            .envs(setup.env.iter().copied());
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
            raw: Vec::new(),
        }
    }

    /// Every byte accord has written so far (the keys' echo included).
    pub fn output(&mut self) -> Vec<u8> {
        self.pump();
        self.raw.clone()
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

    /// Sends a large input in chunks, reading output in between so neither side blocks.
    pub fn send_large(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(4096) {
            self.session.write_all(chunk).expect("write to pty");
            self.pump();
        }
        self.session.flush().expect("flush pty");
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
            sleep(Duration::from_millis(5));
        }
    }
}
