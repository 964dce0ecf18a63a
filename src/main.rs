//! accord: a calm terminal walkthrough of a doctor-patient partnership agreement.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::Parser;
use jiff::Timestamp;
use jiff::tz::TimeZone;

use accord::cli::{Cli, Command};
use accord::dates;
use accord::export::{self, Format};
use accord::index::Summary;
use accord::model::clauses::{self, ClauseSet};
use accord::model::session::Session;
use accord::store::{self, Store, Unreadables};
use accord::tui::runtime;

fn main() -> ExitCode {
    // Past a file-size limit (`ulimit -f`) a write must fail, so the answers
    // can be kept another way, not kill accord on the spot.
    // SAFETY: ignoring a signal touches no memory; nothing else handles SIGXFSZ.
    unsafe { libc::signal(libc::SIGXFSZ, libc::SIG_IGN) };
    let cli = Cli::parse();
    let result = match &cli.command {
        Some(Command::Check { file }) => check(file),
        Some(Command::Export {
            session,
            format,
            no_notes,
            output,
        }) => export(&cli, session, format, !no_notes, output.as_deref()),
        Some(Command::Sessions) => sessions(&cli),
        Some(Command::Journal {
            format,
            no_notes,
            output,
        }) => journal(&cli, format, !no_notes, output.as_deref()),
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
            println!(
                "ok: {}, {}",
                set.title,
                accord::t!("count-clauses", count = set.clauses.len())
            );
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
        eprintln!("{} found.", accord::t!("count-problems", count = n));
    }
}

/// The clause set named by `--clauses`, or the built-in one; `None` after reporting problems.
fn clause_set(cli: &Cli) -> Option<ClauseSet> {
    match &cli.clauses {
        Some(file) => match clauses::load_file(file) {
            Ok(set) => Some(set),
            Err(e) => {
                report_invalid(&e);
                None
            }
        },
        None => Some(clauses::default_set()),
    }
}

/// The data folder, and within it the profile's own folder when `--profile` names one.
fn data_dir(cli: &Cli) -> anyhow::Result<PathBuf> {
    let root = match &cli.data_dir {
        Some(dir) => dir.clone(),
        None => store::default_dir()?,
    };
    Ok(store::profile_dir(&root, cli.profile.as_deref())?)
}

/// The data folder's sessions for the commands that only read them, reporting unreadable files.
fn sessions_in(cli: &Cli) -> anyhow::Result<(Store, PathBuf, Vec<Summary>)> {
    let dir = data_dir(cli)?;
    let store = Store::at(dir.clone());
    let (summaries, notices) = store.catalog(Unreadables::Leave);
    for notice in notices {
        eprintln!("accord: {notice}");
    }
    Ok((store, dir, summaries))
}

/// `accord`: the walkthrough, then one line saying where the answers are.
fn walkthrough(cli: &Cli) -> anyhow::Result<ExitCode> {
    let Some(set) = clause_set(cli) else {
        return Ok(ExitCode::FAILURE);
    };
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        bail!(
            "the walkthrough needs a terminal window; run accord in one \
             (accord check FILE works anywhere)"
        );
    }
    let options = runtime::Options {
        data_dir: data_dir(cli)?,
        fresh: cli.new,
        participant: cli.participant.clone(),
    };
    let outcome = runtime::walkthrough(set, options)?;
    // The terminal may be gone (a closed window): nothing here may panic on a failed write.
    if let Some(why) = &outcome.terminal_failed {
        let _ = writeln!(
            std::io::stderr(),
            "accord: the terminal stopped working: {why}"
        );
    }
    if let Some(why) = &outcome.unsaved {
        let mut err = std::io::stderr();
        let _ = writeln!(err, "accord: your latest answers could not be saved: {why}");
        match &outcome.rescued {
            Some(path) => {
                let _ = writeln!(
                    err,
                    "accord: a full copy of them is in {}; keep it until accord can save again.",
                    path.display()
                );
            }
            None => {
                let _ = writeln!(
                    err,
                    "accord: no copy could be written either, so here they are; copy them somewhere safe:"
                );
                let _ = err.write_all(&store::to_json(&outcome.session));
            }
        }
        return Ok(ExitCode::FAILURE);
    }
    let mut out = std::io::stdout();
    let _ = match outcome.saved_to {
        Some(path) => writeln!(out, "Your answers are saved in {}", path.display()),
        None => writeln!(out, "Nothing was answered yet, so nothing was saved."),
    };
    Ok(if outcome.terminal_failed.is_some() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// `accord export`: one session as a document, on stdout or in a file.
fn export(
    cli: &Cli,
    wanted: &str,
    format: &str,
    notes: bool,
    output: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let format: Format = format.parse().map_err(anyhow::Error::msg)?;
    let Some(set) = clause_set(cli) else {
        return Ok(ExitCode::FAILURE);
    };
    let (store, dir, summaries) = sessions_in(cli)?;
    let id = if wanted == "latest" {
        summaries
            .iter()
            .filter(|s| s.clause_set.id == set.id)
            .max_by_key(|s| s.updated_at)
            .map(|s| s.id.clone())
            .with_context(|| no_sessions_of(&set, &dir, &summaries))?
    } else {
        summaries
            .iter()
            .find(|s| s.id == wanted)
            .map(|s| s.id.clone())
            .with_context(|| {
                format!(
                    "no session called {wanted} in {}; `accord sessions` lists them",
                    dir.display()
                )
            })?
    };
    let session = store
        .load(&id)
        .map_err(|e| anyhow::anyhow!("cannot read session {id}: {e}"))?;
    if session.clause_set.id != set.id {
        bail!(
            "session {} answers the clause set `{}`; name its file with --clauses FILE",
            session.id,
            session.clause_set.id
        );
    }
    let document = if format == Format::Json && notes {
        // The session exactly as stored, byte for byte.
        std::fs::read(store.session_path(&session.id))
            .with_context(|| format!("cannot read session {}", session.id))?
    } else {
        let options = export::Options {
            notes,
            tz: TimeZone::system(),
            now: Timestamp::now(),
        };
        export::render(&session, &set, format, &options).into_bytes()
    };
    write_document(output, &document, &dir)?;
    warn_of_notes(notes && session.has_notes());
    Ok(ExitCode::SUCCESS)
}

/// Says on stderr that a copy holds private notes, so nobody shares one unaware.
fn warn_of_notes(included: bool) {
    if included {
        eprintln!(
            "accord: this copy includes your private notes; use --no-notes for a copy to share."
        );
    }
}

/// Says there is nothing of `set` to write, and how to reach sessions of other sets.
fn no_sessions_of(set: &ClauseSet, dir: &Path, summaries: &[Summary]) -> String {
    let mut message = format!("no sessions of \"{}\" yet in {}", set.title, dir.display());
    let others = summaries.len();
    if others > 0 {
        message.push_str(&format!(
            "; other clause sets have {} there: name the set's file with --clauses FILE",
            accord::t!("count-sessions", count = others)
        ));
    }
    message
}

/// `accord journal`: every session of the set in date order, and how answers moved.
fn journal(
    cli: &Cli,
    format: &str,
    notes: bool,
    output: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let format: Format = format.parse().map_err(anyhow::Error::msg)?;
    let Some(set) = clause_set(cli) else {
        return Ok(ExitCode::FAILURE);
    };
    let (store, dir, summaries) = sessions_in(cli)?;
    let mut sessions: Vec<Session> = summaries
        .iter()
        .filter(|s| s.clause_set.id == set.id)
        .filter_map(|s| store.load(&s.id).ok())
        .collect();
    if sessions.is_empty() {
        bail!(no_sessions_of(&set, &dir, &summaries));
    }
    sessions.sort_by_key(|s| (s.started_at, s.updated_at));
    let sessions: Vec<&Session> = sessions.iter().collect();
    let tz = TimeZone::system();
    let document = match format {
        Format::Markdown => export::journal::markdown(&sessions, &set, &tz, notes),
        Format::Html => export::journal::html(&sessions, &set, &tz, notes),
        Format::Json => export::journal::json(&sessions, &set, notes),
        Format::Text => bail!("the journal comes as markdown, html or json"),
    };
    write_document(output, document.as_bytes(), &dir)?;
    warn_of_notes(notes && sessions.iter().any(|s| s.has_notes()));
    Ok(ExitCode::SUCCESS)
}

/// Writes a document to the file named, or to the screen; never over the sessions in `data`.
fn write_document(output: Option<&Path>, document: &[u8], data: &Path) -> anyhow::Result<()> {
    match output {
        Some(path) => {
            let folder = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            let sessions = data.join("sessions").canonicalize().ok();
            if sessions.is_some() && folder.canonicalize().ok() == sessions {
                bail!(
                    "{} is where accord keeps your answers; write the copy somewhere else",
                    folder.display()
                );
            }
            write_private(path, document)
                .with_context(|| format!("cannot write {}", path.display()))
        }
        None => std::io::stdout()
            .write_all(document)
            .context("cannot write the document"),
    }
}

/// Writes a file only its owner can read, whatever the umask or the file's old mode.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    // `mode` only applies to a new file; an old one may be readable by anyone.
    file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    file.write_all(bytes)
}

/// `accord sessions`: one line per session, newest first.
fn sessions(cli: &Cli) -> anyhow::Result<ExitCode> {
    let set = clause_set(cli);
    let (_, dir, mut all) = sessions_in(cli)?;
    if all.is_empty() {
        println!("No sessions yet in {}.", dir.display());
        return Ok(ExitCode::SUCCESS);
    }
    all.sort_by_key(|s| std::cmp::Reverse(s.updated_at));
    let tz = TimeZone::system();
    for s in &all {
        println!("{}", session_line(s, set.as_ref(), &tz));
    }
    Ok(ExitCode::SUCCESS)
}

fn session_line(s: &Summary, set: Option<&ClauseSet>, tz: &TimeZone) -> String {
    let progress = match set.filter(|set| set.id == s.clause_set.id) {
        Some(set) => format!("{}/{} answered", s.answered(set), set.clauses.len()),
        None => format!("{} answered", s.answers.stances()),
    };
    let signed = match (s.signed, s.changed_since_signing) {
        (true, true) => "signed, changed since",
        (true, false) => "signed",
        (false, _) => "not signed",
    };
    format!(
        "{}  {}  started {}  changed {}  {progress}  {}  {signed}",
        s.id,
        s.clause_set.title,
        dates::human(s.started_at, tz),
        dates::human(s.updated_at, tz),
        accord::t!("count-questions", count = s.questions),
    )
}
