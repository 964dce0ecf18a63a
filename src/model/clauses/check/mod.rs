//! Checking a clause set's TOML: every problem at once, each with its line
//! and column, in words a workshop facilitator can act on.

use std::collections::HashMap;
use std::ops::Range;

mod questions;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{CLAUSE_FIELDS, Clause, ClauseSet, Problem, SET_FIELDS, Speaker, clause_digest};
use crate::{sanitize, t};
use sha2::{Digest, Sha256};

/// Walks the parsed TOML, collecting every problem rather than stopping at the first.
pub(super) struct Checker<'t> {
    text: &'t str,
    /// Where each line starts, so finding a problem's line is a binary search, not a rescan.
    line_starts: Vec<usize>,
    pub(super) problems: Vec<Problem>,
}

type Table<'i> = DeTable<'i>;
type Value<'i> = Spanned<DeValue<'i>>;

impl<'t> Checker<'t> {
    /// A checker for `text`, with its line starts found in one pass.
    pub(super) fn new(text: &'t str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self {
            text,
            line_starts,
            problems: Vec::new(),
        }
    }

    pub(super) fn set(&mut self) -> Option<ClauseSet> {
        let (root, syntax) = DeTable::parse_recoverable(self.text);
        if !syntax.is_empty() {
            for e in syntax {
                let span = e.span().unwrap_or(0..0);
                let hint = self.quoting_hint(span.start);
                let message = e.message().trim_end();
                self.report(span, t!("clauses-syntax", message = message, hint = hint));
            }
            return None;
        }
        let root_span = 0..0;
        let table = root.get_ref();
        self.unknown_fields(table, SET_FIELDS, &t!("clauses-at-the-top"));

        let the_set = t!("clauses-the-set");
        let id = self.id(table, &root_span, &the_set);
        let title = self.string(table, "title", &root_span, &the_set);
        let version = self.version(table, &root_span);
        let language = self.language(table, &root_span);
        let source = self.string(table, "source", &root_span, &the_set);
        let intro = self.string(table, "intro", &root_span, &the_set);
        let clauses = self.clauses(table);

        Some(ClauseSet {
            id: id?,
            title: sanitize::line(&title?),
            version: version?,
            language: language?,
            source: sanitize::line(&source?),
            intro: sanitize::text(&intro?),
            clauses: clauses?,
            digest: format!("sha256:{:x}", Sha256::digest(self.text.as_bytes())),
        })
    }

    fn clauses(&mut self, table: &Table<'_>) -> Option<Vec<Clause>> {
        let Some((key, value)) = field(table, "clause") else {
            self.report(self.text.len()..self.text.len(), t!("clauses-no-clauses"));
            return None;
        };
        let Some(array) = value.get_ref().as_array() else {
            self.report(key.span(), t!("clauses-not-a-list"));
            return None;
        };
        if array.is_empty() {
            self.report(key.span(), t!("clauses-no-clauses"));
            return None;
        }
        let mut clauses = Vec::new();
        let mut seen: HashMap<String, Range<usize>> = HashMap::new();
        let mut ok = true;
        for (n, item) in array.iter().enumerate() {
            let what = t!("clauses-clause-number", number = n + 1);
            let Some(t) = item.get_ref().as_table() else {
                self.report(item.span(), t!("clauses-not-a-section", what = &what));
                ok = false;
                continue;
            };
            let span = item.span();
            self.unknown_fields(t, CLAUSE_FIELDS, &t!("clauses-in", what = &what));
            let id = self.id(t, &span, &what);
            if let (Some(id), Some((_, v))) = (&id, field(t, "id")) {
                if let Some(first) = seen.get(id) {
                    let first_line = self.position(first.start).0;
                    let second = self.position(v.span().start).0;
                    let message = t!(
                        "clauses-id-twice",
                        id = id,
                        first = first_line,
                        second = second
                    );
                    self.report(v.span(), message);
                    ok = false;
                }
                seen.entry(id.clone()).or_insert_with(|| v.span());
            }
            let title = self.string(t, "title", &span, &what);
            let speaker = self.speaker(t, &span, &what);
            let text = self.string(t, "text", &span, &what);
            let prompt = self.string(t, "prompt", &span, &what);
            let questions = self.questions(t);
            match (id, title, speaker, text, prompt, questions) {
                (
                    Some(id),
                    Some(title),
                    Some(speaker),
                    Some(text),
                    Some(prompt),
                    Some(questions),
                ) => {
                    let (title, text) = (sanitize::line(&title), sanitize::text(&text));
                    clauses.push(Clause {
                        id,
                        digest: clause_digest(&title, &text),
                        title,
                        speaker,
                        text,
                        prompt: sanitize::text(&prompt),
                        questions,
                    })
                }
                _ => ok = false,
            }
        }
        ok.then_some(clauses)
    }

    /// A required, non-empty string field, trimmed.
    fn string(
        &mut self,
        table: &Table<'_>,
        name: &str,
        owner: &Range<usize>,
        what: &str,
    ) -> Option<String> {
        let Some((_, value)) = field(table, name) else {
            // A misspelling of it is reported as an unknown field with "did you
            // mean": one problem to fix, not two.
            let misspelled = table.iter().any(|(key, _)| {
                let key: &str = key.get_ref();
                !SET_FIELDS.contains(&key) && !CLAUSE_FIELDS.contains(&key) && resembles(key, name)
            });
            if !misspelled {
                self.report(
                    owner.clone(),
                    t!("clauses-missing-field", what = what, name = name),
                );
            }
            return None;
        };
        let Some(s) = value.get_ref().as_str() else {
            let kind = kind(value.get_ref().type_str());
            self.report(
                value.span(),
                t!("clauses-not-text", name = name, kind = kind),
            );
            return None;
        };
        if s.trim().is_empty() {
            self.report(value.span(), t!("clauses-empty-field", name = name));
            return None;
        }
        Some(s.trim().to_owned())
    }

    fn id(&mut self, table: &Table<'_>, owner: &Range<usize>, what: &str) -> Option<String> {
        let id = self.string(table, "id", owner, what)?;
        if crate::model::id::is_clause_id(&id) {
            return Some(id);
        }
        let span = field(table, "id").map_or(owner.clone(), |(_, v)| v.span());
        self.report(
            span,
            t!(
                "clauses-bad-id",
                id = sanitize::line(&id),
                max = crate::model::id::MAX_LEN
            ),
        );
        None
    }

    fn speaker(&mut self, table: &Table<'_>, owner: &Range<usize>, what: &str) -> Option<Speaker> {
        let name = self.string(table, "speaker", owner, what)?;
        if let Some(speaker) = Speaker::from_name(&name) {
            return Some(speaker);
        }
        let span = field(table, "speaker").map_or(owner.clone(), |(_, v)| v.span());
        self.report(
            span,
            t!(
                "clauses-unknown-speaker",
                name = sanitize::line(&name),
                names = Speaker::NAMES.join(", ")
            ),
        );
        None
    }

    fn version(&mut self, table: &Table<'_>, owner: &Range<usize>) -> Option<u32> {
        let Some((_, value)) = field(table, "version") else {
            self.report(owner.clone(), t!("clauses-no-version"));
            return None;
        };
        let parsed = value
            .get_ref()
            .as_integer()
            .and_then(|i| i64::from_str_radix(i.as_str(), i.radix()).ok())
            .and_then(|n| u32::try_from(n).ok())
            .filter(|&n| n >= 1);
        if parsed.is_none() {
            self.report(value.span(), t!("clauses-bad-version"));
        }
        parsed
    }

    fn language(&mut self, table: &Table<'_>, owner: &Range<usize>) -> Option<String> {
        let tag = self.string(table, "language", owner, &t!("clauses-the-set"))?;
        let mut parts = tag.split('-');
        let primary_ok = parts.next().is_some_and(|p| {
            (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic())
        });
        let rest_ok = parts
            .all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
        if primary_ok && rest_ok {
            return Some(tag);
        }
        let span = field(table, "language").map_or(owner.clone(), |(_, v)| v.span());
        self.report(span, t!("clauses-bad-language", tag = sanitize::line(&tag)));
        None
    }

    fn unknown_fields(&mut self, table: &Table<'_>, allowed: &[&str], place: &str) {
        for (key, _) in table.iter() {
            let name: &str = key.get_ref();
            if allowed.contains(&name) {
                continue;
            }
            let hint = allowed
                .iter()
                .filter(|a| **a != "clause")
                .filter(|a| resembles(name, a))
                .max_by(|a, b| likeness(name, a).total_cmp(&likeness(name, b)))
                .map(|a| t!("clauses-did-you-mean", name = *a))
                .unwrap_or_default();
            self.report(
                key.span(),
                t!(
                    "clauses-unknown-field",
                    name = sanitize::line(name),
                    place = place,
                    hint = hint,
                    allowed = allowed.join(", ")
                ),
            );
        }
    }

    /// Most syntax errors a facilitator meets are about quotes; says so in
    /// everyday words, after the parser's own message.
    fn quoting_hint(&self, offset: usize) -> String {
        let (line, _) = self.position(offset);
        let start = self.line_starts[line - 1];
        let text = self.text[start..].lines().next().unwrap_or("");
        if text.contains(['“', '”', '‘', '’']) {
            t!("clauses-hint-curly-quotes")
        } else if text.matches('"').count() % 2 == 1 {
            t!("clauses-hint-missing-quote")
        } else if text.split_once('=').is_some_and(|(_, v)| {
            !v.trim_start().starts_with(['"', '\'', '[', '{']) && v.trim().parse::<i64>().is_err()
        }) {
            t!("clauses-hint-unquoted")
        } else {
            String::new()
        }
    }

    fn report(&mut self, span: Range<usize>, message: String) {
        let (line, column) = self.position(span.start);
        self.problems.push(Problem {
            line,
            column,
            message,
        });
    }

    /// 1-based line and character column of a byte offset.
    fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        // The last line starting at or before the offset.
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let line_start = self.line_starts[line - 1];
        let before = self.text.get(line_start..offset).unwrap_or("");
        (line, before.chars().count() + 1)
    }
}

fn field<'a, 'i>(
    table: &'a Table<'i>,
    name: &str,
) -> Option<(&'a Spanned<toml::de::DeString<'i>>, &'a Value<'i>)> {
    table.iter().find(|(k, _)| k.get_ref() == name)
}

/// A TOML value's type, as a facilitator would call it.
fn kind(type_str: &str) -> String {
    match type_str {
        "integer" | "float" => t!("clauses-kind-number"),
        "boolean" => t!("clauses-kind-boolean"),
        "datetime" => t!("clauses-kind-date"),
        "array" => t!("clauses-kind-list"),
        "table" => t!("clauses-kind-section"),
        other => other.to_owned(),
    }
}

/// How alike a key someone typed is to a field's name, from 0 to 1.
fn likeness(typed: &str, field: &str) -> f64 {
    strsim::normalized_damerau_levenshtein(typed, field)
}

/// Whether `typed` looks like a slip of the keyboard for `field`, worth a "did you mean".
fn resembles(typed: &str, field: &str) -> bool {
    if typed.chars().count() <= 2 || field.chars().count() <= 2 {
        // Any two letters are two edits from `id`: only one slip still points at it.
        strsim::damerau_levenshtein(typed, field) <= 1
    } else {
        likeness(typed, field) >= 0.6
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn did_you_mean_is_offered_only_for_a_near_match() {
        for (typed, field) in [("titel", "title"), ("promt", "prompt"), ("ib", "id")] {
            assert!(resembles(typed, field), "{typed} for {field}");
        }
        for (typed, field) in [
            ("xy", "id"),
            ("to", "id"),
            ("colour", "source"),
            ("name", "title"),
        ] {
            assert!(!resembles(typed, field), "{typed} for {field}");
        }
    }

    #[test]
    fn positions_count_characters_not_bytes() {
        let checker = Checker::new("é = 1\nab = ");
        assert_eq!(checker.position(0), (1, 1));
        assert_eq!(checker.position("é = 1\nab".len()), (2, 3));
        assert_eq!(checker.position(999), (2, 6));
    }

    #[test]
    fn a_value_that_is_not_text_is_named_in_everyday_words() {
        let problems = |text: &str| match super::super::parse("x.toml", text) {
            Err(super::super::LoadError::Invalid { problems, .. }) => problems,
            other => panic!("expected problems, got {other:?}"),
        };
        let found = problems("title = 3\n");
        assert!(
            found
                .iter()
                .any(|p| p.message == "`title` must be text in quotes, not a number"),
            "{found:?}"
        );
        crate::i18n::set_language(crate::i18n::Language::Spanish);
        let found = problems("title = [1]\n");
        assert!(
            found
                .iter()
                .any(|p| p.message == "`title` debe ser un texto entre comillas, no una lista"),
            "{found:?}"
        );
    }
}
