//! `accord journal`: every session of the set in date order, and how answers moved.
//!
//! Sessions are read one at a time, the next few on a second thread while
//! one is written, and nothing is held whole: JSON is written as each is
//! read, and Markdown and HTML set each clause's lines aside in a scratch
//! file until the journal is put together. Ten thousand reflections cost a
//! few megabytes.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use accord::cli::{Cli, PrintoutArgs};
use accord::model::session::Session;
use accord::printouts::{self, Format, journal::Journal};
use accord::store::InOrder;
use accord::t;
use anyhow::{Context, bail};
use jiff::tz::TimeZone;

use super::shared::{Library, library, no_sessions_of, warn_of_notes, write_document};

/// Writes the journal of the set's sessions in `format`.
pub fn run(cli: &Cli, args: &PrintoutArgs) -> anyhow::Result<ExitCode> {
    let (notes, output) = (args.with_notes(), args.output.as_deref());
    let Some(lib) = library(cli, &args.format)? else {
        return Ok(ExitCode::FAILURE);
    };
    if lib.format == Format::Text {
        bail!(t!("commands-journal-formats"));
    }
    let InOrder {
        ids,
        others,
        notices,
    } = lib.store.in_order(&lib.set.id);
    for notice in notices {
        eprintln!("{}", t!("commands-notice", notice = notice.to_string()));
    }
    if ids.is_empty() {
        bail!(no_sessions_of(&lib.set, &lib.dir, others));
    }
    let mut any_notes = false;
    let sessions = lib
        .store
        .read_ahead(&ids)
        .inspect(|s: &Session| any_notes |= s.has_notes());
    let failed = || t!("commands-cannot-write-document");
    match output {
        Some(path) => {
            // Written beside the target and put in its place only when whole.
            let file = lib.store.copy_file(path)?;
            write_journal(file, &lib, sessions, notes)
                .with_context(failed)?
                .commit()
                .with_context(failed)?;
        }
        // JSON shown on a terminal is first made safe to show.
        None if lib.format == Format::Json && io::stdout().is_terminal() => {
            let bytes = write_journal(Vec::new(), &lib, sessions, notes).with_context(failed)?;
            write_document(&lib.store, None, &bytes, lib.format)?;
        }
        None => {
            let out = BufWriter::new(io::stdout().lock());
            write_journal(out, &lib, sessions, notes)
                .and_then(|mut out| out.flush())
                .with_context(failed)?;
        }
    }
    warn_of_notes(notes && any_notes);
    Ok(ExitCode::SUCCESS)
}

/// Writes the journal of `sessions` to `out` in the library's format.
fn write_journal<W: Write>(
    out: W,
    lib: &Library,
    sessions: impl Iterator<Item = Session>,
    notes: bool,
) -> io::Result<W> {
    let Some(pieces) = printouts::journal::pieces(lib.format) else {
        let mut journal = printouts::json::Journal::start(out, &lib.set, notes)?;
        for session in sessions {
            journal.add(session)?;
        }
        return journal.finish();
    };
    let tz = TimeZone::system();
    let mut journal = Journal::new(&lib.set, &tz, notes, pieces, lib.store.scratch()?);
    for session in sessions {
        journal.add(&session)?;
    }
    journal.finish(out)
}
