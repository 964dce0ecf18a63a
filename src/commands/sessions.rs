//! `accord sessions`: one line per session, newest first.

use std::process::ExitCode;

use accord::cli::Cli;
use accord::dates;
use accord::model::clauses::ClauseSet;
use accord::model::summary::Summary;
use accord::t;
use jiff::tz::TimeZone;

use super::shared::{clause_set, sessions_in};

/// Lists the sessions in the data folder.
pub fn run(cli: &Cli) -> anyhow::Result<ExitCode> {
    let set = clause_set(cli);
    let (_, dir, mut all) = sessions_in(cli)?;
    if all.is_empty() {
        println!(
            "{}",
            t!(
                "commands-no-sessions-yet",
                dir = accord::sanitize::path(&dir)
            )
        );
        return Ok(ExitCode::SUCCESS);
    }
    all.sort_by_key(|s| std::cmp::Reverse(s.updated_at));
    let tz = accord::clock::zone();
    for s in &all {
        println!("{}", session_line(s, set.as_ref(), &tz));
    }
    Ok(ExitCode::SUCCESS)
}

/// One session's line: id, set, dates, progress, questions and signature.
fn session_line(s: &Summary, set: Option<&ClauseSet>, tz: &TimeZone) -> String {
    let progress = match set.filter(|set| set.id == s.clause_set.id) {
        Some(set) => t!(
            "commands-answered-of",
            answered = s.answered(set),
            total = set.clauses.len()
        ),
        None => t!("commands-answered", answered = s.answers.stances()),
    };
    let signed = match (s.signed, s.changed_since_signing) {
        (true, true) => t!("commands-signed-changed"),
        (true, false) => t!("commands-signed"),
        (false, _) => t!("commands-not-signed"),
    };
    t!(
        "commands-session-line",
        id = &s.id,
        title = &s.clause_set.title,
        started = dates::human(s.started_at, tz),
        changed = dates::human(s.updated_at, tz),
        progress = progress,
        questions = t!("count-questions", count = s.questions),
        signed = signed,
    )
}
