//! One view per screen or overlay, named as in `app/screens/`.

pub mod agenda;
pub mod clause;
pub mod editor;
pub mod help;
pub mod list;
pub mod look_back;
pub mod name;
pub mod review;
pub mod share;
pub mod sign;
pub mod timeline;
pub mod welcome;
