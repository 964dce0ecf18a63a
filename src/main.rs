//! accord: a calm terminal walkthrough of a doctor-patient partnership agreement.

mod commands;

use std::process::ExitCode;

use accord::cli::{Cli, Command};
use clap::Parser;

fn main() -> ExitCode {
    // Past a file-size limit (`ulimit -f`) a write must fail, so the answers
    // can be kept another way, not kill accord on the spot.
    // SAFETY: ignoring a signal touches no memory; nothing else handles SIGXFSZ.
    unsafe { libc::signal(libc::SIGXFSZ, libc::SIG_IGN) };
    // An empty setting is a slip (`ACCORD_DATA_DIR= accord`): say which one, not clap's "--data-dir needs a value".
    if std::env::var_os("ACCORD_DATA_DIR").is_some_and(|v| v.is_empty()) {
        eprintln!(
            "{}",
            accord::t!("commands-empty-setting", name = "ACCORD_DATA_DIR")
        );
        return ExitCode::FAILURE;
    }
    let cli = Cli::parse();
    // Until a clause set is loaded, words follow --lang or the locale.
    let locale = commands::locale_language();
    accord::i18n::set_language(accord::i18n::choose(cli.lang, None, locale));
    let result = match &cli.command {
        Some(Command::Check { file }) => Ok(commands::check::run(file)),
        Some(Command::Export {
            session,
            agenda,
            blank: false,
            printout,
            ..
        }) => commands::export::run(&cli, session, *agenda, printout),
        Some(Command::Export {
            large_print,
            printout,
            ..
        }) => commands::export::blank(&cli, *large_print, printout),
        Some(Command::Sessions) => commands::sessions::run(&cli),
        Some(Command::Share { output, questions }) => {
            commands::share::run(&cli, output.as_deref(), *questions)
        }
        Some(Command::Tally {
            inputs,
            format,
            output,
            min_count,
        }) => commands::tally::run(&cli, inputs, format, output.as_deref(), *min_count),
        Some(Command::Journal { printout }) => commands::journal::run(&cli, printout),
        None => commands::walkthrough::run(&cli),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", accord::t!("commands-error", error = format!("{e:#}")));
            ExitCode::FAILURE
        }
    }
}
