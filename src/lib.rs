//! accord: a calm terminal walkthrough of a doctor-patient partnership agreement.
//!
//! The core (`model`, `app`) is pure data and pure functions; `store` owns
//! the files and `tui` the terminal.

pub mod app;
pub mod cli;
pub mod clock;
pub mod dates;
pub mod document;
pub mod glyphs;
pub mod i18n;
pub mod model;
pub mod plain;
pub mod printouts;
pub mod sanitize;
pub mod store;
pub mod tui;
pub mod wrap;
