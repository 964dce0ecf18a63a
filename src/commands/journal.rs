//! `accord journal`: every session of the set in date order, and how answers moved.
//!
//! Sessions are read one at a time and written (JSON) or gathered into the
//! journal's lines (Markdown, HTML) as they come, so ten thousand of them are
//! never in memory at once.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use accord::cli::{Cli, PrintoutArgs};
use accord::model::session::Session;
use accord::printouts::{self, Format, journal::Journal};
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
    let writer = printouts::writer(lib.format);
    let summaries = lib.summaries();
    let mut order: Vec<_> = summaries
        .iter()
        .filter(|s| s.clause_set.id == lib.set.id)
        .collect();
    if order.is_empty() {
        bail!(no_sessions_of(&lib.set, &lib.dir, &summaries));
    }
    order.sort_by_key(|s| (s.started_at, s.updated_at));
    let sessions = order.iter().filter_map(|s| lib.store.load(&s.id).ok());
    let mut any_notes = false;
    let noted = sessions.inspect(|s: &Session| any_notes |= s.has_notes());
    match output {
        // A copy in a file is written whole, so a failure leaves no half a
        // journal; JSON shown on a terminal is first made safe to show.
        _ if output.is_some() || (writer.is_none() && io::stdout().is_terminal()) => {
            let bytes = write_journal(Vec::new(), &lib, noted, notes, writer)?;
            write_document(&lib.store, output, &bytes, lib.format)?;
        }
        _ => {
            let out = BufWriter::new(io::stdout().lock());
            write_journal(out, &lib, noted, notes, writer)?
                .flush()
                .context(t!("commands-cannot-write-document"))?;
        }
    }
    warn_of_notes(notes && any_notes);
    Ok(ExitCode::SUCCESS)
}

/// Writes the journal of `sessions` to `out`: as JSON when there is no `writer`.
fn write_journal<W: Write>(
    mut out: W,
    lib: &Library,
    sessions: impl Iterator<Item = Session>,
    notes: bool,
    writer: Option<printouts::Writer>,
) -> anyhow::Result<W> {
    let failed = || t!("commands-cannot-write-document");
    let Some(write) = writer else {
        let mut journal =
            printouts::json::Journal::start(out, &lib.set, notes).with_context(failed)?;
        for session in sessions {
            journal.add(&session).with_context(failed)?;
        }
        return journal.finish().with_context(failed);
    };
    let tz = TimeZone::system();
    let mut journal = Journal::new(&lib.set, &tz, notes);
    for session in sessions {
        journal.add(&session);
    }
    out.write_all(write(&journal.document()).as_bytes())
        .with_context(failed)?;
    Ok(out)
}
