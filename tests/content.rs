//! Screens say what they show as content; the full-screen shell only lays it
//! out. So every sentence a reader sees can be printed without ratatui, and
//! no view under `src/tui/` holds words of its own.

use std::path::Path;

use accord::app::content::plain;
use accord::app::screens::clause;
use accord::app::{App, Intent, Start};
use accord::model::clauses;
use accord::model::session::{Session, Stance, TextField};
use jiff::Timestamp;

fn t(n: i64) -> Timestamp {
    Timestamp::from_second(1_790_000_000 + n).expect("time")
}

/// Literals in the shell that are not words: an environment variable's
/// name and the exported files' names, which are formats on disk.
const NOT_WORDS: [&str; 2] = ["NO_COLOR", "{}-agenda.{}"];

/// The string literals of `source`, outside comments and tests; a key
/// looked up in the words table (`t!("key")`) is not a literal sentence.
fn literals(source: &str) -> Vec<String> {
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    let mut found = Vec::new();
    // What came before, across lines: rustfmt may put a lookup's key on the next line.
    let mut before = String::new();
    for line in code.lines() {
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '/' && chars.peek() == Some(&'/') {
                break;
            }
            // A quote inside a char literal ('"') opens no string.
            if c == '"' && !before.ends_with('\'') {
                let mut literal = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        other => literal.push(other),
                    }
                }
                if !is_lookup(before.trim_end()) {
                    found.push(literal);
                }
            }
            before.push(c);
        }
    }
    found
}

/// Whether code just before a string literal is a `t!(` lookup (not `format!(`).
fn is_lookup(before: &str) -> bool {
    before.strip_suffix("t!(").is_some_and(|rest| {
        !rest
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// The literal without its format placeholders (`{:<width$}` is not a word).
fn without_placeholders(literal: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn rust_files(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn no_sentence_lives_only_in_the_full_screen_shell() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui"),
        &mut files,
    );
    assert!(
        files.len() >= 10,
        "found only {} files: is the scan broken?",
        files.len()
    );
    let mut words = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).expect("source file");
        for literal in literals(&source) {
            let letters = without_placeholders(&literal)
                .chars()
                .any(char::is_alphabetic);
            if letters && !NOT_WORDS.contains(&literal.as_str()) {
                words.push(format!("{}: {literal:?}", file.display()));
            }
        }
    }
    assert!(
        words.is_empty(),
        "words belong in the screen's content (and i18n), not in a view:\n{}",
        words.join("\n")
    );
}

#[test]
fn the_scan_finds_words_and_skips_comments_and_placeholders() {
    let source = "// \"in a comment\"\nlet a = \"Hello\"; let b = format!(\"{:<width$}\", x);\n\
                  let c = '\"'; let d = t!(\"screens-key\");";
    let found = literals(source);
    assert_eq!(found, ["Hello", "{:<width$}"]);
    assert_eq!(without_placeholders("{:<width$}"), "");
}

#[test]
fn the_clause_screen_reads_as_plain_sentences() {
    let set = clauses::default_set();
    let mut session = Session::new("test".into(), &set, t(0));
    session.set_stance("partnership", Some(Stance::Agree), t(1));
    session.set_text("partnership", TextField::Question, "Why a team?", t(2));
    let mut app = App::new(Start::new(set, session));
    app.update(Intent::Begin, t(3));
    let text = plain(&clause::content(&app)).join("\n");
    let first = &app.set.clauses[0];
    for expected in [
        first.title.as_str(),
        first.prompt.as_str(),
        "│ To think about",
        "Your answer: ✓ agree",
        "? Your question:",
        "  Why a team?",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
}
