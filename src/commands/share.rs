//! `accord share`: the newest session's stances (and questions, if asked) as
//! an anonymous share file for a workshop's facilitator.

use std::path::Path;
use std::process::ExitCode;

use accord::cli::Cli;
use accord::t;
use jiff::Timestamp;

use super::shared::{clause_set, latest_of, sessions_in};

/// Writes a share file of the newest session to `output`, or into the exports folder.
pub fn run(cli: &Cli, output: Option<&Path>, questions: bool) -> anyhow::Result<ExitCode> {
    let Some(set) = clause_set(cli) else {
        return Ok(ExitCode::FAILURE);
    };
    let (store, dir, summaries) = sessions_in(cli)?;
    let id = latest_of(&set, &dir, &summaries)?;
    let session = store.load(&id).map_err(|e| {
        anyhow::Error::msg(t!(
            "commands-cannot-read-session",
            id = &id,
            why = e.to_string()
        ))
    })?;
    let date = accord::clock::zone().to_datetime(Timestamp::now()).date();
    let (path, share) = store.write_share(&session, &set, date, questions, output)?;
    let what = if share.has_questions() {
        t!("commands-share-with-questions")
    } else {
        t!("commands-share-stances-only")
    };
    let path = path.display().to_string();
    eprintln!("{}", t!("commands-share-written", path = path, what = what));
    Ok(ExitCode::SUCCESS)
}
