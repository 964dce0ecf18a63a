//! `accord tally` against hand-built share files: the counts, the threshold,
//! another set apart, a duplicate counted once, broken and foreign files named.

use std::path::Path;

use accord::model::clauses;
use assert_cmd::Command;

/// A share file's text, each clause of the default set given `stance` except the ones listed.
fn share(id: &str, version: u32, stance: &str, time_q: Option<&str>) -> String {
    let set = clauses::default_set();
    let answers: Vec<String> = set
        .clauses
        .iter()
        .map(|c| match (c.id.as_str(), time_q) {
            ("time", Some(q)) => format!(
                "\"{}\": {{\"stance\": \"not-now\", \"question\": \"{q}\"}}",
                c.id
            ),
            _ => format!("\"{}\": {{\"stance\": {stance}}}", c.id),
        })
        .collect();
    format!(
        "{{\"format\": \"accord.share/1\", \"share_id\": \"{id}\", \
         \"clause_set\": {{\"id\": \"partnership\", \"version\": {version}, \"digest\": \"sha256:x\"}}, \
         \"date\": \"2026-11-03\", \"answers\": {{{}}}}}",
        answers.join(", ")
    )
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("write");
}

/// Five agree, one is not on board, one passes on "time" with a question; plus trouble.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let version = clauses::default_set().version;
    for i in 0..5 {
        write(
            dir.path(),
            &format!("a{i}.json"),
            &share(&format!("agree{i}"), version, "\"agree\"", None),
        );
    }
    write(
        dir.path(),
        "b.json",
        &share("nob", version, "\"disagree\"", None),
    );
    write(
        dir.path(),
        "c.json",
        &share("pass", version, "null", Some("Zebra question?")),
    );
    write(
        dir.path(),
        "d.json",
        &share("pass2", version, "null", Some("Apple question?")),
    );
    write(
        dir.path(),
        "copy.json",
        &share("agree0", version, "\"agree\"", None),
    );
    write(dir.path(), "old.json", &share("old", 1, "\"agree\"", None));
    write(
        dir.path(),
        "torn.json",
        "{\"format\": \"accord.share/1\", \"share",
    );
    write(
        dir.path(),
        "session.json",
        "{\"format\": \"accord.session/1\"}",
    );
    dir
}

fn tally(dir: &Path, args: &[&str]) -> (String, String) {
    let data = tempfile::tempdir().expect("data");
    let out = Command::cargo_bin("accord")
        .expect("binary")
        .env_remove("ACCORD_DATA_DIR")
        .arg("--data-dir")
        .arg(data.path())
        .arg("tally")
        .arg(dir)
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn counts_each_stance_and_hides_small_counts() {
    let dir = folder();
    let (csv, _) = tally(dir.path(), &["--format", "csv"]);
    let row = csv
        .lines()
        .find(|l| l.contains("\"time\""))
        .expect("time row");
    // 5 agree, 1 not on board (hidden), 2 passed (hidden), 0 said nothing (hidden).
    assert!(row.ends_with(",5,<3,<3,<3"), "{row}");
    let row = csv
        .lines()
        .find(|l| l.contains("\"partnership\",\"We"))
        .expect("row");
    assert!(row.ends_with(",5,<3,<3,<3"), "{row}");
    let (csv, _) = tally(dir.path(), &["--format", "csv", "--min-count", "1"]);
    let row = csv
        .lines()
        .find(|l| l.contains("\"partnership\",2,\"time\""))
        .expect("{csv}");
    assert!(row.ends_with(",5,1,2,0"), "{row}");
    let row = csv
        .lines()
        .find(|l| l.contains("\"partnership\",1,\"time\""))
        .expect("{csv}");
    assert!(
        row.ends_with(",1,0,0,0"),
        "another version is counted apart: {row}"
    );
}

#[test]
fn names_duplicates_broken_and_foreign_files_and_counts_the_rest() {
    let dir = folder();
    let (md, stderr) = tally(dir.path(), &[]);
    assert!(stderr.contains("copy.json: the same share as"), "{stderr}");
    assert!(stderr.contains("a0.json"), "{stderr}");
    assert!(
        stderr.contains("torn.json: this share file is damaged"),
        "{stderr}"
    );
    assert!(
        stderr
            .contains("session.json: this is not a share file. It says it is \"accord.session/1\""),
        "{stderr}"
    );
    assert!(md.contains("8 people shared their answers."), "{md}");
    assert!(md.contains("fewer than 3"), "{md}");
    assert!(md.contains("version 1 (1 person), counted apart"), "{md}");
}

#[test]
fn questions_are_grouped_by_clause_in_an_order_not_the_files() {
    let dir = folder();
    let (md, _) = tally(dir.path(), &[]);
    let apple = md.find("Apple question?").expect("apple");
    let zebra = md.find("Zebra question?").expect("zebra");
    // c.json (Zebra) comes before d.json (Apple) on disk; the tally sorts them.
    assert!(apple < zebra);
}

#[test]
fn html_draws_a_bar_per_count() {
    let dir = folder();
    let (html, _) = tally(dir.path(), &["--format", "html"]);
    let bars = html.matches("<meter").count();
    let clauses = clauses::default_set().clauses.len();
    // Four bars per clause: the set's clauses, and the other version's clauses too.
    assert_eq!(bars, 4 * clauses * 2);
    assert!(html.contains("value=\"5\""));
}
