//! Nothing lost, nothing leaked, in a real terminal: closed windows, polite
//! kills, failing disks, two windows on one session, and pastes.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use accord::model::session::Session;
use support::keys::{CTRL_C, ENTER, ESC, RIGHT};
use support::terminal::PATIENCE;
use support::tui::Setup;
use support::window::Window;
use support::{Terminal, Tui, session_files, typing_a_note};

fn read(path: &Path) -> Session {
    accord::store::decode_session(&std::fs::read(path).expect("read")).expect("parses")
}

fn only_session(data: &Path) -> Session {
    let files = session_files(data);
    assert_eq!(files.len(), 1, "{files:?}");
    read(&files[0])
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}

/// Starting accord after the shell commands `prelude`, whose limits it inherits.
fn limits(prelude: &str) -> Setup<'_> {
    Setup {
        prelude,
        ..Setup::default()
    }
}

#[test]
fn a_closed_terminal_or_a_polite_kill_saves_everything() {
    for (signal, name) in [(libc::SIGHUP, "SIGHUP"), (libc::SIGTERM, "SIGTERM")] {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = dir.path().join("data");
        let mut tui = typing_a_note(&data);
        tui.signal(signal);
        let (code, _) = tui.wait_exit();
        assert_eq!(code, 0, "{name}");
        assert!(tui.restored(), "{name}: the terminal was not restored");
        let session = only_session(&data);
        assert_eq!(
            session.stance("partnership"),
            Some(accord::model::session::Stance::Agree)
        );
        assert_eq!(
            session.text("not-broken", accord::model::session::TextField::Note),
            Some("half-written thought"),
            "{name} lost the text being typed"
        );
    }
}

#[test]
fn a_window_closed_for_real_keeps_the_text_being_typed() {
    // With a controlling terminal the kernel sends SIGHUP too; without one,
    // only the terminal's hang-up tells accord that the window is gone.
    for controlling in [true, false] {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = dir.path().join("data");
        let (mut window, mut child) = Window::open(&data, controlling);
        window.wait_for("Press Enter to");
        window.press_until(ENTER, "Clause 1 of 32");
        window.press_until("n", "Your private note");
        window.type_text("typed as the window closed");
        drop(window);

        let start = std::time::Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait") {
                break status;
            }
            if start.elapsed() > PATIENCE {
                let _ = child.kill();
                let _ = child.wait();
                panic!("controlling {controlling}: accord kept running after its window closed");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        assert!(status.success(), "controlling {controlling}: {status:?}");
        let session = only_session(&data);
        assert_eq!(
            session.text("partnership", accord::model::session::TextField::Note),
            Some("typed as the window closed"),
            "controlling {controlling}: the text being typed was lost"
        );
    }
}

#[test]
fn a_folder_that_fails_mid_session_warns_retries_and_rescues() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let tmp = dir.path().join("tmp");
    std::fs::create_dir(&tmp).expect("tmp");
    let tmpdir = tmp.to_str().expect("utf-8 path");
    let mut tui = Tui::spawn_with(
        &data,
        Setup {
            env: &[("TMPDIR", tmpdir)],
            ..Setup::default()
        },
        100,
        30,
    );
    tui.wait_for("Press Enter to");
    tui.press_until(ENTER, "Clause 1 of 32");
    tui.press_until("a", "✓ agree");

    // The sessions folder disappears (an unplugged drive, a read-only remount).
    let sessions_dir = data.join("sessions");
    let moved = data.join("moved");
    std::fs::rename(&sessions_dir, &moved).expect("move away");
    std::fs::write(&sessions_dir, "not a folder").expect("block");
    // Moving on records the position without a save; the next answer tries one.
    tui.press_until(RIGHT, "Clause 2 of 32");
    tui.press_until("d", "Not saved yet");
    tui.wait_for("✗ not on board");
    assert!(tui.running(), "the app keeps running");

    // The folder comes back: the next change saves everything and the warning goes.
    std::fs::remove_file(&sessions_dir).expect("unblock");
    std::fs::rename(&moved, &sessions_dir).expect("move back");
    tui.press_until("q", "Your question for your doctor");
    tui.type_text("Is it saved?");
    let screen = tui.press_until(ESC, "? Your question:");
    assert!(!screen.contains("Not saved yet"), "{screen}");
    let session = only_session(&data);
    assert_eq!(
        session.stance("not-broken"),
        Some(accord::model::session::Stance::Disagree)
    );

    // It fails again, and the reader quits: a rescue copy holds everything.
    std::fs::rename(&sessions_dir, &moved).expect("move away");
    std::fs::write(&sessions_dir, "not a folder").expect("block");
    tui.press_until(RIGHT, "Clause 3 of 32");
    tui.press_until("a", "✓ agree");
    tui.wait_for("Not saved yet");
    tui.press(CTRL_C);
    let (code, screen) = tui.wait_exit();
    assert_ne!(code, 0);
    let flat = screen.replace('\n', "");
    assert!(flat.contains("could not be saved"), "{screen}");
    assert!(flat.contains("a full copy of them is in"), "{screen}");
    // The data folder itself still takes files: the copy is there, not in a
    // temporary folder that a restart may empty.
    let rescued: Vec<PathBuf> = std::fs::read_dir(&data)
        .expect("data")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains("accord-rescue-"))
        .collect();
    assert_eq!(rescued.len(), 1, "{rescued:?}");
    assert_eq!(std::fs::read_dir(&tmp).expect("tmp").count(), 0);
    assert_eq!(mode(&rescued[0]), 0o600);
    let copy = read(&rescued[0]);
    assert_eq!(
        copy.stance("body-heals"),
        Some(accord::model::session::Stance::Agree)
    );
    assert_eq!(
        copy.stance("not-broken"),
        Some(accord::model::session::Stance::Disagree)
    );

    // The folder is back, and so are the rescued answers, at the next start.
    std::fs::remove_file(&sessions_dir).expect("unblock");
    std::fs::rename(&moved, &sessions_dir).expect("move back");
    let mut tui = Tui::spawn(&data, &[], 100, 30);
    tui.wait_for("are back in reflection");
    tui.press(CTRL_C);
    assert_eq!(tui.wait_exit().0, 0);
    assert_eq!(
        only_session(&data).stance("body-heals"),
        Some(accord::model::session::Stance::Agree),
        "the answer only the rescue copy held"
    );
}

#[test]
fn a_file_size_limit_never_loses_answers_silently() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    // 2 blocks of 512 bytes: room for a small session, not a growing one.
    // accord itself must ignore SIGXFSZ, so the write fails (EFBIG) instead of killing it.
    // A tall window keeps the printed answers and the message above them in view.
    let mut tui = Tui::spawn_with(&data, limits("ulimit -f 2"), 100, 400);
    tui.wait_for("Press Enter to");
    tui.press_until(ENTER, "Clause 1 of 32");
    let mut warned = false;
    for n in 1..=10 {
        tui.press_until("q", "Your question for your doctor");
        tui.type_text("A question long enough to make the session file grow quickly.");
        if tui
            .press_until(ESC, "? Your question:")
            .contains("Not saved yet")
        {
            warned = true;
            break;
        }
        tui.press_until(RIGHT, &format!("Clause {} of 32", n + 1));
    }
    assert!(warned, "the failed save was never shown:\n{}", tui.screen());
    tui.press(CTRL_C);
    let (code, screen) = tui.wait_exit();
    assert_ne!(code, 0);
    // No file could be written at all, so the answers are printed instead.
    let flat = screen.replace('\n', "");
    assert!(flat.contains("could not be saved"), "{screen}");
    assert!(flat.contains("here they are"), "{screen}");
    assert!(
        flat.contains("\"format\": \"accord.session/1\""),
        "{screen}"
    );
    assert!(flat.contains("A question long enough"), "{screen}");
}

#[test]
fn a_second_window_can_read_or_start_anew_and_a_dead_ones_lock_is_ignored() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let mut first = Tui::spawn(&data, &[], 100, 30);
    first.wait_for("Press Enter to");
    first.press_until(ENTER, "Clause 1 of 32");
    first.press_until("a", "✓ agree");

    let mut second = Tui::spawn(&data, &[], 100, 30);
    second.wait_for("open in another accord window");
    second.press_until(ENTER, "Clause 1 of 32");
    second.press_until("d", "read-only");
    second.leave();
    assert_eq!(second.wait_exit().0, 0);
    let session = only_session(&data);
    assert_eq!(
        session.stance("partnership"),
        Some(accord::model::session::Stance::Agree),
        "the read-only window changed nothing"
    );

    let mut third = Tui::spawn(&data, &[], 100, 30);
    third.wait_for("open in another accord window");
    third.press_until("n", "Clause 1 of 32");
    third.press_until("d", "✗ not on board");
    third.leave();
    assert_eq!(third.wait_exit().0, 0);
    assert_eq!(
        session_files(&data).len(),
        2,
        "n started a session of its own"
    );

    // The first window is killed; its lock dies with it.
    first.signal(libc::SIGKILL);
    first.wait_killed();
    let mut fourth = Tui::spawn(&data, &[], 100, 30);
    let screen = fourth.wait_for("Press Enter to");
    assert!(!screen.contains("another accord window"), "{screen}");
    fourth.leave();
    assert_eq!(fourth.wait_exit().0, 0);
}

#[test]
fn pasted_text_is_never_read_as_commands() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let mut tui = Tui::spawn(&data, &[], 100, 30);
    tui.wait_for("Press Enter to");
    tui.press_until(ENTER, "Clause 1 of 32");
    let screen = tui.press_unseen("\x1b[200~aqd\x1b[201~");
    assert!(screen.contains("· not answered yet"), "{screen}");
    let screen = tui.press_until("l", "Clause 2 of 32");
    assert!(
        !screen.contains("Your question for your doctor"),
        "{screen}"
    );
    tui.leave();
    assert_eq!(tui.wait_exit().0, 0);
    let session = only_session(&data);
    assert!(
        session.responses.is_empty(),
        "a paste answered: {:?}",
        session.responses
    );
}

#[test]
fn a_one_megabyte_paste_into_a_note_is_kept_whole() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let mut tui = Tui::spawn(&data, &[], 100, 30);
    tui.wait_for("Press Enter to");
    tui.press_until(ENTER, "Clause 1 of 32");
    tui.press_until("n", "Your private note");
    let line = "A long pasted journal line, with café and 東京 and 🙂 in it. ";
    let mut text = String::new();
    let mut n = 0;
    while text.len() < 1024 * 1024 {
        n += 1;
        text.push_str(&format!("{n}: {line}\n"));
    }
    text.push_str("THE END");
    // Terminals send the line breaks of a paste as carriage returns.
    let pasted = text.replace('\n', "\r");
    tui.send_large(format!("\x1b[200~{pasted}\x1b[201~").as_bytes());
    assert!(
        tui.try_wait_for("THE END", Duration::from_secs(60)),
        "the paste never arrived"
    );
    // Still responsive: the editor closes and the clause shows an excerpt.
    let long = Duration::from_secs(60);
    let closed = tui.try_press_until(ESC, "press n to read all of it", long);
    assert!(closed.is_ok(), "{closed:?}");
    tui.press(CTRL_C);
    assert_eq!(tui.wait_exit().0, 0);
    let session = only_session(&data);
    let note = session
        .text("partnership", accord::model::session::TextField::Note)
        .expect("note kept");
    assert_eq!(note.len(), text.len(), "the paste was cut");
    assert_eq!(note, text);
}

#[test]
fn files_stay_private_under_a_permissive_umask() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let mut tui = Tui::spawn_with(&data, limits("umask 000"), 100, 30);
    tui.wait_for("Press Enter to");
    tui.press_until(ENTER, "Clause 1 of 32");
    tui.press_until("q", "Your question for your doctor");
    tui.type_text("Private?");
    tui.press_until(ESC, "? Your question:");
    tui.press_until("s", "Your appointment agenda");
    tui.press_until("e", "Your name on the page");
    tui.press_until(ENTER, "Your one-page agenda is ready");
    tui.leave();
    assert_eq!(tui.wait_exit().0, 0);

    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("sessions")), 0o700);
    assert_eq!(mode(&data.join("exports")), 0o700);
    for entry in std::fs::read_dir(data.join("sessions"))
        .expect("sessions")
        .chain(std::fs::read_dir(data.join("exports")).expect("exports"))
    {
        let path = entry.expect("entry").path();
        assert_eq!(mode(&path), 0o600, "{}", path.display());
    }
}

#[test]
fn a_data_folder_others_can_write_is_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    std::fs::create_dir(&data).expect("data");
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o777)).expect("chmod");
    let mut tui = Tui::spawn(&data, &[], 120, 30);
    let screen = tui.wait_for("Press Enter to");
    assert!(
        screen.contains("Other people on this computer can change files in"),
        "{screen}"
    );
    tui.leave();
    assert_eq!(tui.wait_exit().0, 0);
}
