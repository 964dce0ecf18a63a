//! What becomes a document: each printout gathers what it says once, as a
//! [`Document`], and a writer lays it out in the format asked for.

pub mod agenda;
pub mod blank;
pub mod journal;
pub mod json;
pub mod record;
pub mod spool;
pub mod tally;

use std::fmt;
use std::str::FromStr;

use crate::document::{self, Document};
use crate::i18n;
use crate::model::clauses::ClauseSet;
use crate::model::session::{Session, Stance};

/// A document format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Markdown, for notes apps and email.
    Markdown,
    /// Plain text wrapped at 80 columns, for printing.
    Text,
    /// One self-contained printable web page.
    Html,
    /// The session exactly as stored.
    Json,
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "markdown" | "md" => Ok(Self::Markdown),
            "text" | "txt" => Ok(Self::Text),
            "html" => Ok(Self::Html),
            "json" => Ok(Self::Json),
            other => Err(crate::t!("printout-unknown-format", format = other)),
        }
    }
}

impl Format {
    /// The usual file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Text => "txt",
            Self::Html => "html",
            Self::Json => "json",
        }
    }
}

/// What lays a document out in one format.
pub type Writer = fn(&Document) -> String;

/// The writer that lays a document out in `format`; JSON is data, not a layout, so it has none.
pub fn writer(format: Format) -> Option<Writer> {
    match format {
        Format::Markdown => Some(document::markdown::render),
        Format::Text => Some(document::text::render),
        Format::Html => Some(document::html::render),
        Format::Json => None,
    }
}

/// What `e` on the agenda writes, as file names and pages: the one-page agenda
/// to print (first, for opening), the same as plain text, and the full record.
pub fn for_the_visit(
    session: &Session,
    set: &ClauseSet,
    agenda: &agenda::Options,
    record: &record::Options,
) -> Vec<(String, String)> {
    let id = &session.id;
    vec![
        (
            format!("{id}-agenda.html"),
            agenda::render(session, set, Format::Html, agenda),
        ),
        (
            format!("{id}-agenda.txt"),
            agenda::render(session, set, Format::Text, agenda),
        ),
        (
            format!("{id}-full-record.html"),
            record::render(session, set, Format::Html, record),
        ),
    ]
}

/// A new document titled `title`, in the language words are looked up in.
fn titled(title: String) -> Document {
    Document {
        title,
        language: i18n::language().tag().to_owned(),
        blocks: Vec::new(),
    }
}

/// A new document titled `title`, in the clause set's language (a screen
/// reader then speaks the clauses in the right voice); a set that names none
/// is in the language words are looked up in.
fn titled_for(title: String, set: &ClauseSet) -> Document {
    let mut doc = titled(title);
    if !set.language.trim().is_empty() {
        doc.language = set.language.trim().to_owned();
    }
    doc
}

/// Where the reader stands, in words that need no colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StanceWord(pub Option<Stance>);

impl fmt::Display for StanceWord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self.0 {
            Some(Stance::Agree) => crate::t!("printout-stance-agree"),
            Some(Stance::Disagree) => crate::t!("printout-stance-not-on-board"),
            Some(Stance::NotNow) => crate::t!("printout-stance-not-now"),
            None => crate::t!("printout-stance-unanswered"),
        })
    }
}

/// A yes-or-no choice as a message argument: Fluent selects on words, not booleans.
fn yes_no(yes: bool) -> &'static str {
    if yes { "yes" } else { "no" }
}

/// The line every printout ends with: which clause set, which version, whose words.
fn credit(set: &ClauseSet) -> String {
    crate::t!(
        "printout-credit",
        title = &set.title,
        version = set.version.to_string(),
        id = &set.id,
        source = &set.source
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::clauses::default_set;
    use jiff::Timestamp;
    use jiff::tz::TimeZone;

    /// A page's head, less its title line: what every printout must share.
    fn head(page: &str) -> String {
        let head = page.split("<main>").next().unwrap_or_default();
        head.lines()
            .filter(|l| !l.starts_with("<title>"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn the_record_and_the_journal_share_one_html_head() {
        let set = default_set();
        let session = Session::new("s".into(), &set, Timestamp::UNIX_EPOCH);
        let options = record::Options {
            notes: true,
            tz: TimeZone::UTC,
            now: Timestamp::UNIX_EPOCH,
        };
        let record = record::render(&session, &set, Format::Html, &options);
        let journal = journal::render(&[&session], &set, &TimeZone::UTC, true, Format::Html);
        let journal = journal.unwrap_or_default();
        assert_eq!(head(&record), head(&journal));
        assert!(head(&journal).contains("<meta name=\"viewport\""));
        assert!(head(&journal).contains("<html lang=\"en\">"));
    }

    #[test]
    fn the_page_speaks_the_clause_sets_language() {
        let mut set = default_set();
        set.language = "es".into();
        let session = Session::new("s".into(), &set, Timestamp::UNIX_EPOCH);
        let options = record::Options {
            notes: true,
            tz: TimeZone::UTC,
            now: Timestamp::UNIX_EPOCH,
        };
        let page = record::render(&session, &set, Format::Html, &options);
        assert!(page.contains("<html lang=\"es\">"), "{page}");
        assert!(page.contains("<main>") && page.contains("</main>"));
    }
}
