//! One file per subcommand; `main.rs` parses the command line and calls the
//! one asked for. Every line they print comes from the localization table.

pub mod check;
pub mod export;
pub mod journal;
pub mod sessions;
pub mod share;
mod shared;
pub mod tally;

pub use shared::locale_language;
pub mod walkthrough;
