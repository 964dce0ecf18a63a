//! Running the real binary in a pseudo-terminal and reading its screen.
// Each test binary includes this module and uses only part of it.
#![allow(dead_code, unused_imports)]

pub mod terminal;
pub mod tui;
pub mod window;

use std::path::{Path, PathBuf};

pub use terminal::Terminal;
pub use tui::Tui;

/// Runs `cmd` to its end: whether it succeeded, and what it printed on
/// standard output and standard error.
pub fn output_of(cmd: &mut assert_cmd::Command) -> (bool, String, String) {
    let out = cmd.output().expect("runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The real binary on data folder `data`, in English, its times in UTC,
/// whatever the machine running the tests is set to.
pub fn accord(data: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("accord").expect("binary");
    cmd.env_remove("ACCORD_DATA_DIR")
        .env_remove("ACCORD_LANG")
        .env("TZ", "UTC")
        .arg("--data-dir")
        .arg(data);
    cmd
}

/// The session files in a data folder (lock files and the index left out).
pub fn session_files(data: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data.join("sessions"))
        .expect("sessions folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

/// Starts accord, agrees with clause 1 and begins a note on clause 2
/// ("half-written thought") without closing it.
pub fn typing_a_note(data: &Path) -> Tui {
    use keys::{ENTER, RIGHT};
    let mut tui = Tui::spawn(data, &[], 100, 30);
    tui.wait_for("Press Enter to");
    tui.press_until(ENTER, "Clause 1 of 32");
    tui.press_until("a", "✓ agree");
    tui.press_until(RIGHT, "Clause 2 of 32");
    tui.press_until("n", "Your private note");
    tui.type_text("half-written thought");
    tui
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
