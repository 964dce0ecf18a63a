//! `accord journal`: every session of the set in date order, and how answers moved.

use std::process::ExitCode;

use accord::cli::{Cli, PrintoutArgs};
use accord::model::session::Session;
use accord::printouts;
use accord::t;
use anyhow::bail;
use jiff::tz::TimeZone;

use super::shared::{library, no_sessions_of, warn_of_notes, write_document};

/// Writes the journal of the set's sessions in `format`.
pub fn run(cli: &Cli, args: &PrintoutArgs) -> anyhow::Result<ExitCode> {
    let (notes, output) = (args.with_notes(), args.output.as_deref());
    let Some(lib) = library(cli, &args.format)? else {
        return Ok(ExitCode::FAILURE);
    };
    let set = &lib.set;
    let mut sessions: Vec<Session> = lib
        .summaries
        .iter()
        .filter(|s| s.clause_set.id == set.id)
        .filter_map(|s| lib.store.load(&s.id).ok())
        .collect();
    if sessions.is_empty() {
        bail!(no_sessions_of(set, &lib.dir, &lib.summaries));
    }
    sessions.sort_by_key(|s| (s.started_at, s.updated_at));
    let sessions: Vec<&Session> = sessions.iter().collect();
    let tz = TimeZone::system();
    let Some(document) = printouts::journal::render(&sessions, set, &tz, notes, lib.format) else {
        bail!(t!("commands-journal-formats"));
    };
    write_document(&lib.store, output, document.as_bytes(), lib.format)?;
    warn_of_notes(notes && sessions.iter().any(|s| s.has_notes()));
    Ok(ExitCode::SUCCESS)
}
