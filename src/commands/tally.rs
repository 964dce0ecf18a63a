//! `accord tally`: how a workshop group stands, counted from the share files
//! the facilitator collected.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use accord::cli::Cli;
use accord::model::tally::{self, Skip};
use accord::printouts::Format;
use accord::printouts::tally::{TallyFormat, render, skip_reason};
use accord::store::{self, Store};
use accord::t;

use super::shared::{clause_set, data_dir, write_document};

/// Counts the share files in `inputs` and writes the tally in `format`.
pub fn run(
    cli: &Cli,
    inputs: &[PathBuf],
    format: &str,
    output: Option<&Path>,
    min: usize,
) -> anyhow::Result<ExitCode> {
    let format: TallyFormat = format.parse().map_err(anyhow::Error::msg)?;
    let Some(set) = clause_set(cli) else {
        return Ok(ExitCode::FAILURE);
    };
    let tally = tally::count(&set, store::read_shares(inputs));
    for skipped in &tally.skipped {
        let key = match skipped.why {
            Skip::Duplicate(_) => t!("commands-tally-warning"),
            _ => t!("commands-tally-not-counted"),
        };
        eprintln!("{key} {}", skip_reason(&skipped.file, &skipped.why));
    }
    let document = render(&tally, &set.title, format, min);
    let store = Store::at(data_dir(cli)?);
    // JSON on a terminal has its controls escaped; the other layouts are text already made safe.
    let shown_as = match format {
        TallyFormat::Json => Format::Json,
        TallyFormat::Document(format) => format,
        TallyFormat::Csv => Format::Text,
    };
    write_document(&store, output, document.as_bytes(), shown_as)?;
    Ok(ExitCode::SUCCESS)
}
