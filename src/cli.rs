//! The command line: flags, subcommands and their help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::i18n::Language;

/// accord walks you through a doctor-patient partnership agreement, one
/// clause at a time. For each clause you can agree, mark that you are not on
/// board, write a question for your doctor, or keep a private note. Every
/// answer is saved at once, on this computer only.
#[derive(Debug, Parser)]
#[command(name = "accord", version, about, long_about = None)]
#[command(
    after_help = "Run with no command to start or continue the walkthrough.

Accessibility:
  --plain (or TERM=dumb, or ACCESSIBLE=1) asks one clause at a time in plain
  lines, for screen readers, braille displays and simple terminals; type a
  letter or word and press Enter. It also reads answers from a file.
  --theme light, dark or high-contrast (or ACCORD_THEME) picks colours for
  your background; NO_COLOR=1 turns colour off. Where the terminal cannot show
  symbols (the Linux console, a non-UTF-8 locale), plain ASCII stands in."
)]
pub struct Cli {
    /// What to do; without one, start or continue the walkthrough.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Use this clause set instead of the built-in agreement.
    #[arg(long, value_name = "FILE", global = true)]
    pub clauses: Option<PathBuf>,

    /// Use the built-in clause set with this id: partnership (English) or acuerdo (Spanish).
    #[arg(long, value_name = "ID", global = true, conflicts_with = "clauses")]
    pub set: Option<String>,

    /// The language of every word on screen: en or es (otherwise the clause set's, then your locale's).
    #[arg(long, value_name = "LANG", env = "ACCORD_LANG", global = true, value_parser = language)]
    pub lang: Option<Language>,

    /// Keep answers in this folder instead of the usual place.
    #[arg(long, value_name = "DIR", env = "ACCORD_DATA_DIR", global = true)]
    pub data_dir: Option<PathBuf>,

    /// A name for one person's own folder of answers (a profile), so people sharing a computer keep theirs apart.
    #[arg(long, value_name = "NAME", global = true)]
    pub profile: Option<String>,

    /// Start a fresh session instead of continuing the last unfinished one.
    #[arg(long)]
    pub new: bool,

    /// Plain lines instead of the full screen: for screen readers and simple terminals.
    #[arg(long)]
    pub plain: bool,

    /// Colours for your screen: light, dark or high-contrast (default: your terminal's own).
    #[arg(long, value_name = "THEME", env = "ACCORD_THEME")]
    pub theme: Option<crate::tui::theme::ThemeName>,

    /// Your name, stored with your answers; only your own reflections are shown (handy on shared computers).
    #[arg(long, value_name = "NAME", global = true)]
    pub participant: Option<String>,
}

/// The subcommands beside the walkthrough itself.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a clause set file and list every problem in it.
    Check {
        /// The clause set (a .toml file) to check.
        file: PathBuf,
    },
    /// Write a session as a document to print or share (to the screen unless -o is given).
    Export {
        /// Which session: an id from `accord sessions`, or `latest` (the one started last).
        #[arg(long, value_name = "ID", default_value = "latest")]
        session: String,
        /// Write only the one-page agenda to take to the visit, not the full record.
        #[arg(long)]
        agenda: bool,
        /// Print the agreement with no answers, with boxes to tick and lines to write on.
        #[arg(long, conflicts_with = "agenda")]
        blank: bool,
        /// With --blank: large type for readers who see small print poorly (HTML).
        #[arg(long, requires = "blank")]
        large_print: bool,
        /// Format, notes and where it goes.
        #[command(flatten)]
        printout: PrintoutArgs,
    },
    /// List your sessions, one line each.
    Sessions,
    /// Save where you stand on each clause, with no notes or names, to give a workshop leader.
    Share {
        /// Write to this file instead of the exports folder.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Also share your questions for the doctor (never your notes).
        #[arg(long)]
        questions: bool,
    },
    /// For workshop leaders: count the share files people handed in.
    Tally {
        /// Share files, or folders holding them.
        #[arg(value_name = "DIR|FILE", required = true)]
        inputs: Vec<PathBuf>,
        /// markdown, text, html (a printable page with bars), csv or json.
        #[arg(long, value_name = "FORMAT", default_value = "markdown")]
        format: String,
        /// Write to this file instead of the screen.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Counts below this show as "fewer than N", so no one is singled out.
        #[arg(long, value_name = "N", default_value_t = crate::model::tally::DEFAULT_MIN_COUNT)]
        min_count: usize,
    },
    /// Write every session of a clause set in date order, and how each answer moved.
    Journal {
        /// Format, notes and where it goes.
        #[command(flatten)]
        printout: PrintoutArgs,
    },
}

/// Reads `--lang`: a language accord speaks, by its tag.
fn language(tag: &str) -> Result<Language, String> {
    Language::from_tag(tag).ok_or_else(|| {
        let known: Vec<&str> = Language::ALL.iter().map(|l| l.tag()).collect();
        crate::t!(
            "commands-unknown-language",
            tag = tag,
            known = known.join(", ")
        )
    })
}

/// What `export` and `journal` share: the format, whether notes go in, and where the file goes.
#[derive(Debug, Args)]
pub struct PrintoutArgs {
    /// markdown, text (for printing), html (a printable page) or json (as stored).
    #[arg(long, value_name = "FORMAT", default_value = "markdown")]
    pub format: String,
    /// Put your private notes in too (they are left out unless you ask).
    #[arg(long, overrides_with = "no_notes")]
    pub notes: bool,
    /// Leave private notes out (the usual way; kept so older scripts still work).
    #[arg(long, overrides_with = "notes")]
    pub no_notes: bool,
    /// Write to this file instead of the screen.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

impl PrintoutArgs {
    /// Whether private notes go into the printout: only when asked for, and not taken back.
    pub fn with_notes(&self) -> bool {
        self.notes && !self.no_notes
    }
}
