//! What several subcommands share: the clause set and data folder the flags
//! name, the sessions in it, and where a document goes.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use accord::cli::Cli;
use accord::i18n::{self, Language};
use accord::model::clauses::{self, ClauseSet};
use accord::model::summary::Summary;
use accord::printouts::Format;
use accord::store::{self, Store, Unreadables};
use accord::t;
use anyhow::Context;

/// Prints why a clause set cannot be used, and how many problems it has.
pub fn report_invalid(e: &clauses::LoadError) {
    eprintln!("{e}");
    if let clauses::LoadError::Invalid { problems, .. } = e {
        let problems = t!("count-problems", count = problems.len());
        eprintln!("{}", t!("commands-problems-found", problems = problems));
    }
}

/// The language the locale names, read from the environment at start-up.
pub fn locale_language() -> Option<Language> {
    let values: Vec<Option<String>> = i18n::LOCALE_VARIABLES
        .iter()
        .map(|name| std::env::var(name).ok())
        .collect();
    i18n::from_locale(&values)
}

/// The clause set named by `--clauses` or `--set`, or the built-in one in the
/// reader's language; `None` after reporting problems. From here on, words
/// come in the set's language unless `--lang` chose another.
pub fn clause_set(cli: &Cli) -> Option<ClauseSet> {
    let set = match (&cli.clauses, &cli.set) {
        (Some(file), _) => match accord::store::load_clauses(file) {
            Ok(set) => set,
            Err(e) => {
                report_invalid(&e);
                return None;
            }
        },
        (None, Some(id)) => match clauses::built_in(id) {
            Some(set) => set,
            None => {
                let known: Vec<String> =
                    clauses::built_in_sets().into_iter().map(|s| s.id).collect();
                let error = t!("commands-no-set-called", id = id, known = known.join(", "));
                eprintln!("{}", t!("commands-error", error = error));
                return None;
            }
        },
        (None, None) => {
            clauses::built_in_in(i18n::language().tag()).unwrap_or_else(clauses::default_set)
        }
    };
    i18n::set_language(i18n::choose(
        cli.lang,
        Some(&set.language),
        locale_language(),
    ));
    Some(set)
}

/// The data folder, and within it the profile's own folder when `--profile` names one.
pub fn data_dir(cli: &Cli) -> anyhow::Result<PathBuf> {
    let root = match &cli.data_dir {
        Some(dir) => dir.clone(),
        None => store::default_dir()?,
    };
    Ok(store::profile_dir(&root, cli.profile.as_deref())?)
}

/// The data folder's sessions for the commands that only read them, reporting unreadable files.
pub fn sessions_in(cli: &Cli) -> anyhow::Result<(Store, PathBuf, Vec<Summary>)> {
    let dir = data_dir(cli)?;
    let store = store_at(cli, dir.clone());
    let summaries = catalog(&store);
    Ok((store, dir, summaries))
}

/// The store of `dir`, showing only the participant's sessions when one is named.
fn store_at(cli: &Cli, dir: PathBuf) -> Store {
    Store::at(dir).for_participant(cli.participant.as_deref())
}

/// Every readable session's summary, reporting unreadable files.
fn catalog(store: &Store) -> Vec<Summary> {
    let (summaries, notices) = store.catalog(Unreadables::Leave);
    for notice in notices {
        eprintln!("{}", t!("commands-notice", notice = notice.to_string()));
    }
    summaries
}

/// What `export` and `journal` read: the clause set the flags name, and the data folder's sessions.
pub struct Library {
    /// The format asked for.
    pub format: Format,
    /// The clause set.
    pub set: ClauseSet,
    /// The data folder.
    pub store: Store,
    /// Its path, for messages.
    pub dir: PathBuf,
}

impl Library {
    /// Every readable session in the folder, from the index; asked for only
    /// when needed, so one reflection is exported as fast from a long history.
    pub fn summaries(&self) -> Vec<Summary> {
        catalog(&self.store)
    }
}

/// The format, clause set and sessions to write from; `None` after reporting the set's problems.
pub fn library(cli: &Cli, format: &str) -> anyhow::Result<Option<Library>> {
    let format: Format = format.parse().map_err(anyhow::Error::msg)?;
    let Some(set) = clause_set(cli) else {
        return Ok(None);
    };
    let dir = data_dir(cli)?;
    Ok(Some(Library {
        format,
        set,
        store: store_at(cli, dir.clone()),
        dir,
    }))
}

/// Says there is nothing of `set` to write, and how to reach sessions of other sets.
pub fn no_sessions_of(set: &ClauseSet, dir: &Path, others: usize) -> String {
    let dir = accord::sanitize::path(dir);
    let mut message = t!("commands-no-sessions-of", title = &set.title, dir = dir);
    if others > 0 {
        let sessions = t!("count-sessions", count = others);
        message.push_str(&t!("commands-other-sets-have", sessions = sessions));
    }
    message
}

/// The id of the newest session of `set`, or why there is none.
pub fn latest_of(set: &ClauseSet, dir: &Path, summaries: &[Summary]) -> anyhow::Result<String> {
    summaries
        .iter()
        .filter(|s| s.clause_set.id == set.id)
        .max_by_key(|s| (s.started_at, s.updated_at))
        .map(|s| s.id.clone())
        .with_context(|| no_sessions_of(set, dir, summaries.len()))
}

/// Writes a document to the file named (through the store, which keeps it
/// private and away from the sessions), or to the screen; JSON shown on a
/// terminal has its controls escaped, so it can never command the terminal.
pub fn write_document(
    store: &Store,
    output: Option<&Path>,
    document: &[u8],
    format: Format,
) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout();
    let shown;
    let document = match output {
        Some(path) => return Ok(store.write_copy(path, document)?),
        None if format == Format::Json && stdout.is_terminal() => {
            shown = accord::sanitize::json_for_terminal(&String::from_utf8_lossy(document));
            shown.as_bytes()
        }
        None => document,
    };
    stdout
        .write_all(document)
        .context(t!("commands-cannot-write-document"))
}

/// Says on stderr that a copy holds private notes, so nobody shares one unaware.
pub fn warn_of_notes(included: bool) {
    if included {
        eprintln!("{}", t!("commands-private-notes"));
    }
}
