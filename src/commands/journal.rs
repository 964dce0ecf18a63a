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
use accord::printouts::{self, Format, journal::Journal, json};
use accord::store::InOrder;
use accord::t;
use anyhow::{Context, bail};

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
    let failed = || t!("commands-cannot-write-document");
    let mut write = |out: &mut dyn Write| write_journal(out, &lib, &ids, notes, &mut any_notes);
    match output {
        Some(path) => {
            // Written beside the target and put in its place only when whole.
            let mut file = lib.store.copy_file(path)?;
            write(&mut file).with_context(failed)?;
            file.commit().with_context(failed)?;
        }
        // JSON shown on a terminal is first made safe to show.
        None if lib.format == Format::Json && io::stdout().is_terminal() => {
            let mut bytes = Vec::new();
            write(&mut bytes).with_context(failed)?;
            write_document(&lib.store, None, &bytes, lib.format)?;
        }
        None => {
            let mut out = BufWriter::new(io::stdout().lock());
            write(&mut out)
                .and_then(|()| out.flush())
                .with_context(failed)?;
        }
    }
    warn_of_notes(notes && any_notes);
    Ok(ExitCode::SUCCESS)
}

/// Writes the journal of sessions `ids` to `out` in the library's format,
/// noting in `any_notes` whether any holds a private note.
fn write_journal(
    out: &mut dyn Write,
    lib: &Library,
    ids: &[String],
    notes: bool,
    any_notes: &mut bool,
) -> io::Result<()> {
    let Some(pieces) = printouts::journal::pieces(lib.format) else {
        let mut journal = json::Journal::start(out, &lib.set, notes)?;
        // Each is laid out on the thread that read it, while the one before is written.
        let entries = lib
            .store
            .read_ahead(ids, move |s| (s.has_notes(), json::journal_entry(s, notes)));
        for (noted, entry) in entries {
            *any_notes |= noted;
            journal.add_entry(&entry?)?;
        }
        return journal.finish().map(drop);
    };
    let tz = accord::clock::zone();
    let mut journal = Journal::new(&lib.set, &tz, notes, pieces, lib.store.scratch()?);
    // Each answer's words are laid out on the thread that read them, while the one before is written.
    let layout = journal.layout();
    for laid in lib.store.glance_ahead(ids, move |s| layout.lay_out(s)) {
        *any_notes |= laid.has_notes();
        journal.add_laid(laid)?;
    }
    journal.finish(out).map(drop)
}
