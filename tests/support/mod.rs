//! Running the real binary in a pseudo-terminal and reading its screen.
// Each test binary includes this module and uses only part of it.
#![allow(dead_code, unused_imports)]

pub mod terminal;
pub mod tui;
pub mod window;

use std::path::{Path, PathBuf};

pub use terminal::Terminal;
pub use tui::Tui;

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
