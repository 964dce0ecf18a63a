//! Choosing the language and the clause set, through the real binary:
//! `--set`, `--lang`, `ACCORD_LANG` and the locale.

mod support;

use assert_cmd::Command;

/// accord with a fresh data folder, no language asked for, and a locale that names none.
fn accord(data: &tempfile::TempDir) -> Command {
    let mut cmd = Command::cargo_bin("accord").expect("binary");
    cmd.env_remove("ACCORD_DATA_DIR")
        .env_remove("ACCORD_LANG")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("LC_ALL", "C")
        .arg("--data-dir")
        .arg(data.path());
    cmd
}

use support::output_of as run;

const ENGLISH_SET: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/clauses/partnership.toml");
const SPANISH_SET: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/clauses/acuerdo.toml");

#[test]
fn set_acuerdo_picks_the_spanish_set_and_speaks_spanish() {
    let data = tempfile::tempdir().expect("tempdir");
    let (ok, _, stderr) = run(accord(&data).args(["--set", "acuerdo", "export"]));
    assert!(!ok);
    assert!(
        stderr.contains("todavía no hay reflexiones de \"Nuestro acuerdo de colaboración\""),
        "{stderr}"
    );
}

#[test]
fn lang_overrides_the_sets_own_language() {
    let data = tempfile::tempdir().expect("tempdir");
    let (_, _, stderr) = run(accord(&data).args(["--set", "acuerdo", "--lang", "en", "export"]));
    assert!(
        stderr.contains("no reflections of \"Nuestro acuerdo de colaboración\" yet"),
        "{stderr}"
    );
}

#[test]
fn accord_lang_chooses_the_default_set_in_that_language() {
    let data = tempfile::tempdir().expect("tempdir");
    let (_, _, stderr) = run(accord(&data).env("ACCORD_LANG", "es").arg("export"));
    assert!(
        stderr.contains("Nuestro acuerdo de colaboración"),
        "{stderr}"
    );
    let (_, _, stderr) = run(accord(&data).arg("export"));
    assert!(stderr.contains("Our Partnership Agreement"), "{stderr}");
}

#[test]
fn an_unknown_set_is_named_with_the_sets_there_are() {
    let data = tempfile::tempdir().expect("tempdir");
    let (ok, _, stderr) = run(accord(&data).args(["--set", "nonesuch", "export"]));
    assert!(!ok);
    assert!(stderr.contains("\"nonesuch\""), "{stderr}");
    assert!(stderr.contains("partnership, acuerdo"), "{stderr}");
}

#[test]
fn an_unknown_language_is_refused_with_the_ones_there_are() {
    let data = tempfile::tempdir().expect("tempdir");
    let (ok, _, stderr) = run(accord(&data).args(["--lang", "fr", "sessions"]));
    assert!(!ok);
    assert!(stderr.contains("en, es"), "{stderr}");
}

#[test]
fn check_reports_the_sets_language_in_the_locales_words() {
    let data = tempfile::tempdir().expect("tempdir");
    let (ok, stdout, _) = run(accord(&data).args(["check", SPANISH_SET]));
    assert!(ok);
    // The reading grades follow these two lines.
    let first_two: Vec<&str> = stdout.lines().take(2).collect();
    assert_eq!(
        first_two,
        [
            "ok: Nuestro acuerdo de colaboración, 32 clauses",
            "language: es"
        ]
    );
    let (ok, stdout, _) = run(accord(&data)
        .env("LC_ALL", "es_MX.UTF-8")
        .args(["check", ENGLISH_SET]));
    assert!(ok);
    let first_two: Vec<&str> = stdout.lines().take(2).collect();
    assert_eq!(
        first_two,
        [
            "bien: Our Partnership Agreement, 32 cláusulas",
            "idioma: en"
        ]
    );
}

#[test]
fn check_problems_come_in_the_chosen_language() {
    let data = tempfile::tempdir().expect("tempdir");
    let file = data.path().join("roto.toml");
    std::fs::write(&file, "id = \"roto\"\n").expect("write");
    let (ok, _, stderr) = run(accord(&data).args(["--lang", "es", "check"]).arg(&file));
    assert!(!ok);
    assert!(stderr.contains("falta `title` en el conjunto"), "{stderr}");
    assert!(stderr.contains("Se encontraron"), "{stderr}");
}
