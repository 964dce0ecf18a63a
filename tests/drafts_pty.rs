//! What is being typed survives a crash: the editor's draft is kept as the
//! reader types and comes back in the editor next time, marked as a draft.
//! SIGQUIT saves like SIGTERM.

mod support;

use std::path::Path;
use std::thread::sleep;
use std::time::{Duration, Instant};

use accord::model::session::{Session, TextField};
use support::keys::ESC;
use support::terminal::PATIENCE;
use support::{Terminal, Tui, session_files, typing_a_note};

fn only_session(data: &Path) -> Session {
    let files = session_files(data);
    assert_eq!(files.len(), 1, "{files:?}");
    let bytes = std::fs::read(&files[0]).expect("read");
    accord::store::decode_session(&bytes).expect("parses")
}

fn drafts(data: &Path) -> usize {
    std::fs::read_dir(data.join("sessions"))
        .map(|d| {
            d.filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "draft"))
                .count()
        })
        .unwrap_or(0)
}

#[test]
fn a_draft_survives_sigkill_and_comes_back_in_the_editor() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let mut tui = typing_a_note(&data);
    let start = Instant::now();
    while drafts(&data) == 0 {
        assert!(start.elapsed() < PATIENCE, "no draft was kept");
        sleep(Duration::from_millis(20));
    }
    tui.signal(libc::SIGKILL);
    tui.wait_killed();
    assert_eq!(
        only_session(&data).text("not-broken", TextField::Note),
        None,
        "the note is not an answer until the editor closes"
    );

    let mut again = Tui::spawn(&data, &[], 100, 30);
    let screen = again.wait_for("Your private note");
    assert!(screen.contains("half-written thought"), "{screen}");
    assert!(
        screen.contains("not saved yet"),
        "marked as a draft: {screen}"
    );
    again.type_text(", finished");
    again.press_until(ESC, "Clause 2 of 32");
    again.leave();
    assert_eq!(again.wait_exit().0, 0);
    assert_eq!(
        only_session(&data).text("not-broken", TextField::Note),
        Some("half-written thought, finished")
    );
    assert_eq!(drafts(&data), 0, "the draft goes once its words are saved");
}

#[test]
fn sigquit_saves_everything_and_restores_the_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let mut tui = typing_a_note(&data);
    tui.signal(libc::SIGQUIT);
    let (code, _) = tui.wait_exit();
    assert_eq!(code, 0);
    assert!(tui.restored(), "the terminal was not restored");
    assert_eq!(
        only_session(&data).text("not-broken", TextField::Note),
        Some("half-written thought")
    );
    assert_eq!(drafts(&data), 0);
}
