//! `accord check` and the command line, run as the real binary.

use assert_cmd::Command;

fn accord() -> Command {
    let mut cmd = Command::cargo_bin("accord").expect("binary");
    cmd.env_remove("ACCORD_DATA_DIR")
        .env_remove("ACCORD_LANG")
        .env("LC_ALL", "C");
    cmd
}

fn stdout_of(cmd: &mut Command) -> (bool, String, String) {
    let out = cmd.output().expect("runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn check_accepts_the_default_set() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/clauses/partnership.toml");
    let (ok, stdout, _) = stdout_of(accord().args(["check", path]));
    assert!(ok);
    let mut lines = stdout.lines();
    assert_eq!(
        lines.next(),
        Some("ok: Our Partnership Agreement, 32 clauses")
    );
    assert_eq!(lines.next(), Some("language: en"), "{stdout}");
    assert!(stdout.contains("  partnership: grade "), "{stdout}");
}

#[test]
fn check_lists_every_problem_and_fails() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("broken.toml");
    std::fs::write(
        &path,
        r#"id = "broken"
title = "Broken"
version = 1
language = "en"
source = "tests"
intro = "x"

[[clause]]
id = "a"
title = "A"
speaker = "nurse"
text = "Text."
prompt = "Why?"

[[clause]]
id = "a"
colour = "red"
speaker = "both"
text = "Text."
prompt = "How?"
"#,
    )
    .expect("write");
    let (ok, stdout, stderr) = stdout_of(accord().arg("check").arg(&path));
    assert!(!ok);
    assert!(stdout.is_empty(), "{stdout}");
    let name = path.display().to_string();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 5, "{stderr}");
    assert!(
        lines[0].starts_with(&format!("{name}:11:11: unknown speaker `nurse`")),
        "{stderr}"
    );
    assert!(
        lines[1].starts_with(&format!("{name}:15:1: clause 2 is missing `title`")),
        "{stderr}"
    );
    assert!(
        lines[2].starts_with(&format!("{name}:16:6: clause id `a` is used twice")),
        "{stderr}"
    );
    assert!(
        lines[3].starts_with(&format!("{name}:17:1: unknown field `colour`")),
        "{stderr}"
    );
    assert_eq!(lines[4], "4 problems found.");
}

#[test]
fn check_reports_a_missing_file() {
    let (ok, _, stderr) = stdout_of(accord().args(["check", "/no/such/file.toml"]));
    assert!(!ok);
    assert!(
        stderr.starts_with("/no/such/file.toml: cannot read the clause file"),
        "{stderr}"
    );
}

#[test]
fn help_and_version_work() {
    let (ok, stdout, _) = stdout_of(accord().arg("--help"));
    assert!(ok);
    for words in [
        "check",
        "--clauses",
        "--data-dir",
        "--new",
        "ACCORD_DATA_DIR",
    ] {
        assert!(stdout.contains(words), "--help lacks {words}: {stdout}");
    }
    let (ok, stdout, _) = stdout_of(accord().arg("--version"));
    assert!(ok);
    assert_eq!(stdout, format!("accord {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn an_invalid_clause_file_stops_the_walkthrough_before_the_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("empty.toml");
    std::fs::write(&path, "id = \"x\"\n").expect("write");
    let (ok, stdout, stderr) = stdout_of(
        accord()
            .arg("--clauses")
            .arg(&path)
            .arg("--data-dir")
            .arg(dir.path().join("data")),
    );
    assert!(!ok);
    assert!(stdout.is_empty(), "the terminal was touched: {stdout:?}");
    assert!(stderr.contains("missing `title`"), "{stderr}");
    assert!(
        !dir.path().join("data").exists(),
        "nothing is created for an invalid set"
    );
}

#[test]
fn without_a_terminal_the_walkthrough_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ok, stdout, stderr) = stdout_of(accord().arg("--data-dir").arg(dir.path()));
    assert!(!ok);
    assert!(stdout.is_empty());
    assert_eq!(
        stderr,
        "accord: the walkthrough needs a terminal window. Run accord in one, or run accord --plain to answer in plain lines (it can also read answers from a file).\n"
    );
}

#[test]
fn check_warns_of_hard_clauses_and_long_sentences_without_failing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = one_clause_set(
        dir.path(),
        "hard",
        r#"[[clause]]
id = "dense"
title = "Dense"
speaker = "both"
text = "Interdisciplinary collaboration necessitates comprehensive documentation of pharmacological interventions and their physiological consequences throughout the continuum of institutional care arrangements and beyond."
prompt = "What do you think?"
questions = ["Can you say it again?"]
"#,
    );
    let (ok, stdout, stderr) = stdout_of(accord().arg("check").arg(&path));
    assert!(ok, "warnings never fail the check: {stderr}");
    assert!(stdout.contains("dense: grade"), "{stdout}");
    assert!(
        stderr.contains("warning: clause dense reads at grade"),
        "{stderr}"
    );
    assert!(stderr.contains("more than 20 words"), "{stderr}");
}

#[test]
fn check_rejects_bad_suggested_questions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = one_clause_set(
        dir.path(),
        "bad",
        r#"[[clause]]
id = "one"
title = "One"
speaker = "both"
text = "We talk. We plan."
prompt = "What do you think?"
questions = ["Fine?", "", 3]
"#,
    );
    let (ok, _, stderr) = stdout_of(accord().arg("check").arg(&path));
    assert!(!ok);
    assert!(stderr.contains("bad.toml:14:"), "{stderr}");
    assert!(stderr.contains("a suggested question is empty"), "{stderr}");
    assert!(
        stderr.contains("must be text in quotes, not integer"),
        "{stderr}"
    );
}

/// Writes `<id>.toml`: a set's fields on lines 1 to 6, a blank line, then `clause`.
fn one_clause_set(dir: &std::path::Path, id: &str, clause: &str) -> std::path::PathBuf {
    let path = dir.join(format!("{id}.toml"));
    let head = format!(
        "id = \"{id}\"\ntitle = \"{id}\"\nversion = 1\nlanguage = \"en\"\nsource = \"tests\"\nintro = \"x\"\n\n"
    );
    std::fs::write(&path, head + clause).expect("write");
    path
}

#[test]
fn an_empty_data_folder_setting_is_named() {
    let (ok, _, err) = stdout_of(accord().env("ACCORD_DATA_DIR", "").arg("sessions"));
    assert!(!ok);
    assert!(err.contains("ACCORD_DATA_DIR is empty"), "{err}");
    assert!(!err.contains("--data-dir'"), "{err}");
}

#[test]
fn a_relative_home_never_gives_a_relative_data_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ok, _, err) = stdout_of(
        accord()
            .current_dir(dir.path())
            .env("HOME", "relative-home")
            .env_remove("XDG_DATA_HOME")
            .arg("sessions"),
    );
    assert!(!ok, "{err}");
    assert!(err.contains("--data-dir"), "{err}");
    assert!(!dir.path().join("relative-home").exists());
}
