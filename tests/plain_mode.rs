//! The plain line mode: driven by a file of commands, in a dumb terminal, and
//! with a locale that only promises ASCII.

mod support;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;
use support::keys::ENTER;
use support::tui::Setup;
use support::{Terminal, Tui, session_files};

/// Runs `accord --plain` with `commands` as its standard input; returns what it printed.
fn plain(data: &Path, commands: &str, env: &[(&str, &str)]) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_accord"))
        .arg("--data-dir")
        .arg(data)
        .arg("--plain")
        .env_remove("ACCORD_DATA_DIR")
        .env("LANG", "C.UTF-8")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start accord");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin
        .write_all(commands.as_bytes())
        .expect("write commands");
    drop(stdin);
    let out = child.wait_with_output().expect("accord ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        !out.stdout.contains(&0x1b),
        "plain mode sent an escape sequence"
    );
    String::from_utf8(out.stdout).expect("output is UTF-8")
}

fn only_session(data: &Path) -> Value {
    let files = session_files(data);
    assert_eq!(files.len(), 1, "expected one session file");
    let text = std::fs::read_to_string(&files[0]).expect("read session");
    serde_json::from_str(&text).expect("session is JSON")
}

/// A whole walkthrough as a reader would type it, one command a line.
const WALKTHROUGH: &str = "
a

d
q
Why is that?
Can we talk about it?

agenda
*
r
She said it is normal.

m
next
Ann Reader
close
print
quit
";

#[test]
fn a_file_of_commands_walks_through_to_a_signed_agenda() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let out = plain(&data, WALKTHROUGH, &[]);
    assert!(out.contains("Clause 1 of 32."), "{out}");
    assert!(out.contains("Your answer: ✓ agree."), "{out}");
    assert!(out.contains("Saved."), "{out}");
    assert!(out.contains("Signed by Ann Reader"), "{out}");
    assert!(out.contains("Your one-page agenda is ready"), "{out}");
    assert!(out.contains("Your answers are saved in"), "{out}");

    let session = only_session(&data);
    let responses = &session["responses"];
    assert_eq!(responses["partnership"]["stance"], "agree");
    let second = &responses["not-broken"];
    assert_eq!(second["stance"], "disagree");
    assert_eq!(second["question"], "Why is that?\nCan we talk about it?");
    assert_eq!(second["answer"], "She said it is normal.");
    assert_eq!(second["answer_status"], "answered");
    assert_eq!(session["agenda"]["starred"][0], "not-broken");
    assert_eq!(session["signatures"][0]["role"], "patient");
    assert_eq!(session["signatures"][0]["name"], "Ann Reader");
    assert!(
        std::fs::read_dir(data.join("exports"))
            .expect("exports folder")
            .count()
            >= 2
    );
}

#[test]
fn the_end_of_input_keeps_what_was_being_typed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    // Input ends in the middle of a note, with no empty line to finish it.
    plain(&data, "\nn\nHealing takes time\nand patience", &[]);
    let session = only_session(&data);
    assert_eq!(
        session["responses"]["partnership"]["note"],
        "Healing takes time\nand patience"
    );
}

#[test]
fn an_ascii_locale_gets_only_ascii_in_plain_mode() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let out = plain(&data, WALKTHROUGH, &[("LC_ALL", "C")]);
    assert!(out.contains("Your answer: [x] agree."), "{out}");
    let high: Vec<char> = out.chars().filter(|c| !c.is_ascii()).collect();
    assert!(high.is_empty(), "non-ASCII sent: {high:?}");
}

#[test]
fn a_dumb_terminal_gets_lines_without_cursor_movement() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let setup = Setup {
        env: &[("TERM", "dumb")],
        ..Setup::default()
    };
    let mut tui = Tui::spawn_with(&data, setup, 80, 24);
    tui.wait_for("Press Enter to choose.");
    tui.press(ENTER);
    tui.wait_for("Clause 1 of 32.");
    tui.press("a\r");
    tui.wait_for("Saved.");
    tui.press("quit\r");
    let (code, screen) = tui.wait_exit();
    assert_eq!(code, 0, "{screen}");
    let output = tui.output();
    // No cursor addressing, alternate screen, colour or any other control sequence.
    assert!(
        !output.contains(&0x1b),
        "{}",
        String::from_utf8_lossy(&output)
    );
    assert_eq!(
        only_session(&data)["responses"]["partnership"]["stance"],
        "agree"
    );
}

#[test]
fn an_ascii_locale_gets_only_ascii_on_the_full_screen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let setup = Setup {
        env: &[("LC_ALL", "C")],
        ..Setup::default()
    };
    let mut tui = Tui::spawn_with(&data, setup, 80, 24);
    tui.wait_for("Press Enter to choose.");
    tui.press_until(ENTER, "Clause 1 of 32");
    tui.press_until("a", "[x] agree");
    tui.press_until("q", "Your question for your doctor");
    tui.type_text("Why so?");
    tui.press_until("\x1b", "Why so?");
    tui.press_until("s", "Your appointment agenda");
    let output = tui.output();
    let high: Vec<u8> = output.iter().copied().filter(|b| *b > 0x7f).collect();
    assert!(high.is_empty(), "{} bytes above 0x7F", high.len());
}
