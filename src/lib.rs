//! accord: a calm terminal walkthrough of a doctor-patient partnership agreement.
//!
//! The core (`model`, `app`, `action`, `ui`) is pure data and
//! pure functions; `store` owns the files and `runtime` the terminal.

pub mod action;
pub mod app;
pub mod cli;
pub mod dates;
pub mod document;
pub mod i18n;
pub mod model;
pub mod printouts;
pub mod runtime;
pub mod sanitize;
pub mod store;
pub mod ui;
pub mod wrap;

// Kept at its old path until the rooms that read summaries move to `store::index`.
pub use store::index;
