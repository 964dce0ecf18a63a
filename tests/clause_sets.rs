//! The default clause set, and what each kind of broken clause file reports.

use accord::model::clauses::{self, LoadError, Problem, Speaker};

/// The outline's ids, in its order (`shared/clause-outline.md`).
const OUTLINE: [(&str, Speaker); 32] = [
    ("partnership", Speaker::Both),
    ("not-broken", Speaker::Doctor),
    ("body-heals", Speaker::Both),
    ("calm-to-heal", Speaker::Doctor),
    ("doctor-under-strain", Speaker::Doctor),
    ("choices-without-pressure", Speaker::Doctor),
    ("active-participant", Speaker::Patient),
    ("other-model-welcome", Speaker::Doctor),
    ("equals", Speaker::Doctor),
    ("mutual-respect", Speaker::Both),
    ("dignity", Speaker::Doctor),
    ("time", Speaker::Both),
    ("presence", Speaker::Both),
    ("inner-wisdom", Speaker::Doctor),
    ("reasons-and-autonomy", Speaker::Doctor),
    ("another-plan", Speaker::Both),
    ("free-to-leave", Speaker::Doctor),
    ("cautious-medicine", Speaker::Patient),
    ("patient-decides", Speaker::Both),
    ("challenge-welcome", Speaker::Doctor),
    ("follow-through", Speaker::Patient),
    ("speak-up", Speaker::Patient),
    ("grounded-hope", Speaker::Doctor),
    ("straight-talk", Speaker::Doctor),
    ("truth", Speaker::Both),
    ("confidentiality", Speaker::Both),
    ("safe-to-explore", Speaker::Both),
    ("doctor-is-human", Speaker::Patient),
    ("gentle-feedback", Speaker::Both),
    ("free-to-end", Speaker::Both),
    ("doing-our-best", Speaker::Both),
    ("shared-commitments", Speaker::Both),
];

#[test]
fn the_default_set_has_the_outlines_clauses_in_order() {
    let set = clauses::default_set();
    let found: Vec<(&str, Speaker)> = set
        .clauses
        .iter()
        .map(|c| (c.id.as_str(), c.speaker))
        .collect();
    assert_eq!(found, OUTLINE);
    assert_eq!(set.language, "en");
    assert!(
        set.source.contains("Lissa Rankin"),
        "credit: {}",
        set.source
    );
    assert!(set.source.contains("A Sacred Doctor-Patient Contract"));
    assert!(set.source.contains("2024"));
    for c in &set.clauses {
        assert!(!c.title.is_empty() && !c.text.is_empty() && !c.prompt.is_empty());
    }
}

/// One field of a table read as plain TOML, as text.
fn text_of<'a>(table: &'a toml::Table, key: &str) -> &'a str {
    table[key]
        .as_str()
        .unwrap_or_else(|| panic!("`{key}` is text"))
}

#[test]
fn the_default_set_is_the_shipped_file_word_for_word() {
    // Read with a plain TOML parser and no accord code: a loader that drops,
    // reorders, mixes up or mangles anything in the shipped file fails here.
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/clauses/partnership.toml");
    let text = std::fs::read_to_string(path).expect("read the shipped file");
    let file: toml::Table = toml::from_str(&text).expect("plain TOML");
    let set = clauses::default_set();
    assert_eq!(set.id, text_of(&file, "id"));
    assert_eq!(set.title, text_of(&file, "title"));
    assert_eq!(
        i64::from(set.version),
        file["version"].as_integer().expect("version")
    );
    assert_eq!(set.language, text_of(&file, "language"));
    assert_eq!(set.source, text_of(&file, "source"));
    assert_eq!(set.intro, text_of(&file, "intro").trim());
    let shipped = file["clause"].as_array().expect("[[clause]] tables");
    assert_eq!(set.clauses.len(), shipped.len());
    for (clause, raw) in set.clauses.iter().zip(shipped) {
        let raw = raw.as_table().expect("a [[clause]] table");
        assert_eq!(clause.id, text_of(raw, "id"));
        assert_eq!(clause.title, text_of(raw, "title"), "{}", clause.id);
        let speaker = format!("{:?}", clause.speaker).to_lowercase();
        assert_eq!(speaker, text_of(raw, "speaker"), "{}", clause.id);
        assert_eq!(clause.text, text_of(raw, "text"), "{}", clause.id);
        assert_eq!(clause.prompt, text_of(raw, "prompt"), "{}", clause.id);
    }
}

/// A small valid set; each test breaks one thing in it.
const GOOD: &str = r#"id = "workshop"
title = "Workshop set"
version = 1
language = "en"
source = "Written for tests"
intro = "A short set."

[[clause]]
id = "listen"
title = "Listening"
speaker = "doctor"
text = "Your doctor listens to you."
prompt = "What helps you feel heard?"

[[clause]]
id = "on-time"
title = "On time"
speaker = "both"
text = "You both arrive on time."
prompt = "What makes being on time hard?"
"#;

fn problems(text: &str) -> Vec<Problem> {
    match clauses::parse("workshop.toml", text) {
        Err(LoadError::Invalid { problems, .. }) => problems,
        other => panic!("expected problems, got {other:?}"),
    }
}

/// The only problem in `text`: its line and message.
fn only_problem(text: &str) -> (usize, String) {
    let found = problems(text);
    assert_eq!(found.len(), 1, "expected one problem: {found:#?}");
    (found[0].line, found[0].message.clone())
}

#[test]
fn the_good_fixture_loads() {
    let set = clauses::parse("workshop.toml", GOOD).expect("valid");
    assert_eq!(set.clauses.len(), 2);
}

#[test]
fn toml_syntax_errors_point_at_the_line() {
    let (line, message) =
        only_problem(&GOOD.replace("title = \"Listening\"", "title = \"Listening"));
    assert_eq!(line, 10);
    assert!(message.starts_with("TOML syntax"), "{message}");
    assert!(message.contains("missing a double quote"), "{message}");

    // The parser's words, then what to do in everyday ones.
    let (_, curly) = only_problem(&GOOD.replace("title = \"Listening\"", "title = “Listening”"));
    assert!(curly.contains("not curly ones"), "{curly}");
    let (_, bare) = only_problem(&GOOD.replace("title = \"Listening\"", "title = Listening"));
    assert!(bare.contains("put text in double quotes"), "{bare}");
}

#[test]
fn a_missing_field_names_the_clause_and_field() {
    let (line, message) =
        only_problem(&GOOD.replace("prompt = \"What helps you feel heard?\"\n", ""));
    assert_eq!(line, 8, "the [[clause]] header");
    assert!(
        message.contains("clause 1 is missing `prompt`"),
        "{message}"
    );
}

#[test]
fn a_missing_set_field_is_named() {
    let (line, message) = only_problem(&GOOD.replace("intro = \"A short set.\"\n", ""));
    assert_eq!(line, 1);
    assert!(message.contains("missing `intro`"), "{message}");
}

#[test]
fn an_empty_field_is_reported_where_it_is() {
    let (line, message) = only_problem(&GOOD.replace("You both arrive on time.", "   "));
    assert_eq!(line, 19);
    assert!(message.contains("`text` is empty"), "{message}");
}

#[test]
fn an_unknown_speaker_lists_the_allowed_ones() {
    let (line, message) =
        only_problem(&GOOD.replace("speaker = \"doctor\"", "speaker = \"nurse\""));
    assert_eq!(line, 11);
    assert!(message.contains("unknown speaker `nurse`"), "{message}");
    assert!(message.contains("doctor, patient, both"), "{message}");
}

#[test]
fn a_duplicate_id_names_both_lines() {
    let (line, message) = only_problem(&GOOD.replace("id = \"on-time\"", "id = \"listen\""));
    assert_eq!(line, 16);
    assert!(
        message.contains("`listen` is used twice, on line 9 and line 16"),
        "{message}"
    );
}

#[test]
fn a_malformed_id_says_what_is_allowed() {
    let (line, message) = only_problem(&GOOD.replace("id = \"on-time\"", "id = \"On Time\""));
    assert_eq!(line, 16);
    assert!(
        message.contains("lowercase letters a-z, digits and dashes"),
        "{message}"
    );
}

#[test]
fn an_empty_set_asks_for_a_clause() {
    let header = GOOD.split("[[clause]]").next().expect("header");
    let (_, message) = only_problem(header);
    assert!(message.contains("no clauses"), "{message}");
}

#[test]
fn an_unknown_field_suggests_the_likely_one() {
    let found = problems(&GOOD.replace("title = \"On time\"", "titel = \"On time\""));
    // One mistake, one problem: no separate "missing `title`" for the same typo.
    assert_eq!(found.len(), 1, "{found:#?}");
    let unknown = found
        .iter()
        .find(|p| p.message.contains("unknown field"))
        .expect("unknown");
    assert_eq!(unknown.line, 17);
    assert!(unknown.message.contains("`titel`"), "{}", unknown.message);
    assert!(
        unknown.message.contains("did you mean `title`?"),
        "{}",
        unknown.message
    );

    // A field that is missing, with no look-alike, is still named.
    let missing = problems(&GOOD.replace("title = \"On time\"\n", ""));
    assert!(
        missing
            .iter()
            .any(|p| p.message.contains("missing `title`")),
        "{missing:#?}"
    );
}

#[test]
fn an_unknown_field_unlike_any_other_gets_no_suggestion() {
    for typed in ["xy", "to", "colour"] {
        let (line, message) = only_problem(&GOOD.replace(
            "speaker = \"both\"",
            &format!("speaker = \"both\"\n{typed} = \"x\""),
        ));
        assert_eq!(line, 19);
        assert!(
            message.contains(&format!("unknown field `{typed}`")),
            "{message}"
        );
        assert!(!message.contains("did you mean"), "{message}");
    }
}

#[test]
fn a_wrong_type_is_explained() {
    let (line, message) = only_problem(&GOOD.replace("version = 1", "version = \"one\""));
    assert_eq!(line, 3);
    assert!(message.contains("whole number"), "{message}");
}

#[test]
fn every_problem_is_listed_with_file_line_and_column() {
    let broken = GOOD
        .replace("speaker = \"doctor\"", "speaker = \"nurse\"")
        .replace("id = \"on-time\"", "id = \"listen\"")
        .replace("language = \"en\"", "language = \"english!\"");
    let err = clauses::parse("sets/workshop.toml", &broken).expect_err("invalid");
    let text = err.to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(
        lines[0].starts_with("sets/workshop.toml:4:12: `language`"),
        "{text}"
    );
    assert!(
        lines[1].starts_with("sets/workshop.toml:11:11: unknown speaker"),
        "{text}"
    );
    assert!(
        lines[2].starts_with("sets/workshop.toml:16:6: clause id `listen`"),
        "{text}"
    );
}

#[test]
fn escape_sequences_in_a_clause_file_are_neutralised() {
    let hostile = GOOD
        .replace("Listening", "Listening\\u001b]0;pwned\\u0007")
        .replace(
            "Your doctor listens to you.",
            "Red \\u001b[31malert\\u001b[0m\\u009b2J here.",
        );
    let set = clauses::parse("hostile.toml", &hostile).expect("loads");
    let clause = &set.clauses[0];
    for text in [&clause.title, &clause.text] {
        assert!(!text.contains('\u{1b}'), "{text:?}");
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
    }
    assert_eq!(clause.title, "Listening␛]0;pwned␇");
    assert_eq!(clause.text, "Red ␛[31malert␛[0m\u{fffd}2J here.");
}

#[test]
fn a_file_that_is_not_utf8_is_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("latin1.toml");
    std::fs::write(&path, b"id = \"x\"\ntitle = \"Caf\xe9\"\n").expect("write");
    let err = accord::store::load_clauses(&path).expect_err("invalid");
    let text = err.to_string();
    assert!(
        text.contains("latin1.toml:2:1: the file is not UTF-8"),
        "{text}"
    );
}

#[test]
fn a_missing_file_is_reported_with_its_path() {
    let err = accord::store::load_clauses(std::path::Path::new("/no/such/set.toml"))
        .expect_err("missing");
    assert!(
        err.to_string()
            .starts_with("/no/such/set.toml: cannot read"),
        "{err}"
    );
}
