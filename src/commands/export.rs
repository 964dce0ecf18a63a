//! `accord export`: one session as a document, on the screen or in a file.

use std::process::ExitCode;

use accord::cli::{Cli, PrintoutArgs};
use accord::printouts::{self, Format};
use accord::t;
use anyhow::{Context, bail};
use jiff::tz::TimeZone;

use super::shared::{Library, library, no_sessions_of, warn_of_notes, write_document};

/// Writes the session `wanted` (an id, or `latest`: the one started last) in the format
/// asked for: its one-page agenda, or its full record.
pub fn run(cli: &Cli, wanted: &str, agenda: bool, args: &PrintoutArgs) -> anyhow::Result<ExitCode> {
    let (notes, output) = (args.with_notes(), args.output.as_deref());
    let Some(Library {
        format,
        set,
        store,
        dir,
        summaries,
    }) = library(cli, &args.format)?
    else {
        return Ok(ExitCode::FAILURE);
    };
    let id = if wanted == "latest" {
        summaries
            .iter()
            .filter(|s| s.clause_set.id == set.id)
            .max_by_key(|s| (s.started_at, s.updated_at))
            .map(|s| s.id.clone())
            .with_context(|| no_sessions_of(&set, &dir, &summaries))?
    } else {
        summaries
            .iter()
            .find(|s| s.id == wanted)
            .map(|s| s.id.clone())
            .with_context(|| {
                let dir = accord::sanitize::path(&dir);
                t!(
                    "commands-no-session-called",
                    id = accord::sanitize::line(wanted),
                    dir = dir
                )
            })?
    };
    let cannot_read =
        |why: String| anyhow::Error::msg(t!("commands-cannot-read-session", id = &id, why = why));
    let session = store.load(&id).map_err(|e| cannot_read(e.to_string()))?;
    if session.clause_set.id != set.id {
        bail!(t!(
            "commands-other-clause-set",
            id = &session.id,
            set = &session.clause_set.id
        ));
    }
    let document = if format == Format::Json && notes && !agenda {
        // The session exactly as stored, byte for byte.
        store
            .session_bytes(&session.id)
            .map_err(|e| cannot_read(e.to_string()))?
    } else if agenda {
        let options = printouts::agenda::Options {
            name: None,
            tz: TimeZone::system(),
            now: accord::clock::now(),
        };
        printouts::agenda::render(&session, &set, format, &options).into_bytes()
    } else {
        let options = printouts::record::Options {
            notes,
            tz: TimeZone::system(),
            now: accord::clock::now(),
        };
        printouts::record::render(&session, &set, format, &options).into_bytes()
    };
    write_document(&store, output, &document, format)?;
    warn_of_notes(notes && !agenda && session.has_notes());
    Ok(ExitCode::SUCCESS)
}
