//! The real binary in a pseudo-terminal: answer, quit with Ctrl-C, resume.

mod support;

use serde_json::Value;
use support::keys::{CTRL_C, ENTER, ESC, RIGHT};
use support::tui::Setup;
use support::{Terminal, Tui, session_files};

fn only_session(data: &std::path::Path) -> Value {
    let files = session_files(data);
    assert_eq!(files.len(), 1, "expected one session file");
    let text = std::fs::read_to_string(&files[0]).expect("read session");
    serde_json::from_str(&text).expect("session is JSON")
}

#[test]
fn answers_survive_ctrl_c_and_the_walkthrough_resumes_where_it_stopped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");

    let mut tui = Tui::spawn(&data, &[], 100, 30);
    tui.wait_for("Press Enter to choose.");
    tui.press_until(ENTER, "Clause 1 of 32");
    tui.press_until("a", "✓ agree");
    tui.press_until(RIGHT, "Clause 2 of 32");
    tui.press_until("q", "Your question for your doctor");
    tui.type_text("What does this cost? Café 🙂");
    tui.press_until(ESC, "? Your question:");
    tui.press_until("l", "Clause 3 of 32");
    tui.press_until("n", "Your private note");
    // Ctrl-C while still typing: the text must be kept.
    tui.type_text("Healing takes time");
    tui.press(CTRL_C);
    let (code, screen) = tui.wait_exit();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("Your answers are saved in"), "{screen}");

    let session = only_session(&data);
    assert_eq!(session["format"], "accord.session/1");
    assert_eq!(session["clause_set"]["id"], "partnership");
    assert_eq!(session["position"], "body-heals");
    let responses = &session["responses"];
    assert_eq!(responses["partnership"]["stance"], "agree");
    assert_eq!(
        responses["not-broken"]["question"],
        "What does this cost? Café 🙂"
    );
    assert_eq!(responses["not-broken"]["stance"], Value::Null);
    assert_eq!(responses["body-heals"]["note"], "Healing takes time");

    let mut tui = Tui::spawn(&data, &[], 100, 30);
    tui.wait_for("Continue where you left off (clause 3 of 32, 1 answered)");
    let screen = tui.press_until(ENTER, "Clause 3 of 32");
    assert!(screen.contains("Healing takes time"), "{screen}");
    tui.leave();
    let (code, _) = tui.wait_exit();
    assert_eq!(code, 0);
    assert_eq!(
        only_session(&data)["responses"]["body-heals"]["note"],
        "Healing takes time"
    );
}

#[test]
fn new_starts_a_fresh_session_beside_the_old_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let mut tui = Tui::spawn(&data, &[], 80, 24);
    tui.wait_for("Press Enter to choose.");
    tui.press_until(ENTER, "Clause 1 of 32");
    tui.press_until("d", "✗ not on board");
    tui.leave();
    assert_eq!(tui.wait_exit().0, 0);

    // The second session gets its own file even when started in the same second.
    let mut tui = Tui::spawn(&data, &["--new"], 80, 24);
    tui.wait_for("› Begin a new reflection");
    tui.press_until(ENTER, "Clause 1 of 32");
    tui.press_until("a", "✓ agree");
    tui.leave();
    assert_eq!(tui.wait_exit().0, 0);
    assert_eq!(session_files(&data).len(), 2);
}

#[test]
fn a_tiny_window_asks_to_be_larger_and_recovers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::spawn(&dir.path().join("data"), &[], 30, 8);
    tui.wait_for("This window is too small.");
    // Keys that cannot be seen to work do nothing: Enter does not begin.
    let screen = tui.press_unseen(ENTER);
    assert!(screen.contains("at least 40"), "{screen}");
    tui.resize(90, 26);
    tui.wait_for("Press Enter to choose.");
    tui.resize(12, 3);
    tui.wait_for("This window");
    tui.resize(80, 24);
    tui.wait_for("Press Enter to choose.");
    tui.leave();
    let (code, screen) = tui.wait_exit();
    assert_eq!(code, 0);
    assert!(screen.contains("Nothing was answered yet"), "{screen}");
}

#[test]
fn no_color_turns_colour_off() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    for (env, coloured) in [(&[][..], true), (&[("NO_COLOR", "1")][..], false)] {
        let mut tui = Tui::spawn_with(
            &data,
            Setup {
                args: &["--new"],
                env,
                ..Setup::default()
            },
            80,
            24,
        );
        tui.wait_for("Press Enter to");
        tui.press_until(ENTER, "Clause 1 of 32");
        tui.press_until("a", "✓ agree");
        assert_eq!(tui.has_colour(), coloured, "with {env:?}");
        tui.press_until("a", "· not answered yet");
        tui.leave();
        assert_eq!(tui.wait_exit().0, 0);
    }
}

#[test]
fn an_unusable_data_folder_is_named_in_one_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("a-file");
    std::fs::write(&file, "").expect("write");
    let data = file.join("data");
    let mut tui = Tui::spawn(&data, &[], 100, 30);
    let (code, screen) = tui.wait_exit();
    assert_ne!(code, 0);
    let expected = format!(
        "accord: cannot use the data folder {}/sessions",
        data.display()
    );
    assert!(screen.contains(&expected), "{screen}");
    assert!(
        screen.contains("Choose another with --data-dir DIR"),
        "{screen}"
    );
}

#[test]
fn finish_star_sign_and_export_for_the_visit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let mut tui = Tui::spawn_with(
        &data,
        Setup {
            env: &[("TZ", "UTC")],
            ..Setup::default()
        },
        100,
        30,
    );
    tui.wait_for("Press Enter to choose.");
    tui.press_until(ENTER, "Clause 1 of 32");
    tui.press_until("q", "Your question for your doctor");
    tui.type_text("Can we plan visits together?");
    tui.press_until(ESC, "? Your question:");
    tui.press_until("a", "✓ agree");
    for next in 2..=32 {
        tui.press_until("l", &format!("Clause {next} of 32"));
    }
    tui.press_until("l", "Your appointment agenda");
    tui.press_until("*", "★ Ask first");
    tui.press_until(RIGHT, "Are you on board?");
    tui.type_text("Ana López");
    tui.press_until(ENTER, "Signed by Ana López.");
    tui.press_until(ESC, "✍ Signed by Ana López");
    tui.press_until("e", "Your one-page agenda is ready");
    tui.press(CTRL_C);
    assert_eq!(tui.wait_exit().0, 0);

    let session = only_session(&data);
    let id = session["id"].as_str().expect("id");
    assert_eq!(session["agenda"]["starred"][0], "partnership");
    assert_eq!(session["signatures"][0]["role"], "patient");
    assert_eq!(session["signatures"][0]["name"], "Ana López");

    let text =
        std::fs::read_to_string(data.join(format!("exports/{id}-agenda.txt"))).expect("text");
    assert!(
        text.contains("1. * ASK FIRST: We are partners: Can we plan visits together?"),
        "{text}"
    );
    assert!(text.contains("Name: Ana López"), "{text}");
    let record = std::fs::read_to_string(data.join(format!("exports/{id}-full-record.html")))
        .expect("full record");
    assert!(record.contains("Ana López, signed on"), "{record}");
    let html_path = data.join(format!("exports/{id}-agenda.html"));
    let html = std::fs::read_to_string(&html_path).expect("html");
    assert!(html.contains("Can we plan visits together?"));
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&html_path)
        .expect("meta")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn a_second_session_shows_last_time_and_the_timeline() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let mut tui = Tui::spawn(&data, &[], 100, 30);
    tui.wait_for("Press Enter to choose.");
    tui.press_until(ENTER, "Clause 1 of 32");
    tui.press_until("a", "✓ agree");
    tui.press_until("q", "Your question for your doctor");
    tui.type_text("Can we talk about costs?");
    tui.press_until(ESC, "? Your question:");
    tui.leave();
    assert_eq!(tui.wait_exit().0, 0);

    let mut tui = Tui::spawn(&data, &["--new"], 100, 30);
    // The new reflection is not on disk yet: only the earlier one is there to look back at.
    tui.wait_for("Look back at your earlier reflection (b)");
    tui.press_until(ENTER, "Clause 1 of 32");
    tui.wait_for("✓ agree · ? \"Can we talk about costs?\"");
    assert!(tui.screen().contains("Last time ("));
    tui.press_until("p", "Earlier answers: We are partners");
    tui.press_until_gone(ESC, "Earlier answers");
    tui.leave();
    assert_eq!(tui.wait_exit().0, 0);
    // Only looking changes nothing: the new session had no answers to save.
    assert_eq!(session_files(&data).len(), 1);
}

#[test]
fn a_first_start_offers_the_spanish_set_and_then_speaks_spanish() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let mut tui = Tui::spawn(&data, &[], 100, 30);
    tui.wait_for("Nuestro acuerdo de colaboración (español)");
    tui.press_until("j", "› Nuestro acuerdo");
    tui.press_until(ENTER, "Cláusula 1 de 32");
    tui.press_until("a", "✓ de acuerdo");
    tui.press_until(ESC, "¿Salir de accord ahora?");
    tui.press("y");
    let (code, screen) = tui.wait_exit();
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains("Sus respuestas están guardadas en"),
        "{screen}"
    );
    let session = only_session(&data);
    assert_eq!(session["clause_set"]["id"], "acuerdo");
    assert_eq!(session["responses"]["partnership"]["stance"], "agree");
}

#[test]
fn set_and_lang_choose_the_agreement_and_the_words() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let mut tui = Tui::spawn(&data, &["--set", "acuerdo"], 100, 30);
    tui.wait_for("Pulse Intro para empezar.");
    tui.press_until(ESC, "¿Salir de accord ahora?");
    tui.press("y");
    assert_eq!(tui.wait_exit().0, 0);
    let mut tui = Tui::spawn(&data, &["--set", "acuerdo", "--lang", "en"], 100, 30);
    let screen = tui.wait_for("Press Enter to begin.");
    assert!(
        screen.contains("Nuestro acuerdo de colaboración"),
        "{screen}"
    );
    tui.leave();
    assert_eq!(tui.wait_exit().0, 0);
}

#[test]
fn a_second_participant_in_the_same_folder_sees_nothing_of_the_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let mut tui = Tui::spawn(&data, &["--participant", "one"], 100, 30);
    tui.wait_for("Press Enter to choose.");
    tui.press_until(ENTER, "Clause 1 of 32");
    tui.press_until("q", "Your question for your doctor");
    tui.type_text("Private to one");
    tui.press_until(ESC, "? Your question:");
    tui.press_until(ESC, "Leave accord now?");
    tui.press("y");
    assert_eq!(tui.wait_exit().0, 0);

    let mut tui = Tui::spawn(&data, &["--participant", "two"], 100, 30);
    let welcome = tui.wait_for("Press Enter to choose.");
    assert!(!welcome.contains("Look back"), "{welcome}");
    assert!(!welcome.contains("Continue"), "{welcome}");
    let clause = tui.press_until(ENTER, "Clause 1 of 32");
    assert!(
        !clause.contains("Last time") && !clause.contains("Private to one"),
        "{clause}"
    );
    tui.press_until(ESC, "Leave accord now?");
    tui.press("y");
    assert_eq!(tui.wait_exit().0, 0);
}
