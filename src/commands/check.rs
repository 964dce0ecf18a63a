//! `accord check FILE`: every problem in a clause set, or one line saying it is fine.

use std::path::Path;
use std::process::ExitCode;

use accord::t;

use super::shared::report_invalid;

/// Checks the clause set in `file` and prints what was found.
pub fn run(file: &Path) -> ExitCode {
    match accord::store::load_clauses(file) {
        Ok(set) => {
            let count = t!("count-clauses", count = set.clauses.len());
            println!(
                "{}",
                t!("commands-check-ok", title = &set.title, clauses = count)
            );
            println!(
                "{}",
                t!("commands-check-language", language = &set.language)
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            report_invalid(&e);
            ExitCode::FAILURE
        }
    }
}
