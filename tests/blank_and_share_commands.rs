//! `accord export --blank` in every format, and `accord share` run as the
//! real binary and from the agenda.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use accord::app::Intent;
use accord::model::clauses;
use accord::model::session::{Session, Stance, TextField};
use accord::model::share::Share;
use accord::store::Store;
use accord::tui::runtime::{Options, Walkthrough};
use assert_cmd::Command;
use jiff::Timestamp;

fn accord(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("accord").expect("binary");
    cmd.env_remove("ACCORD_DATA_DIR")
        .arg("--data-dir")
        .arg(data);
    cmd
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_blank_agreement_in_every_format() {
    let data = tempfile::tempdir().expect("data");
    let set = clauses::default_set();
    for format in ["markdown", "text", "html"] {
        let page = stdout(accord(data.path()).args(["export", "--blank", "--format", format]));
        assert_eq!(
            page.matches("I agree").count(),
            set.clauses.len(),
            "{format}"
        );
        assert_eq!(
            page.matches("Not on board").count(),
            set.clauses.len(),
            "{format}"
        );
        assert_eq!(
            page.matches("A question for my doctor:").count(),
            set.clauses.len()
        );
        for clause in &set.clauses {
            assert!(page.contains(&clause.title), "{format}: {}", clause.title);
        }
        assert!(
            page.contains("Patient") && page.contains("Doctor"),
            "{format}"
        );
    }
    let html = stdout(accord(data.path()).args(["export", "--blank", "--format", "html"]));
    assert!(html.contains("@media print"));
    let large = stdout(accord(data.path()).args([
        "export",
        "--blank",
        "--format",
        "html",
        "--large-print",
    ]));
    assert!(large.contains("font-size: 1.5rem") && !html.contains("font-size: 1.5rem"));
    let json = accord(data.path())
        .args(["export", "--blank", "--format", "json"])
        .output()
        .expect("runs");
    assert!(!json.status.success());
}

#[test]
fn share_writes_stances_only_unless_questions_are_asked_for() {
    let data = tempfile::tempdir().expect("data");
    let store = Store::open(data.path().to_path_buf()).expect("store");
    let set = clauses::default_set();
    let now: Timestamp = "2026-11-03T09:00:00Z".parse().expect("time");
    let mut s = Session::new("20261103-090000".into(), &set, now);
    s.set_stance("time", Some(Stance::NotNow), now);
    s.set_text("time", TextField::Question, "Why the wait?", now);
    s.set_text("time", TextField::Note, "my private worry", now);
    store.save(&s).expect("save");

    let file = data.path().join("out").join("share.json");
    std::fs::create_dir_all(file.parent().expect("parent")).expect("dir");
    stdout(accord(data.path()).arg("share").arg("-o").arg(&file));
    let text = std::fs::read_to_string(&file).expect("written");
    let share = Share::from_bytes(text.as_bytes()).expect("a share file");
    assert_eq!(share.answers["time"].stance, Some(Stance::NotNow));
    assert!(!text.contains("Why the wait?") && !text.contains("private"));
    let mode = std::fs::metadata(&file).expect("meta").permissions().mode();
    assert_eq!(mode & 0o077, 0, "readable by the owner alone");

    let out = accord(data.path())
        .args(["share", "--questions"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let exports: Vec<_> = std::fs::read_dir(data.path().join("exports"))
        .expect("exports")
        .collect();
    assert_eq!(exports.len(), 1);
    let path = exports[0].as_ref().expect("entry").path();
    let text = std::fs::read_to_string(path).expect("read");
    assert!(text.contains("Why the wait?") && !text.contains("private"));
    let again = Share::from_bytes(text.as_bytes()).expect("share");
    assert_ne!(
        again.share_id, share.share_id,
        "each share has its own random id"
    );
}

#[test]
fn sharing_from_the_agenda_writes_a_share_file_into_exports() {
    let data = tempfile::tempdir().expect("data");
    let options = Options {
        participant: Some("Ana".into()),
        ..Options::new(data.path().to_path_buf())
    };
    let mut w = Walkthrough::start(clauses::default_set(), options).expect("starts");
    w.handle(Intent::Begin);
    w.handle(Intent::NotNow);
    w.handle(Intent::OpenAgenda);
    w.handle(Intent::OpenShare);
    w.handle(Intent::ShareStancesOnly);
    let exports: Vec<_> = std::fs::read_dir(data.path().join("exports"))
        .expect("exports")
        .filter_map(Result::ok)
        .collect();
    assert_eq!(exports.len(), 1);
    let text = std::fs::read_to_string(exports[0].path()).expect("read");
    let share = Share::from_bytes(text.as_bytes()).expect("a share file");
    assert_eq!(share.answers["partnership"].stance, Some(Stance::NotNow));
    assert!(!text.contains("Ana"), "no participant name");
    let message = w.app.message.clone().unwrap_or_default();
    assert!(
        message.contains("share-"),
        "the reader is told where it went: {message}"
    );
    assert!(message.contains("workshop leader"), "{message}");
}
