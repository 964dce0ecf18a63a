//! `accord` with no command: the full-screen walkthrough, then the lines it
//! leaves in the terminal saying where the answers are.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use accord::cli::Cli;
use accord::tui::runtime::{self, Outcome, Walkthrough};
use accord::tui::theme::{self, Theme};
use accord::{glyphs, store, t};
use anyhow::bail;

use super::shared::{clause_set, data_dir};

/// Runs the walkthrough in this terminal.
pub fn run(cli: &Cli) -> anyhow::Result<ExitCode> {
    let Some(set) = clause_set(cli) else {
        return Ok(ExitCode::FAILURE);
    };
    let env = |name| std::env::var(name).ok();
    let ascii = glyphs::ascii_only(
        env("LC_ALL").as_deref(),
        env("LC_CTYPE").as_deref(),
        env("LANG").as_deref(),
        env("TERM").as_deref(),
    );
    let options = runtime::Options {
        data_dir: data_dir(cli)?,
        fresh: cli.new,
        participant: cli.participant.clone(),
        profiles: match (&cli.profile, &cli.data_dir) {
            (Some(_), _) => Vec::new(),
            (None, Some(root)) => store::profile_names(root),
            (None, None) => store::default_dir()
                .map(|d| store::profile_names(&d))
                .unwrap_or_default(),
        },
        offer_sets: cli.set.is_none() && cli.clauses.is_none(),
        follow_set_language: cli.lang.is_none(),
    };
    if plain_wanted(
        cli.plain,
        env("TERM").as_deref(),
        env("ACCESSIBLE").as_deref(),
    ) {
        let walkthrough = Walkthrough::start(set, options)?;
        let outcome = accord::plain::run(walkthrough, ascii)?;
        return Ok(report(&outcome));
    }
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        bail!(t!("commands-needs-terminal"));
    }
    let theme = Theme::named(cli.theme, theme::no_color_asked()).with_ascii(ascii);
    let outcome = runtime::walkthrough(set, options, theme)?;
    Ok(report(&outcome))
}

/// Whether to ask in plain lines: `--plain`, a terminal that cannot place
/// text (`TERM=dumb`), or a reader who asked for accessible output (`ACCESSIBLE`).
fn plain_wanted(flag: bool, term: Option<&str>, accessible: Option<&str>) -> bool {
    flag || term == Some("dumb") || accessible.is_some_and(|v| !v.is_empty() && v != "0")
}

/// Says how the walkthrough ended. The terminal may be gone (a closed
/// window): nothing here may panic on a failed write.
fn report(outcome: &Outcome) -> ExitCode {
    let mut err = std::io::stderr();
    if let Some(why) = &outcome.terminal_failed {
        let _ = writeln!(err, "{}", t!("commands-terminal-failed", why = why));
    }
    if let Some(why) = &outcome.unsaved {
        let _ = writeln!(err, "{}", t!("commands-unsaved", why = why));
        match &outcome.rescued {
            Some(path) => {
                let path = accord::sanitize::path(path);
                let _ = writeln!(err, "{}", t!("commands-rescued", path = path));
            }
            None => {
                let _ = writeln!(err, "{}", t!("commands-not-rescued"));
                let _ = err.write_all(&store::to_json(&outcome.session));
            }
        }
        return ExitCode::FAILURE;
    }
    let line = match &outcome.saved_to {
        Some(path) => t!("commands-saved-in", path = accord::sanitize::path(path)),
        None => t!("commands-nothing-saved"),
    };
    let mut out = std::io::stdout();
    if !outcome.printouts.is_empty() {
        let _ = writeln!(out, "{}", t!("commands-printouts-made"));
        for path in &outcome.printouts {
            let _ = writeln!(out, "  {}", accord::sanitize::path(path));
        }
    }
    let _ = writeln!(out, "{line}");
    if outcome.terminal_failed.is_some() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
