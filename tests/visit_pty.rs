//! The visit in hand, in the real binary: `e` on the agenda makes a page a
//! person can find, keeps where it is in view, opens it, and names it on the way out.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

use support::keys::{ENTER, ESC};
use support::tui::Setup;
use support::{Terminal, Tui};

#[test]
fn e_prints_to_documents_keeps_the_path_in_view_opens_it_and_lists_it_on_quit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let home = dir.path().join("home");
    let config = dir.path().join("config");
    std::fs::create_dir_all(&config).expect("config");
    std::fs::write(
        config.join("user-dirs.dirs"),
        "XDG_DOCUMENTS_DIR=\"$HOME/Papers\"\n",
    )
    .expect("user dirs");
    // A "browser" that only notes which file it was asked to open.
    let opened = dir.path().join("opened");
    let browser = dir.path().join("browser.sh");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", opened.display()),
    )
    .expect("browser");
    std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let env = [
        ("HOME", home.to_str().expect("utf-8")),
        ("XDG_CONFIG_HOME", config.to_str().expect("utf-8")),
        ("BROWSER", browser.to_str().expect("utf-8")),
    ];
    let setup = Setup {
        args: &["--participant", "Ana"],
        env: &env,
        ..Setup::default()
    };
    let mut tui = Tui::spawn_with(&data, setup, 120, 40);
    tui.wait_for("Press Enter to choose.");
    tui.press_until(ENTER, "Clause 1 of 32");
    tui.press_until("q", "Your question for your doctor");
    tui.type_text("Why the wait?");
    tui.press_until(ESC, "? Your question:");
    tui.press_until("n", "Your private note");
    tui.type_text("SECRET-NOTE");
    tui.press_until(ESC, "SECRET-NOTE");
    tui.press_until("s", "Your appointment agenda");
    // Enter, pressed to keep going, stays on the agenda.
    let screen = tui.press_until(ENTER, "then Enter to open its clause");
    assert!(screen.contains("Your appointment agenda"), "{screen}");
    let screen = tui.press_until("e", "Your one-page agenda is ready");
    let papers = home.join("Papers").join("accord");
    assert!(screen.contains(&papers.display().to_string()), "{screen}");
    // Still in view after the next key.
    let screen = tui.press_until("j", "Your private notes");
    assert!(screen.contains("Your one-page agenda is ready"), "{screen}");
    tui.press("o");
    let start = Instant::now();
    while !opened.exists() && start.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let target = std::fs::read_to_string(&opened).expect("the browser was asked to open a file");
    assert!(target.ends_with("-agenda.html"), "{target}");
    assert!(
        target.starts_with(&papers.display().to_string()),
        "{target}"
    );

    tui.leave();
    let (code, screen) = tui.wait_exit();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("Your printouts from this time"), "{screen}");
    assert!(screen.contains(&target), "{screen}");
    assert!(screen.contains("Your answers are saved in"), "{screen}");

    let mut made = 0;
    for entry in std::fs::read_dir(&papers).expect("printouts folder") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("read");
        assert!(!text.contains("SECRET-NOTE"), "{}", path.display());
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{}", path.display());
        made += 1;
    }
    assert_eq!(made, 3);
    let agenda = std::fs::read_to_string(&target).expect("agenda");
    assert!(agenda.contains("Why the wait?"));
    assert!(agenda.contains("Ana"));
}

#[test]
fn with_no_documents_folder_printouts_go_to_the_data_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let mut tui = Tui::spawn(&data, &[], 120, 40);
    tui.wait_for("Press Enter to choose.");
    tui.press_until(ENTER, "Clause 1 of 32");
    tui.press_until("s", "Your appointment agenda");
    // Nothing names the reader: the first e asks, once.
    tui.press_until("e", "Your name on the page");
    tui.type_text("Ben Okafor");
    let screen = tui.press_until(ENTER, "Your one-page agenda is ready");
    let exports = data.join("exports");
    assert!(screen.contains(&exports.display().to_string()), "{screen}");
    tui.leave();
    assert_eq!(tui.wait_exit().0, 0);
    let files: Vec<_> = std::fs::read_dir(&exports)
        .expect("exports")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(files.len(), 3);
    let text = files
        .iter()
        .find(|p| p.extension().is_some_and(|x| x == "txt"))
        .expect("the text agenda");
    let text = std::fs::read_to_string(text).expect("read");
    assert!(text.contains("Name: Ben Okafor"), "{text}");
    // Kept with the answers: the next printout needs no asking.
    let session = std::fs::read_to_string(&support::session_files(&data)[0]).expect("session");
    assert!(
        session.contains("\"participant\": \"Ben Okafor\""),
        "{session}"
    );
}

#[test]
fn stray_keys_forgive_caps_lock_and_esc_esc_never_leave() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let mut tui = Tui::spawn(&data, &[], 100, 30);
    tui.wait_for("Press Enter to choose.");
    // Esc on the welcome screen asks; a second Esc means stay.
    tui.press_until(ESC, "Leave accord now?");
    tui.press_until_gone(ESC, "Leave accord now?");
    tui.press_until(ENTER, "Clause 1 of 32");
    // Caps Lock on: A agrees, as a does.
    tui.press_until("A", "✓ agree");
    tui.press_until("Q", "Your question for your doctor");
    tui.type_text("Why?");
    // Esc closes the editor; the second only asks.
    tui.press_until(ESC, "? Your question:");
    tui.press_until(ESC, "Leave accord now?");
    let screen = tui.press_until_gone("n", "Leave accord now?");
    assert!(screen.contains("Clause 1 of 32"), "{screen}");
    assert!(screen.contains("? Your question:"), "{screen}");
    tui.leave();
    assert_eq!(tui.wait_exit().0, 0);
}
