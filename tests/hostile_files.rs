//! Hostile files: arbitrary bytes as a clause file or a session file never
//! panic and always give a clear message; links are not followed.
//!
//! The fuzzing here is proptest with a bounded number of cases, so CI time
//! stays fixed: `cargo test --test hostile_files -- --nocapture` prints how
//! many inputs were tried. Set `ACCORD_FUZZ_CASES` for a longer run.

use accord::app::{App, Start};
use accord::model::clauses::{self, LoadError};
use accord::model::session::Glance;
use accord::store::{self, Unreadable};
use accord::tui::{self as ui, theme::Theme};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const DEFAULT_SET: &str = include_str!("../clauses/partnership.toml");

/// A real session file, to mutate.
fn session_json() -> Vec<u8> {
    let set = clauses::default_set();
    let at = jiff::Timestamp::from_second(1_790_000_000).expect("time");
    let mut s = accord::model::session::Session::new("s".into(), &set, at);
    s.set_stance("time", Some(accord::model::session::Stance::Agree), at);
    s.set_text("time", accord::model::session::TextField::Note, "note", at);
    store::to_json(&s)
}

/// Bytes that are mostly a valid file with a few bytes changed, inserted or cut:
/// these reach deeper into a loader than pure noise.
fn mutated(base: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    let len = base.len();
    prop::collection::vec((0..len, any::<u8>(), 0u8..3), 1..12).prop_map(move |edits| {
        let mut bytes = base.clone();
        for (at, byte, kind) in edits {
            let at = at.min(bytes.len().saturating_sub(1));
            match kind {
                0 => bytes[at] = byte,
                1 => bytes.insert(at, byte),
                _ if !bytes.is_empty() => {
                    bytes.truncate(at.max(1));
                }
                _ => {}
            }
        }
        bytes
    })
}

fn check_clause_bytes(bytes: &[u8]) {
    match clauses::parse_bytes("fuzz.toml", bytes) {
        Ok(set) => {
            assert!(!set.clauses.is_empty());
            for c in &set.clauses {
                for text in [&c.title, &c.text, &c.prompt] {
                    assert!(!text.chars().any(|ch| ch.is_control() && ch != '\n'));
                }
            }
        }
        Err(LoadError::Invalid { problems, .. }) => {
            assert!(!problems.is_empty());
            for p in problems {
                assert!(p.line >= 1 && p.column >= 1 && !p.message.is_empty());
            }
        }
        Err(e) => panic!("unexpected error kind: {e}"),
    }
}

fn check_session_bytes(bytes: &[u8]) {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes));
    let glance = text.ok().and_then(Glance::from_json);
    match store::decode_session(bytes) {
        Ok(session) => {
            // The journal's glance reads what the whole loader reads, cleaned alike.
            if let Some(glance) = &glance {
                assert_eq!(*glance, Glance::of(&session));
            }
            // Whatever loads must also draw without trouble.
            let set = clauses::default_set();
            let mut app = App::new(Start {
                resumed: true,
                ..Start::new(set, session)
            });
            app.update(accord::app::Intent::Begin, jiff::Timestamp::now());
            let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
            terminal
                .draw(|f| {
                    ui::draw(f, &app, &Theme::new(false));
                })
                .expect("draw");
        }
        Err(Unreadable::Broken(why)) => assert!(!why.is_empty()),
        Err(Unreadable::Newer(format)) => {
            assert!(format.starts_with("accord.session/"));
            assert_eq!(glance, None, "a newer file is never glanced at");
        }
        Err(Unreadable::Link) => panic!("bytes are never a link"),
    }
}

/// Runs `check` on `cases` inputs drawn from `strategy`; returns how many ran.
fn fuzz<S: Strategy>(strategy: S, cases: u32, check: impl Fn(&S::Value)) -> u32
where
    S::Value: std::fmt::Debug,
{
    let config = ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    };
    let mut runner = proptest::test_runner::TestRunner::new(config);
    runner
        .run(&strategy, |value| {
            check(&value);
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
    cases
}

#[test]
fn arbitrary_and_mutated_bytes_never_panic_either_loader() {
    let cases = std::env::var("ACCORD_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4000);
    let noise = || prop::collection::vec(any::<u8>(), 0..2048);
    let clause_inputs = fuzz(noise(), cases, |b| check_clause_bytes(b))
        + fuzz(mutated(DEFAULT_SET.as_bytes().to_vec()), cases, |b| {
            check_clause_bytes(b)
        });
    let session_inputs = fuzz(noise(), cases, |b| check_session_bytes(b))
        + fuzz(mutated(session_json()), cases, |b| check_session_bytes(b));
    println!(
        "hostile files: {clause_inputs} clause-file inputs and {session_inputs} session-file \
         inputs tried, none panicked, each refused with a message or loaded clean"
    );
}

#[test]
fn escape_sequences_in_a_session_file_are_neutralised() {
    let json = String::from_utf8(session_json()).expect("utf-8").replace(
        "\"note\": \"note\"",
        "\"note\": \"\\u001b]0;owned\\u0007\\u001b[2J\"",
    );
    let session = store::decode_session(json.as_bytes()).expect("loads");
    let note = session
        .text("time", accord::model::session::TextField::Note)
        .expect("note");
    assert_eq!(note, "␛]0;owned␇␛[2J");
}

#[test]
fn a_session_path_that_is_a_link_is_not_followed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = store::Store::open(dir.path().join("data")).expect("store");
    let outside = dir.path().join("outside.json");
    std::fs::write(&outside, session_json()).expect("write");
    let link = dir.path().join("data/sessions/20261101-090000.json");
    std::os::unix::fs::symlink(&outside, &link).expect("symlink");

    let (sessions, notices) = store.catalog(store::Unreadables::Leave);
    assert!(sessions.is_empty(), "the link was followed");
    assert!(notices[0].to_string().contains("is a link"), "{notices:?}");

    // A new session never takes the link's name, and the target is never written.
    let before = std::fs::read(&outside).expect("read");
    let at = jiff::Timestamp::from_second(1_793_523_600).expect("2026-11-01T09:00:00Z");
    let (id, _lock) = store.claim_new_session(at).expect("claim");
    assert_ne!(id, "20261101-090000");
    let set = clauses::default_set();
    store
        .save(&accord::model::session::Session::new(id, &set, at))
        .expect("save");
    assert_eq!(std::fs::read(&outside).expect("read"), before);
}

#[test]
fn a_session_id_inside_the_file_cannot_point_outside_the_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = store::Store::open(dir.path().join("data")).expect("store");
    let json = String::from_utf8(session_json())
        .expect("utf-8")
        .replace("\"id\": \"s\"", "\"id\": \"../../escaped\"");
    std::fs::write(dir.path().join("data/sessions/real.json"), json).expect("write");
    let session = store.load("real").expect("loads");
    assert_eq!(session.id, "real", "the file's name is the id");
    store.save(&session).expect("save");
    assert!(!dir.path().join("escaped.json").exists());
}

/// Runs accord with `args` against `data`; fails the test if it has not ended within a minute.
fn accord_ends(data: &std::path::Path, args: &[&str]) -> std::process::Output {
    use std::time::{Duration, Instant};
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(args)
        .arg("--data-dir")
        .arg(data)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("accord runs");
    let started = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("accord {args:?} blocked");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

fn mkfifo(path: &std::path::Path) {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).expect("path");
    // SAFETY: a valid C string; mkfifo only creates a file.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
}

#[test]
fn fifos_devices_and_huge_files_never_block_or_fill_the_memory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path();
    let sessions = data.join("sessions");
    std::fs::create_dir_all(&sessions).expect("mkdir");
    std::fs::write(sessions.join("20261101-100000.json"), session_json()).expect("write");
    mkfifo(&sessions.join("20261102-100000.json"));
    std::os::unix::fs::symlink("/dev/zero", sessions.join("20261103-100000.json")).expect("link");
    std::os::unix::fs::symlink("/dev/zero", data.join("index.json")).expect("link");
    let huge = std::fs::File::create(sessions.join("20261104-100000.json")).expect("create");
    huge.set_len(100 << 20).expect("sparse file");
    for args in [&["sessions"][..], &["journal"]] {
        let out = accord_ends(data, args);
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {said}");
        assert!(said.contains("not an ordinary file"), "{args:?}: {said}");
        assert!(said.contains("too large"), "{args:?}: {said}");
    }
    // Export of the latest reads only that one (the index head names it), so
    // it reports nothing of the others; it must still end and print it.
    let out = accord_ends(data, &["export"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!out.stdout.is_empty());
    let fifo = data.join("clauses.toml");
    mkfifo(&fifo);
    for file in [std::path::Path::new("/dev/zero"), &fifo] {
        let out = accord_ends(data, &["check", &file.to_string_lossy()]);
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success());
        assert!(said.contains("not an ordinary file"), "{said}");
    }
    let big = data.join("big.toml");
    std::fs::File::create(&big)
        .and_then(|f| f.set_len(5 << 20))
        .expect("big file");
    let out = accord_ends(data, &["check", &big.to_string_lossy()]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("too large"));
}

#[test]
fn session_names_accord_could_not_have_made_are_never_listed_or_printed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sessions = dir.path().join("sessions");
    std::fs::create_dir_all(&sessions).expect("mkdir");
    let evil = sessions.join("\u{1b}]0;owned\u{7}\u{1b}[2J.json");
    std::fs::write(&evil, session_json()).expect("write");
    std::fs::write(sessions.join("20261101-100000.json"), session_json()).expect("write");
    let out = accord_ends(dir.path(), &["sessions"]);
    let all = [out.stdout, out.stderr].concat();
    assert!(!all.contains(&0x1b), "{}", String::from_utf8_lossy(&all));
    assert!(String::from_utf8_lossy(&all).contains("20261101-100000"));
    assert!(evil.exists(), "left as it is");
}

#[test]
fn session_read_errors_name_the_part_in_everyday_words() {
    let good: serde_json::Value = serde_json::from_slice(&session_json()).expect("json");
    let with = |key: &str, value: serde_json::Value| {
        let mut v = good.clone();
        v[key] = value;
        serde_json::to_vec_pretty(&v).expect("json")
    };
    let why = |bytes: &[u8]| match store::decode_session(bytes) {
        Err(e) => e.to_string(),
        Ok(_) => "read".to_owned(),
    };
    let cases = [
        (with("agenda", 5.into()), "\"agenda\" holds the wrong kind"),
        (
            with("clause_set", "x".into()),
            "\"clause_set\" holds the wrong kind",
        ),
        (with("format", 1.into()), "\"format\" is 1"),
        (
            with("updated_at", "9999-12-31T23:59:59-05:00".into()),
            "\"updated_at\" holds a date accord cannot read",
        ),
    ];
    for (bytes, expected) in cases {
        let said = why(&bytes);
        assert!(said.contains(expected), "{said}");
        assert!(!said.contains("struct") && !said.contains('\n'), "{said}");
    }
    let mut missing = good.clone();
    missing
        .as_object_mut()
        .expect("object")
        .remove("started_at");
    let said = why(&serde_json::to_vec(&missing).expect("json"));
    assert!(said.contains("\"started_at\" is missing"), "{said}");
    assert_eq!(
        why(&[b"\xef\xbb\xbf".as_slice(), &session_json()].concat()),
        "read"
    );
    assert_eq!(why(&with("id", 5.into())), "read");
}
