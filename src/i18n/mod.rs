//! Every word a reader sees, looked up by key in one table per language.
//!
//! The tables are Project Fluent files (`<lang>/*.ftl`) built into the
//! program, so plural rules and word order are each language's own. Use the
//! [`t!`](crate::t) macro: `t!("count-questions", count = n)`.
//!
//! The language is chosen once per thread with [`set_language`] (the shell
//! does this at start-up); the core only asks for words, never for settings.

mod choice;

pub use choice::{LOCALE_VARIABLES, choose, from_locale};

use std::cell::Cell;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A language accord speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    /// English, the language every key is written in first.
    English,
    /// Spanish, written with "usted", as the Spanish clause set is.
    Spanish,
}

impl Language {
    /// Every language, in the order a chooser lists them.
    pub const ALL: [Language; 2] = [Language::English, Language::Spanish];

    /// The language's tag, as a clause set's `language` field writes it.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
        }
    }

    /// The language a tag such as `en`, `en-GB` or `en_US.UTF-8` names, if accord speaks it.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_', '.']).next()?.to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The table's source files: each area of the program keeps its words in its own file.
    pub fn sources(self) -> &'static [&'static str] {
        match self {
            Language::English => &[
                include_str!("en/common.ftl"),
                include_str!("en/store.ftl"),
                include_str!("en/commands.ftl"),
                include_str!("en/clauses.ftl"),
                include_str!("en/printouts.ftl"),
                include_str!("en/screens.ftl"),
            ],
            Language::Spanish => &[
                include_str!("es/common.ftl"),
                include_str!("es/store.ftl"),
                include_str!("es/commands.ftl"),
                include_str!("es/clauses.ftl"),
                include_str!("es/printouts.ftl"),
                include_str!("es/screens.ftl"),
            ],
        }
    }
}

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
}

/// Makes `language` the one [`t!`](crate::t) answers in, on this thread.
pub fn set_language(language: Language) {
    CURRENT.with(|c| c.set(language));
}

/// The language [`t!`](crate::t) answers in on this thread.
pub fn language() -> Language {
    CURRENT.with(Cell::get)
}

/// One language's table, parsed once.
pub struct Table {
    bundle: FluentBundle<FluentResource>,
}

impl Table {
    fn build(language: Language) -> Table {
        let id: LanguageIdentifier = language
            .tag()
            .parse()
            .unwrap_or_else(|_| LanguageIdentifier::default());
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Fluent wraps every value in invisible isolation marks, which break
        // width sums and show as boxes on some terminals.
        bundle.set_use_isolating(false);
        for source in language.sources() {
            // The tables are ours and tested to parse cleanly (see the tests below).
            let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
            // A key defined twice keeps its first entry; a test forbids it anyway.
            let _ = bundle.add_resource(resource);
        }
        Table { bundle }
    }

    /// Whether the table has a message with this key.
    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }

    /// The message for `key` with its arguments filled in; the key itself if there is none.
    pub fn message(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }
}

/// The table of `language`, built on first use.
pub fn table(language: Language) -> &'static Table {
    static ENGLISH: OnceLock<Table> = OnceLock::new();
    static SPANISH: OnceLock<Table> = OnceLock::new();
    let cell = match language {
        Language::English => &ENGLISH,
        Language::Spanish => &SPANISH,
    };
    cell.get_or_init(|| Table::build(language))
}

/// The message for `key` in this thread's language; what [`t!`](crate::t) calls.
pub fn message(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    table(language()).message(key, args)
}

/// The words for `key` in the reader's language, with named arguments:
/// `t!("count-questions", count = n)`. Numbers choose plural forms.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::message($key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $key,
            &[$((stringify!($name), $crate::i18n::Arg::from($value).0)),+],
        )
    };
}

/// A value handed to a message: text or a number (numbers pick plural forms).
pub struct Arg<'a>(pub FluentValue<'a>);

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg(FluentValue::from(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg(FluentValue::from(s.as_str()))
    }
}

impl From<String> for Arg<'static> {
    fn from(s: String) -> Self {
        Arg(FluentValue::from(s))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'static> {
            fn from(n: $t) -> Self {
                Arg(FluentValue::from(n))
            }
        }
    )*};
}
number_args!(usize, u64, u32, u16, u8, i64, i32);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_parses_without_errors_or_repeated_keys() {
        for language in Language::ALL {
            let mut seen = std::collections::BTreeSet::new();
            for source in language.sources() {
                let resource = FluentResource::try_new((*source).to_owned())
                    .unwrap_or_else(|(_, errors)| panic!("{language:?}: {errors:?}"));
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        assert!(
                            seen.insert(m.id.name.to_owned()),
                            "{language:?}: {} is defined twice",
                            m.id.name
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn plurals_follow_the_count() {
        set_language(Language::English);
        assert_eq!(crate::t!("count-clauses", count = 1_usize), "1 clause");
        assert_eq!(crate::t!("count-clauses", count = 32_usize), "32 clauses");
        assert_eq!(crate::t!("count-questions", count = 0_usize), "0 questions");
    }

    #[test]
    fn values_carry_no_invisible_isolation_marks() {
        let text = crate::t!("count-questions", count = 3_usize);
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
    }

    #[test]
    fn tags_name_languages_whatever_their_region_or_encoding() {
        assert_eq!(Language::from_tag("en_GB.UTF-8"), Some(Language::English));
        assert_eq!(Language::from_tag("EN"), Some(Language::English));
        assert_eq!(Language::from_tag("xx"), None);
        assert_eq!(Language::from_tag("es_MX.UTF-8"), Some(Language::Spanish));
    }

    #[test]
    fn spanish_plurals_follow_the_count() {
        set_language(Language::Spanish);
        assert_eq!(crate::t!("count-clauses", count = 1_usize), "1 cláusula");
        assert_eq!(
            crate::t!("count-sessions", count = 2_usize),
            "2 reflexiones"
        );
        assert_eq!(crate::t!("count-questions", count = 0_usize), "0 preguntas");
    }
}
