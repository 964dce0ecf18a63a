//! `accord export`: one session as a document, on the screen or in a file.

use std::process::ExitCode;

use accord::cli::{Cli, PrintoutArgs};
use accord::model::id;
use accord::printouts::{self, Format};
use accord::store::Store;
use accord::t;
use anyhow::{Context, bail};

use super::shared::{
    Library, clause_set, data_dir, latest_of, library, warn_of_notes, write_document,
};

/// Writes the session `wanted` (an id, or `latest`: the one started last) in the format
/// asked for: its one-page agenda, or its full record.
pub fn run(cli: &Cli, wanted: &str, agenda: bool, args: &PrintoutArgs) -> anyhow::Result<ExitCode> {
    let (notes, output) = (args.with_notes(), args.output.as_deref());
    let Some(lib) = library(cli, &args.format)? else {
        return Ok(ExitCode::FAILURE);
    };
    // The head names the latest when the folder still holds the files it
    // was made from; then that one file is all there is to read.
    let from_head = (wanted == "latest")
        .then(|| lib.store.latest_from_head(&lib.set.id))
        .flatten()
        .and_then(|id| lib.store.load(&id).ok());
    let session = match from_head {
        Some(session) => session,
        None => {
            let id = chosen(cli, wanted, &lib)?;
            lib.store
                .load(&id)
                .map_err(|e| cannot_read(&id, e.to_string()))?
        }
    };
    let Library {
        format, set, store, ..
    } = lib;
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
            .map_err(|e| cannot_read(&session.id, e.to_string()))?
    } else if agenda {
        let options = printouts::agenda::Options {
            name: None,
            tz: accord::clock::zone(),
            now: accord::clock::now(),
        };
        printouts::agenda::render(&session, &set, format, &options).into_bytes()
    } else {
        let options = printouts::record::Options {
            notes,
            tz: accord::clock::zone(),
            now: accord::clock::now(),
        };
        printouts::record::render(&session, &set, format, &options).into_bytes()
    };
    write_document(&store, output, &document, format)?;
    warn_of_notes(notes && !agenda && session.has_notes());
    Ok(ExitCode::SUCCESS)
}

/// Says a session could not be read, and why.
fn cannot_read(id: &str, why: String) -> anyhow::Error {
    anyhow::Error::msg(t!("commands-cannot-read-session", id = id, why = why))
}

/// The id of the session `wanted` names (an id, or `latest`), from the folder's list.
fn chosen(cli: &Cli, wanted: &str, lib: &Library) -> anyhow::Result<String> {
    let fast = wanted != "latest" && cli.participant.is_none() && id::is_valid(wanted);
    if fast && lib.store.has_session(wanted) {
        // Named and there: read it alone, however many others the folder holds.
        // (A participant's export goes through their own list, to stay theirs.)
        return Ok(wanted.to_owned());
    }
    if wanted == "latest" {
        return latest_of(&lib.set, &lib.dir, &lib.summaries());
    }
    lib.summaries()
        .iter()
        .find(|s| s.id == wanted)
        .map(|s| s.id.clone())
        .with_context(|| {
            let dir = accord::sanitize::path(&lib.dir);
            t!(
                "commands-no-session-called",
                id = accord::sanitize::line(wanted),
                dir = dir
            )
        })
}

/// Writes the clause set as a blank agreement to print, with no session at all.
pub fn blank(cli: &Cli, large_print: bool, args: &PrintoutArgs) -> anyhow::Result<ExitCode> {
    let format: Format = args.format.parse().map_err(anyhow::Error::msg)?;
    let Some(set) = clause_set(cli) else {
        return Ok(ExitCode::FAILURE);
    };
    let Some(document) = printouts::blank::render(&set, format, large_print) else {
        bail!(t!("commands-blank-formats"));
    };
    let store = Store::at(data_dir(cli)?);
    write_document(&store, args.output.as_deref(), document.as_bytes(), format)?;
    Ok(ExitCode::SUCCESS)
}
