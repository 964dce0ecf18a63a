//! Every clause is written in our own words: no title, text, prompt or
//! suggested question shares
//! a run of 6 words with the essay the sets adapt.
//!
//! The essay itself is not in the project. `tests/fixtures/source-6word-fingerprints.txt`
//! (a copy of `../shared/source-6word-fingerprints.txt`) holds one fingerprint per
//! 6-word run of it; its header says how a run is made, and `words` and
//! `fingerprint` below follow that header step by step.

use std::collections::HashSet;
use std::path::Path;

use accord::model::clauses::{self, ClauseSet};
use sha2::{Digest, Sha256};

const FINGERPRINTS: &str = include_str!("fixtures/source-6word-fingerprints.txt");

/// Words in a run.
const RUN: usize = 6;

/// The fingerprints of the essay's runs: every line that is not a comment.
fn essay_fingerprints() -> HashSet<String> {
    FINGERPRINTS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// The words of a text, made as the fixture's header says, in its order:
/// lowercase; curly apostrophes to '; the contractions expanded; 's dropped;
/// words are the runs of a-z.
fn words(text: &str) -> Vec<String> {
    let mut s = text.to_lowercase().replace(['\u{2019}', '\u{2018}'], "'");
    for (from, to) in [
        ("won't", "will not"),
        ("can't", "can not"),
        ("cannot", "can not"),
        ("n't", " not"),
        ("'re", " are"),
        ("'ll", " will"),
        ("'ve", " have"),
        ("'m", " am"),
        ("'d", " would"),
        ("let's", "let us"),
        ("'s", ""),
    ] {
        s = s.replace(from, to);
    }
    s.split(|c: char| !c.is_ascii_lowercase())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// First 16 hex digits of SHA-256 of the words joined by single spaces.
fn fingerprint(run: &[String]) -> String {
    let digest = Sha256::digest(run.join(" ").as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// Every 6-word run of a text that is in `known`, as readable words.
fn shared_runs(text: &str, known: &HashSet<String>) -> Vec<String> {
    words(text)
        .windows(RUN)
        .filter(|run| known.contains(&fingerprint(run)))
        .map(|run| run.join(" "))
        .collect()
}

/// Each field of a set on its own, named for the report: set title and
/// intro, then every clause's title, text, prompt and suggested questions.
fn fields(set: &ClauseSet) -> Vec<(String, String)> {
    let mut out = vec![
        (format!("{}: title", set.id), set.title.clone()),
        (format!("{}: intro", set.id), set.intro.clone()),
    ];
    for c in &set.clauses {
        out.push((format!("{}: title", c.id), c.title.clone()));
        out.push((format!("{}: text", c.id), c.text.clone()));
        out.push((format!("{}: prompt", c.id), c.prompt.clone()));
        for (i, q) in c.questions.iter().enumerate() {
            out.push((format!("{}: suggested question {}", c.id, i + 1), q.clone()));
        }
    }
    out
}

fn assert_original(set: &ClauseSet) {
    let known = essay_fingerprints();
    let mut shared = Vec::new();
    for (name, text) in fields(set) {
        for run in shared_runs(&text, &known) {
            shared.push(format!("{name}: \"{run}\""));
        }
    }
    println!("{}: {} runs shared with the essay", set.id, shared.len());
    for s in &shared {
        println!("  {s}");
    }
    assert!(
        shared.is_empty(),
        "{} 6-word runs shared with the source essay; reword them:\n{}",
        shared.len(),
        shared.join("\n")
    );
}

fn spanish_set() -> ClauseSet {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/clauses/acuerdo.toml");
    accord::store::load_clauses(Path::new(path)).expect("the Spanish set loads")
}

#[test]
fn the_fixture_is_a_list_of_fingerprints() {
    let known = essay_fingerprints();
    assert!(known.len() > 1000, "only {} fingerprints", known.len());
    for f in &known {
        assert!(
            f.len() == 16 && f.chars().all(|c| c.is_ascii_hexdigit()),
            "not a fingerprint: {f:?}"
        );
    }
}

#[test]
fn words_are_normalised_as_the_fixture_says() {
    assert_eq!(words("Don't"), ["do", "not"]);
    assert_eq!(words("won't"), ["will", "not"]);
    assert_eq!(
        words("I can't, you cannot"),
        ["i", "can", "not", "you", "can", "not"]
    );
    assert_eq!(words("the doctor's chart"), ["the", "doctor", "chart"]);
    assert_eq!(words("Doctor\u{2019}s"), ["doctor"]);
    assert_eq!(
        words("we're they'll I've I'm you'd"),
        [
            "we", "are", "they", "will", "i", "have", "i", "am", "you", "would"
        ]
    );
    assert_eq!(words("Let's go"), ["let", "us", "go"]);
    assert_eq!(words("well-being, 24/7!"), ["well", "being"]);
}

#[test]
fn a_fingerprint_is_16_hex_digits_of_sha256() {
    // SHA-256("a b c d e f") begins with these 16 hex digits.
    let run: Vec<String> = "a b c d e f".split(' ').map(str::to_owned).collect();
    let expected: String = Sha256::digest(b"a b c d e f")
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(fingerprint(&run), expected);
    assert_eq!(fingerprint(&run).len(), 16);
}

#[test]
fn the_checker_finds_a_shared_run() {
    // The essay is not here, so make a source of our own: one made-up phrase,
    // fingerprinted the same way and added to the essay's fingerprints.
    let made_up = "The purple kettle sings to quiet moons.";
    let run: Vec<String> = words("purple kettle sings to quiet moons");
    let mut known = essay_fingerprints();
    assert!(shared_runs(made_up, &known).is_empty());
    known.insert(fingerprint(&run));
    assert_eq!(
        shared_runs(made_up, &known),
        ["purple kettle sings to quiet moons"]
    );
    // Case, apostrophes and punctuation do not hide a run.
    let disguised = "\u{201c}Purple kettle\u{2019}s SINGS, to quiet... moons!\u{201d}";
    assert_eq!(shared_runs(disguised, &known).len(), 1);
    // Five words of it are not a run.
    assert!(shared_runs("kettle sings to quiet moons", &known).is_empty());
}

#[test]
fn the_english_set_shares_no_run_with_the_essay() {
    assert_original(&clauses::default_set());
}

#[test]
fn the_spanish_set_shares_no_run_with_the_essay() {
    assert_original(&spanish_set());
}
