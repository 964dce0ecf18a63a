//! `accord export` and `accord sessions`, run as the real binary, with every error.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use accord::model::clauses;
use accord::model::session::{Role, Session, Stance, TextField};
use accord::store::Store;
use jiff::Timestamp;

fn t(s: &str) -> Timestamp {
    s.parse().expect("time")
}

use support::{accord, output_of as run};

/// Two sessions: an older one with a note, and a newer signed one with a question.
fn two_sessions(data: &Path) {
    let store = Store::open(data.to_path_buf()).expect("store");
    let set = clauses::default_set();
    let mut old = Session::new("20261101-090000".into(), &set, t("2026-11-01T09:00:00Z"));
    old.set_stance(
        "partnership",
        Some(Stance::Agree),
        t("2026-11-01T09:05:00Z"),
    );
    old.set_text(
        "partnership",
        TextField::Note,
        "private thought",
        t("2026-11-01T09:05:00Z"),
    );
    store.save(&old).expect("save");
    let mut new = Session::new("20261103-090000".into(), &set, t("2026-11-03T09:00:00Z"));
    new.set_stance("time", Some(Stance::Disagree), t("2026-11-03T09:01:00Z"));
    new.set_text(
        "time",
        TextField::Question,
        "Why the wait?",
        t("2026-11-03T09:02:00Z"),
    );
    new.set_text("time", TextField::Note, "secret", t("2026-11-03T09:02:00Z"));
    new.sign(Role::Patient, "Ana", t("2026-11-03T09:03:00Z"));
    store.save(&new).expect("save");
}

#[test]
fn export_writes_the_latest_session_as_markdown_by_default() {
    let dir = tempfile::tempdir().expect("tempdir");
    two_sessions(dir.path());
    let (ok, stdout, stderr) = run(accord(dir.path()).arg("export"));
    assert!(ok, "{stderr}");
    assert!(
        stdout.starts_with("# Our Partnership Agreement\n"),
        "{stdout}"
    );
    assert!(stdout.contains("Why the wait?"));
    assert!(!stdout.contains("secret"), "{stdout}");
    assert!(!stderr.contains("private notes"), "{stderr}");
}

#[test]
fn notes_go_in_only_when_asked_for_and_the_copy_says_so_at_its_top() {
    let dir = tempfile::tempdir().expect("tempdir");
    two_sessions(dir.path());
    let (ok, stdout, stderr) = run(accord(dir.path()).args(["export", "--notes"]));
    assert!(ok, "{stderr}");
    assert!(stdout.contains("- Private note: secret"), "{stdout}");
    let top: String = stdout.lines().take(8).collect::<Vec<_>>().join("\n");
    assert!(top.contains("includes your private notes"), "{top}");
    assert!(stderr.contains("includes your private notes"), "{stderr}");
    // `--no-notes` still works, and wins when it comes last.
    let (ok, stdout, _) = run(accord(dir.path()).args(["export", "--notes", "--no-notes"]));
    assert!(ok);
    assert!(!stdout.contains("secret"), "{stdout}");
}

#[test]
fn export_agenda_writes_the_one_page_agenda_of_the_latest_session() {
    let dir = tempfile::tempdir().expect("tempdir");
    two_sessions(dir.path());
    let (ok, stdout, stderr) =
        run(accord(dir.path()).args(["export", "--agenda", "--format", "text", "--notes"]));
    assert!(ok, "{stderr}");
    assert!(
        stdout.starts_with("Questions for my appointment\n"),
        "{stdout}"
    );
    assert!(stdout.contains("Name: Ana"), "{stdout}");
    assert!(stdout.contains("Why the wait?"), "{stdout}");
    assert!(stdout.contains("Doctor's answer: ____"), "{stdout}");
    // No clause texts, and no notes even when asked for: the agenda is for the doctor.
    assert!(!stdout.contains("secret"), "{stdout}");
    assert!(!stdout.contains("We promise"), "{stdout}");
}

#[test]
fn export_picks_a_session_by_id_and_leaves_notes_out_on_request() {
    let dir = tempfile::tempdir().expect("tempdir");
    two_sessions(dir.path());
    let (ok, stdout, stderr) = run(accord(dir.path()).args([
        "export",
        "--session",
        "20261101-090000",
        "--format",
        "text",
        "--no-notes",
    ]));
    assert!(ok, "{stderr}");
    assert!(
        stdout.starts_with("Our Partnership Agreement\n===="),
        "{stdout}"
    );
    assert!(!stdout.contains("private thought"));
    assert!(stdout.contains("Private notes are left out of this copy."));
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn export_json_is_the_file_byte_for_byte_and_o_writes_a_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    two_sessions(dir.path());
    let out = dir.path().join("copy.json");
    let (ok, stdout, _) = run(accord(dir.path())
        .args(["export", "--notes", "--format", "json", "-o"])
        .arg(&out));
    assert!(ok);
    assert!(stdout.is_empty());
    let stored = std::fs::read(dir.path().join("sessions/20261103-090000.json")).expect("stored");
    assert_eq!(std::fs::read(&out).expect("written"), stored);

    let html = dir.path().join("agenda.html");
    // Even over a file anyone could read, the copy is the owner's alone.
    std::fs::write(&html, "old").expect("write");
    std::fs::set_permissions(&html, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let (ok, _, _) = run(accord(dir.path())
        .args(["export", "--format", "html", "--no-notes", "--output"])
        .arg(&html));
    assert!(ok);
    let page = std::fs::read_to_string(&html).expect("html");
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(!page.contains("secret"));
    for file in [&out, &html] {
        let mode = std::fs::metadata(file).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", file.display());
    }
}

#[test]
fn export_errors_are_one_clear_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    two_sessions(dir.path());
    let cases: [(&[&str], &str); 3] = [
        (
            &["export", "--session", "nope"],
            "no reflection called nope in",
        ),
        (
            &["export", "--format", "pdf"],
            "unknown format `pdf`: use markdown, text, html or json",
        ),
        (
            &["export", "-o", "/no/such/folder/out.md"],
            "cannot write /no/such/folder/out.md",
        ),
    ];
    let over_a_session = dir.path().join("sessions/20261103-090000.json");
    let over_a_session = over_a_session.to_str().expect("utf-8 path");
    let refused: [(&[&str], &str); 1] = [(
        &["export", "-o", over_a_session],
        "is inside accord's data folder",
    )];
    for (args, expected) in cases.into_iter().chain(refused) {
        let (ok, stdout, stderr) = run(accord(dir.path()).args(args));
        assert!(!ok, "{args:?} succeeded");
        assert!(stdout.is_empty(), "{args:?}: {stdout}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.starts_with("accord: "), "{stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
    let kept = accord::store::decode_session(&std::fs::read(over_a_session).expect("read"));
    assert!(kept.is_ok(), "the session was written over");
}

#[test]
fn export_with_no_sessions_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ok, _, stderr) = run(accord(dir.path()).arg("export"));
    assert!(!ok);
    assert!(
        stderr.contains("no reflections of \"Our Partnership Agreement\" yet"),
        "{stderr}"
    );

    // A session of a facilitator's own set: the message says how to reach it.
    let store = Store::open(dir.path().to_path_buf()).expect("store");
    let mut own = Session::new(
        "20261103-090000".into(),
        &clauses::default_set(),
        t("2026-11-03T09:00:00Z"),
    );
    own.clause_set.id = "workshop-week-1".into();
    store.save(&own).expect("save");
    for command in ["export", "journal"] {
        let (ok, _, stderr) = run(accord(dir.path()).arg(command));
        assert!(!ok);
        assert!(
            stderr.contains(
                "other clause sets have 1 reflection there: name the set's file with --clauses FILE"
            ),
            "{command}: {stderr}"
        );
    }
}

#[test]
fn sessions_lists_one_line_each_newest_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    two_sessions(dir.path());
    let (ok, stdout, stderr) = run(accord(dir.path()).arg("sessions"));
    assert!(ok, "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "20261103-090000  Our Partnership Agreement  started 3 Nov 2026 at 09:00  \
             changed 3 Nov 2026 at 09:03  1/32 answered  1 question  signed",
            "20261101-090000  Our Partnership Agreement  started 1 Nov 2026 at 09:00  \
             changed 1 Nov 2026 at 09:05  1/32 answered  0 questions  not signed",
        ]
    );
}

#[test]
fn sessions_on_an_empty_folder_says_so_and_reports_unreadable_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ok, stdout, _) = run(accord(dir.path()).arg("sessions"));
    assert!(ok);
    assert!(stdout.starts_with("No reflections yet in"), "{stdout}");

    two_sessions(dir.path());
    let broken = dir.path().join("sessions/broken.json");
    std::fs::write(&broken, "{").expect("write");
    let (ok, stdout, stderr) = run(accord(dir.path()).arg("sessions"));
    assert!(ok);
    assert_eq!(stdout.lines().count(), 2);
    assert!(stderr.contains("broken.json"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&broken).expect("untouched"), "{");
}

/// Two weekly sessions in a profile's folder where the stance on "time" moved.
fn journaled(data: &Path, profile: &str) {
    let root = accord::store::profile_dir(data, Some(profile)).expect("profile");
    let store = Store::open(root).expect("store");
    let set = clauses::default_set();
    for (id, day, stance) in [
        ("20261101-090000", "2026-11-01T09:00:00Z", Stance::Agree),
        ("20261108-090000", "2026-11-08T09:00:00Z", Stance::Disagree),
    ] {
        let mut s = Session::new(id.into(), &set, t(day));
        s.set_stance("time", Some(stance), t(day));
        s.set_stance("truth", Some(Stance::Agree), t(day));
        s.participant = Some("Ana".into());
        if id == "20261108-090000" {
            s.set_stance("dignity", Some(Stance::Agree), t(day));
        }
        store.save(&s).expect("save");
    }
    let mut s = store.load("20261108-090000").expect("load");
    s.set_text(
        "time",
        TextField::Note,
        "Waited an hour <again>",
        t("2026-11-08T09:05:00Z"),
    );
    store.save(&s).expect("save");
}

#[test]
fn journal_shows_sessions_in_date_order_and_how_answers_moved() {
    let dir = tempfile::tempdir().expect("tempdir");
    journaled(dir.path(), "ana");
    let (ok, stdout, stderr) =
        run(accord(dir.path()).args(["journal", "--profile", "ana", "--notes"]));
    assert!(ok, "{stderr}");
    assert!(
        stdout.starts_with("# Our Partnership Agreement: your journal"),
        "{stdout}"
    );
    assert!(stdout.contains("Participant: Ana"));
    let first = stdout
        .find("1. 1 Nov 2026 at 09:00")
        .expect("first session");
    let second = stdout
        .find("2. 8 Nov 2026 at 09:00")
        .expect("second session");
    assert!(first < second);
    let moved = stdout.find("## How your answers moved").expect("moved");
    let steady = stdout.find("## Steady").expect("steady");
    let time = stdout
        .find("### 12. Your time matters too")
        .expect("time moved");
    let truth = stdout
        .find("### 25. We tell the truth")
        .expect("truth steady");
    assert!(moved < time && time < steady && steady < truth, "{stdout}");
    assert!(
        stdout.contains("- 8 Nov 2026 at 09:00: ✗ Not on board (changed)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Note: Waited an hour \\<again>"),
        "{stdout}"
    );
    assert!(stderr.contains("includes your private notes"), "{stderr}");
    // "Steady" means the same answer more than once; a clause answered in one
    // session only has not been tested by time yet.
    let once = stdout
        .find("## Answered in one reflection so far")
        .expect("once");
    let dignity = stdout.find("### 11. Your dignity matters").expect("once");
    assert!(truth < once && once < dignity, "{stdout}");

    // A copy to share leaves every note out, in every format, and says so:
    // with no flag as with the old `--no-notes`.
    for (format, old_flag) in [("markdown", true), ("html", false), ("json", false)] {
        let mut args = vec!["journal", "--profile", "ana", "--format", format];
        if old_flag {
            args.push("--no-notes");
        }
        let (ok, shared, stderr) = run(accord(dir.path()).args(&args));
        assert!(ok, "{stderr}");
        assert!(!shared.contains("Waited an hour"), "{format}: {shared}");
        assert!(stderr.is_empty(), "{format}: {stderr}");
        if format != "json" {
            assert!(shared.contains("Private notes are left out of this copy."));
        }
    }

    // Another profile sees nothing of Ana's.
    let (ok, _, stderr) = run(accord(dir.path()).args(["journal", "--profile", "ben"]));
    assert!(!ok);
    assert!(stderr.contains("no reflections of"), "{stderr}");
}

#[test]
fn journal_as_html_and_json() {
    let dir = tempfile::tempdir().expect("tempdir");
    journaled(dir.path(), "ana");
    let (ok, html, _) = run(accord(dir.path()).args([
        "journal",
        "--profile",
        "ana",
        "--notes",
        "--format",
        "html",
    ]));
    assert!(ok);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Waited an hour &lt;again&gt;"));
    assert!(!html.contains("<script"));

    let out = dir.path().join("journal.json");
    let (ok, _, _) = run(accord(dir.path())
        .args(["journal", "--profile", "ana", "--format", "json", "-o"])
        .arg(&out));
    assert!(ok);
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("written")).expect("json");
    assert_eq!(value["format"], "accord.journal/1");
    assert_eq!(value["sessions"][0]["id"], "20261101-090000");
    assert_eq!(
        value["sessions"][1]["responses"]["time"]["stance"],
        "disagree"
    );

    let (ok, _, stderr) =
        run(accord(dir.path()).args(["journal", "--profile", "ana", "--format", "text"]));
    assert!(!ok);
    assert!(stderr.contains("markdown, html or json"), "{stderr}");
    let (ok, _, stderr) = run(accord(dir.path()).args(["journal", "--profile", "../up"]));
    assert!(!ok);
    assert!(stderr.contains("letters, digits"), "{stderr}");
}

#[test]
fn latest_is_the_reflection_started_last_even_when_an_older_one_was_changed_since() {
    let dir = tempfile::tempdir().expect("tempdir");
    two_sessions(dir.path());
    // Reopened weeks later to write down the doctor's answer.
    let store = Store::open(dir.path().to_path_buf()).expect("store");
    let mut old = store.load("20261101-090000").expect("old");
    old.set_text(
        "partnership",
        TextField::Answer,
        "Yes.",
        t("2026-12-25T09:00:00Z"),
    );
    store.save(&old).expect("save");
    let (ok, stdout, stderr) = run(accord(dir.path()).args(["export", "--format", "text"]));
    assert!(ok, "{stderr}");
    assert!(stdout.contains("Why the wait?"), "{stdout}");
    assert!(!stdout.contains("Yes."), "{stdout}");
}

#[test]
fn no_printout_made_without_notes_holds_a_note_in_any_format_or_command() {
    let dir = tempfile::tempdir().expect("tempdir");
    two_sessions(dir.path());
    let commands: [&[&str]; 3] = [&["export"], &["export", "--agenda"], &["journal"]];
    for command in commands {
        for format in ["markdown", "text", "html", "json"] {
            if command == ["journal"] && format == "text" {
                continue;
            }
            let (ok, stdout, stderr) =
                run(accord(dir.path()).args(command).args(["--format", format]));
            assert!(ok, "{command:?} {format}: {stderr}");
            for note in ["secret", "private thought"] {
                assert!(!stdout.contains(note), "{command:?} {format}: {stdout}");
            }
            assert!(!stderr.contains("private notes"), "{command:?} {format}");
        }
    }
}

#[test]
fn json_printed_to_a_terminal_escapes_controls_and_direction_overrides() {
    let dir = tempfile::tempdir().expect("tempdir");
    let set = clauses::default_set();
    let at = t("2026-11-01T10:00:00Z");
    let mut s = Session::new("20261101-100000".into(), &set, at);
    // Written by hand: accord cleans text it loads, but JSON is printed as stored.
    s.set_text("time", TextField::Note, "evil\u{202e}txt\u{9b}2J", at);
    let sessions = dir.path().join("sessions");
    std::fs::create_dir_all(&sessions).expect("mkdir");
    std::fs::write(
        sessions.join("20261101-100000.json"),
        accord::store::to_json(&s),
    )
    .expect("write");
    let mut tui = support::Tui::spawn(
        dir.path(),
        &["export", "--format", "json", "--notes"],
        200,
        60,
    );
    let (code, screen) = tui.wait_exit();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("evil\\u202etxt\\u009b2J"), "{screen}");
    assert!(!screen.contains('\u{202e}'), "{screen}");
}
