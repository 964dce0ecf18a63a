//! accord: a calm terminal walkthrough of a doctor-patient partnership agreement.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use clap::Parser;

use accord::cli::{Cli, Command};
use accord::{clauses, runtime, store};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Check { file }) => check(&file),
        None => walkthrough(&cli),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("accord: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// `accord check FILE`: every problem, or one line saying the set is fine.
fn check(file: &Path) -> anyhow::Result<ExitCode> {
    match clauses::load_file(file) {
        Ok(set) => {
            println!("ok: {}, {} clauses", set.title, set.clauses.len());
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            report_invalid(&e);
            Ok(ExitCode::FAILURE)
        }
    }
}

fn report_invalid(e: &clauses::LoadError) {
    eprintln!("{e}");
    if let clauses::LoadError::Invalid { problems, .. } = e {
        let n = problems.len();
        eprintln!("{n} problem{} found.", if n == 1 { "" } else { "s" });
    }
}

/// `accord`: the walkthrough, then one line saying where the answers are.
fn walkthrough(cli: &Cli) -> anyhow::Result<ExitCode> {
    let set = match &cli.clauses {
        Some(file) => match clauses::load_file(file) {
            Ok(set) => set,
            Err(e) => {
                report_invalid(&e);
                return Ok(ExitCode::FAILURE);
            }
        },
        None => clauses::default_set(),
    };
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        anyhow::bail!(
            "the walkthrough needs a terminal window; run accord in one \
             (accord check FILE works anywhere)"
        );
    }
    let data_dir = match &cli.data_dir {
        Some(dir) => dir.clone(),
        None => store::default_dir()?,
    };
    let outcome = runtime::walkthrough(set, data_dir, cli.new)?;
    if let Some(why) = outcome.unsaved {
        eprintln!("accord: your latest answers could not be saved: {why}");
        return Ok(ExitCode::FAILURE);
    }
    match outcome.saved_to {
        Some(path) => println!("Your answers are saved in {}", path.display()),
        None => println!("Nothing was answered yet, so nothing was saved."),
    }
    Ok(ExitCode::SUCCESS)
}
