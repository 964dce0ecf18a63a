//! The state machine, driven key by key through the same key map the terminal uses.

use accord::app::keys;
use accord::app::screens::agenda::{self, EntryKind};
use accord::app::screens::help::Help;
use accord::app::{App, Effect, Intent, Mode, Overlay, Report, Screen, Start};
use accord::model::clauses;
use accord::model::session::{AnswerStatus, Role, Session, Stance, TextField};
use jiff::Timestamp;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn t(n: i64) -> Timestamp {
    Timestamp::from_second(1_790_000_000 + n).expect("time")
}

fn fresh() -> App {
    let set = clauses::default_set();
    let session = Session::new("test".into(), &set, t(0));
    App::new(Start::new(set, session))
}

/// Presses a key as the terminal would report it; returns the effects.
fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    send(app, KeyEvent::new(code, KeyModifiers::NONE))
}

fn send(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    match keys::from_event(Event::Key(key), app.mode()) {
        Some(a) => app.update(a, t(1)),
        None => Vec::new(),
    }
}

fn ctrl(app: &mut App, c: char) -> Vec<Effect> {
    send(app, KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        press(app, code);
    }
}

fn begun() -> App {
    let mut app = fresh();
    press(&mut app, KeyCode::Enter);
    app
}

/// How far the clause screen is scrolled (0 on any other screen).
fn clause_scroll(app: &App) -> u16 {
    match &app.screen {
        Screen::Clause(clause) => clause.scroll,
        _ => 0,
    }
}

/// The highlighted agenda line (0 on any other screen).
fn agenda_selected(app: &App) -> usize {
    match &app.screen {
        Screen::Agenda(agenda) => agenda.selected,
        _ => 0,
    }
}

fn current_id(app: &App) -> String {
    app.clause().id.clone()
}

#[test]
fn enter_on_the_welcome_screen_begins_at_the_first_clause() {
    let mut app = fresh();
    assert_eq!(app.mode(), Mode::Welcome);
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    assert_eq!(app.screen_mode(), Mode::Clause);
    assert_eq!(app.current, 0);
    // Leaving keeps where the reader was, though no answer changed.
    press(&mut app, KeyCode::Right);
    assert_eq!(
        app.update(Intent::Quit, t(2)),
        vec![Effect::Save, Effect::Quit]
    );
}

#[test]
fn a_resumed_session_opens_on_its_clause() {
    let set = clauses::default_set();
    let mut session = Session::new("s".into(), &set, t(0));
    session.set_position("body-heals", t(0));
    let mut app = App::new(Start {
        resumed: true,
        ..Start::new(set, session)
    });
    press(&mut app, KeyCode::Enter);
    assert_eq!(current_id(&app), "body-heals");
    assert_eq!(app.current, 2);
}

#[test]
fn a_agrees_and_a_again_clears() {
    let mut app = begun();
    let id = current_id(&app);
    assert_eq!(press(&mut app, KeyCode::Char('a')), vec![Effect::Save]);
    assert_eq!(app.session.stance(&id), Some(Stance::Agree));
    assert_eq!(press(&mut app, KeyCode::Char('a')), vec![Effect::Save]);
    assert_eq!(app.session.stance(&id), None);
    assert!(app.session.responses.is_empty());
}

#[test]
fn d_marks_not_on_board_and_replaces_an_agreement() {
    let mut app = begun();
    let id = current_id(&app);
    press(&mut app, KeyCode::Char('a'));
    assert_eq!(press(&mut app, KeyCode::Char('d')), vec![Effect::Save]);
    assert_eq!(app.session.stance(&id), Some(Stance::Disagree));
    press(&mut app, KeyCode::Char('d'));
    assert_eq!(app.session.stance(&id), None);
}

#[test]
fn q_writes_a_question_kept_by_esc() {
    let mut app = begun();
    let id = current_id(&app);
    assert!(press(&mut app, KeyCode::Char('q')).is_empty());
    assert_eq!(app.mode(), Mode::Editor);
    // Letters that are commands elsewhere are text here.
    type_text(&mut app, "Can we talk about costs?\nAnd aqdn too");
    assert_eq!(app.session.stance(&id), None, "typing never agrees");
    assert_eq!(press(&mut app, KeyCode::Esc), vec![Effect::Save]);
    assert_eq!(app.mode(), Mode::Clause);
    assert_eq!(
        app.session.text(&id, TextField::Question),
        Some("Can we talk about costs?\nAnd aqdn too")
    );
}

#[test]
fn editing_again_starts_from_the_saved_text_and_an_empty_text_removes_it() {
    let mut app = begun();
    let id = current_id(&app);
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "first");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, " second");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.session.text(&id, TextField::Note), Some("first second"));

    press(&mut app, KeyCode::Char('n'));
    for _ in 0.."first second".len() {
        press(&mut app, KeyCode::Backspace);
    }
    assert_eq!(press(&mut app, KeyCode::Esc), vec![Effect::Save]);
    assert_eq!(app.session.text(&id, TextField::Note), None);
    assert!(app.session.responses.is_empty());
}

#[test]
fn closing_the_editor_without_changes_saves_nothing() {
    let mut app = begun();
    press(&mut app, KeyCode::Char('q'));
    assert!(press(&mut app, KeyCode::Esc).is_empty());
}

#[test]
fn the_editor_handles_unicode_paste_and_undo() {
    let mut app = begun();
    let id = current_id(&app);
    press(&mut app, KeyCode::Char('q'));
    type_text(&mut app, "Café 東京 🙂");
    app.update(Intent::Paste("\r\npasted \u{1b}[31mline".into()), t(1));
    ctrl(&mut app, 'z');
    ctrl(&mut app, 'y');
    press(&mut app, KeyCode::Esc);
    assert_eq!(
        app.session.text(&id, TextField::Question),
        Some("Café 東京 🙂\npasted ␛[31mline")
    );

    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "it hurts oops");
    ctrl(&mut app, 'z');
    press(&mut app, KeyCode::Esc);
    assert_eq!(
        app.session.text(&id, TextField::Note),
        Some("it hurts"),
        "undo took the last word typed"
    );
}

#[test]
fn typed_controls_are_cleaned_as_pasted_ones_are() {
    let mut app = begun();
    let id = current_id(&app);
    press(&mut app, KeyCode::Char('q'));
    type_text(&mut app, "a\u{202e}b\u{9b}c\u{1b}d");
    press(&mut app, KeyCode::Esc);
    assert_eq!(
        app.session.text(&id, TextField::Question),
        Some("ab\u{fffd}c␛d")
    );
}

#[test]
fn a_paste_on_a_clause_is_never_read_as_commands() {
    let mut app = begun();
    let effects = app.update(Intent::Paste("aqdn".into()), t(1));
    assert!(effects.is_empty());
    assert_eq!(app.mode(), Mode::Clause);
    assert!(app.session.responses.is_empty());
}

#[test]
fn next_and_back_move_through_the_clauses_and_keep_the_position_for_the_next_save() {
    let mut app = begun();
    // The position is not an answer: moving alone never flushes the session.
    assert!(press(&mut app, KeyCode::Right).is_empty());
    assert_eq!(app.current, 1);
    press(&mut app, KeyCode::Char('l'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.current, 3);
    assert_eq!(app.session.position, current_id(&app));
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Char('h'));
    assert_eq!(app.current, 1);
    press(&mut app, KeyCode::Left);
    assert!(
        press(&mut app, KeyCode::Left).is_empty(),
        "nothing before the first"
    );
    assert_eq!(app.current, 0);
}

#[test]
fn next_after_the_last_clause_opens_the_agenda_and_back_returns() {
    let mut app = begun();
    let last = app.set.clauses.len() - 1;
    for _ in 0..last {
        press(&mut app, KeyCode::Right);
    }
    assert_eq!(app.current, last);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen_mode(), Mode::Agenda);
    press(&mut app, KeyCode::Left);
    assert_eq!(app.screen_mode(), Mode::Clause);
    assert_eq!(app.current, last);
}

#[test]
fn scrolling_keys_move_the_clause_text() {
    let mut app = begun();
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(clause_scroll(&app), 2);
    press(&mut app, KeyCode::Up);
    assert_eq!(clause_scroll(&app), 1);
    press(&mut app, KeyCode::Char('k'));
    press(&mut app, KeyCode::Char('k'));
    assert_eq!(clause_scroll(&app), 0);
    press(&mut app, KeyCode::PageDown);
    assert_eq!(clause_scroll(&app), 10);
    press(&mut app, KeyCode::Right);
    assert_eq!(clause_scroll(&app), 0, "a new clause starts at the top");
}

#[test]
fn back_from_the_agenda_finds_the_clause_as_it_was_left() {
    let mut app = begun();
    press(&mut app, KeyCode::PageDown);
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(app.screen_mode(), Mode::Agenda);
    press(&mut app, KeyCode::Left);
    assert_eq!(clause_scroll(&app), 10);
}

#[test]
fn scrolling_stops_at_the_end_the_screen_reported_so_up_always_moves() {
    let mut app = begun();
    // The last frame drawn could scroll 3 lines.
    app.update(Report::ScrollLimit(3), t(1));
    for _ in 0..4 {
        press(&mut app, KeyCode::PageDown);
    }
    assert_eq!(clause_scroll(&app), 3);
    press(&mut app, KeyCode::Up);
    assert_eq!(clause_scroll(&app), 2, "the first Up moves the text");
    // A larger window shows more: the scroll comes back within the new end.
    app.update(Report::ScrollLimit(1), t(2));
    assert_eq!(clause_scroll(&app), 1);
    // The same holds for help over the clause.
    press(&mut app, KeyCode::Char('?'));
    app.update(Report::ScrollLimit(2), t(3));
    for _ in 0..5 {
        press(&mut app, KeyCode::Down);
    }
    assert!(matches!(
        app.overlay,
        Some(Overlay::Help(Help { scroll: 2 }))
    ));
    press(&mut app, KeyCode::Up);
    assert!(matches!(
        app.overlay,
        Some(Overlay::Help(Help { scroll: 1 }))
    ));
}

#[test]
fn tab_opens_the_list_and_enter_jumps() {
    let mut app = begun();
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.mode(), Mode::List);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Char('k'));
    press(&mut app, KeyCode::Down);
    assert!(
        press(&mut app, KeyCode::Enter).is_empty(),
        "a move is not saved alone"
    );
    assert_eq!(app.mode(), Mode::Clause);
    assert_eq!(app.current, 2);
    assert_eq!(app.session.position, "body-heals");
}

#[test]
fn the_list_closes_with_esc_or_tab_without_moving() {
    let mut app = begun();
    for close in [KeyCode::Esc, KeyCode::Tab] {
        press(&mut app, KeyCode::Tab);
        press(&mut app, KeyCode::Down);
        assert!(press(&mut app, close).is_empty());
        assert_eq!(app.mode(), Mode::Clause);
        assert_eq!(app.current, 0);
    }
}

#[test]
fn the_list_stops_at_its_ends() {
    let mut app = begun();
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Up);
    for _ in 0..100 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.current, app.set.clauses.len() - 1);
}

#[test]
fn question_mark_opens_help_and_esc_closes_it() {
    let mut app = fresh();
    press(&mut app, KeyCode::Char('?'));
    assert_eq!(app.mode(), Mode::Help);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Welcome);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('?'));
    assert_eq!(app.mode(), Mode::Help);
    assert_eq!(app.screen_mode(), Mode::Clause);
    press(&mut app, KeyCode::Char('a'));
    assert!(
        app.session.responses.is_empty(),
        "keys under help do nothing"
    );
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char('k'));
    assert!(matches!(
        app.overlay,
        Some(Overlay::Help(Help { scroll: 1 }))
    ));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Clause);
}

#[test]
fn esc_on_a_clause_asks_before_it_quits() {
    let mut app = begun();
    assert!(press(&mut app, KeyCode::Esc).is_empty());
    assert_eq!(app.mode(), Mode::Leave);
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.contains("Leave accord"))
    );
    // A second Esc means stay, on the clause as it was.
    assert!(press(&mut app, KeyCode::Esc).is_empty());
    assert_eq!(app.mode(), Mode::Clause);
    assert_eq!(app.message, None);
    press(&mut app, KeyCode::Esc);
    assert_eq!(press(&mut app, KeyCode::Char('y')), vec![Effect::Quit]);
}

#[test]
fn esc_esc_in_the_editor_closes_it_and_asks_but_never_quits() {
    let mut app = begun();
    press(&mut app, KeyCode::Char('q'));
    assert_eq!(app.mode(), Mode::Editor);
    let mut effects = press(&mut app, KeyCode::Esc);
    effects.extend(press(&mut app, KeyCode::Esc));
    assert!(!effects.contains(&Effect::Quit), "{effects:?}");
    assert_eq!(app.mode(), Mode::Leave);
}

#[test]
fn typing_in_a_long_note_asks_for_no_save_until_the_editor_closes() {
    let mut app = begun();
    press(&mut app, KeyCode::Char('n'));
    app.update(Intent::Paste("a long note ".repeat(90_000)), t(1));
    // A save per key would write the whole note each time: the note is kept when the editor closes.
    for code in [
        KeyCode::Char('x'),
        KeyCode::Backspace,
        KeyCode::Enter,
        KeyCode::Up,
    ] {
        assert_eq!(press(&mut app, code), Vec::new(), "{code:?}");
    }
    assert_eq!(press(&mut app, KeyCode::Esc), vec![Effect::Save]);
}

#[test]
fn ctrl_c_in_the_editor_keeps_the_text_being_typed() {
    let mut app = begun();
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "half a thought");
    assert_eq!(ctrl(&mut app, 'c'), vec![Effect::Save, Effect::Quit]);
    assert_eq!(
        app.session.text("not-broken", TextField::Note),
        Some("half a thought")
    );
}

#[test]
fn ctrl_c_quits_from_every_screen() {
    let mut app = fresh();
    assert_eq!(ctrl(&mut app, 'c'), vec![Effect::Quit]);
    let mut app = begun();
    press(&mut app, KeyCode::Tab);
    assert_eq!(ctrl(&mut app, 'c'), vec![Effect::Quit]);
    let mut app = begun();
    press(&mut app, KeyCode::Char('?'));
    assert_eq!(ctrl(&mut app, 'c'), vec![Effect::Quit]);
    let mut app = begun();
    app.update(Intent::OpenAgenda, t(1));
    assert_eq!(ctrl(&mut app, 'c'), vec![Effect::Quit]);
}

#[test]
fn the_agenda_lists_questions_notes_then_unanswered_and_enter_jumps() {
    let mut app = begun();
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Char('q'));
    type_text(&mut app, "Why?");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "mine");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(app.screen_mode(), Mode::Agenda);

    let entries = agenda::entries(&app);
    let kinds: Vec<EntryKind> = entries.iter().take(3).map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [EntryKind::Agenda, EntryKind::Note, EntryKind::Unanswered]
    );
    assert_eq!(entries[0].clause, 1);
    assert_eq!(entries[2].clause, 1, "clause 2 has text but no stance yet");
    assert_eq!(entries.len(), 2 + 31);

    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(agenda_selected(&app), 3);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen_mode(), Mode::Clause);
    assert_eq!(app.current, 2, "the second unanswered clause");
    assert_eq!(app.session.position, "body-heals");
}

#[test]
fn the_agenda_selection_stays_in_range() {
    let mut app = begun();
    app.update(Intent::OpenAgenda, t(1));
    press(&mut app, KeyCode::Up);
    assert_eq!(agenda_selected(&app), 0);
    for _ in 0..200 {
        press(&mut app, KeyCode::Down);
    }
    assert_eq!(agenda_selected(&app), agenda::entries(&app).len() - 1);
}

#[test]
fn a_failed_save_is_shown_and_retried_on_quit() {
    let mut app = begun();
    press(&mut app, KeyCode::Char('a'));
    app.update(Report::SaveFailed("disk full".into()), t(2));
    assert_eq!(app.save_error.as_deref(), Some("disk full"));
    assert_eq!(ctrl(&mut app, 'c'), vec![Effect::Save, Effect::Quit]);
    app.update(Report::Saved, t(3));
    assert_eq!(app.save_error, None);
}

#[test]
fn answers_are_timestamped_when_they_change() {
    let mut app = begun();
    app.update(Intent::Agree, t(42));
    let response = app.session.response("partnership").expect("answered");
    assert_eq!(response.updated_at, t(42));
    assert_eq!(app.session.updated_at, t(42));
    assert_eq!(app.session.started_at, t(0));
}

/// On the agenda with questions on clauses 1, 2, 3 and 4 (in that order).
fn on_the_agenda() -> App {
    let mut app = begun();
    for _ in 0..4 {
        press(&mut app, KeyCode::Char('q'));
        type_text(&mut app, "Why?");
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Right);
    }
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(app.mode(), Mode::Agenda);
    app
}

fn agenda_clauses(app: &App) -> Vec<usize> {
    agenda::entries(app)
        .iter()
        .filter(|e| e.kind == EntryKind::Agenda)
        .map(|e| e.clause)
        .collect()
}

fn shifted(app: &mut App, code: KeyCode) -> Vec<Effect> {
    send(app, KeyEvent::new(code, KeyModifiers::SHIFT))
}

#[test]
fn agenda_items_move_with_shift_arrows_and_capital_letters() {
    let mut app = on_the_agenda();
    assert_eq!(agenda_clauses(&app), [0, 1, 2, 3]);
    assert_eq!(shifted(&mut app, KeyCode::Down), vec![Effect::Save]);
    assert_eq!(agenda_clauses(&app), [1, 0, 2, 3]);
    assert_eq!(agenda_selected(&app), 1, "the selection follows the item");
    press(&mut app, KeyCode::Char('J'));
    press(&mut app, KeyCode::Char('J'));
    assert_eq!(agenda_clauses(&app), [1, 2, 3, 0]);
    assert!(
        press(&mut app, KeyCode::Char('J')).is_empty(),
        "already last"
    );
    shifted(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Char('K'));
    assert_eq!(agenda_clauses(&app), [1, 0, 2, 3]);
    assert_eq!(
        app.session.agenda.order,
        ["not-broken", "partnership", "body-heals", "calm-to-heal"]
    );
}

#[test]
fn at_most_three_items_are_starred_and_they_go_first() {
    let mut app = on_the_agenda();
    for _ in 0..3 {
        press(&mut app, KeyCode::Down);
    }
    assert_eq!(press(&mut app, KeyCode::Char('*')), vec![Effect::Save]);
    assert_eq!(agenda_clauses(&app), [3, 0, 1, 2]);
    assert_eq!(agenda_selected(&app), 0);
    for _ in 0..2 {
        press(&mut app, KeyCode::Down);
        press(&mut app, KeyCode::Char('*'));
    }
    assert_eq!(app.session.agenda.starred.len(), 3);
    press(&mut app, KeyCode::Down);
    assert!(press(&mut app, KeyCode::Char('*')).is_empty());
    assert_eq!(app.session.agenda.starred.len(), 3);
    let message = app.message.clone().expect("told why");
    assert!(message.contains("up to 3"), "{message}");
    press(&mut app, KeyCode::Down);
    assert_eq!(app.message, None, "the message clears at the next key");
}

#[test]
fn r_writes_the_doctors_answer_and_m_marks_it() {
    let mut app = on_the_agenda();
    press(&mut app, KeyCode::Down);
    assert!(press(&mut app, KeyCode::Char('r')).is_empty());
    assert_eq!(app.mode(), Mode::Editor);
    type_text(&mut app, "Costs come first.");
    assert_eq!(press(&mut app, KeyCode::Esc), vec![Effect::Save]);
    assert_eq!(app.mode(), Mode::Agenda);
    let answer = app.session.response("not-broken").expect("answered");
    assert_eq!(answer.answer.as_deref(), Some("Costs come first."));
    assert_eq!(press(&mut app, KeyCode::Char('m')), vec![Effect::Save]);
    let status = |app: &App| {
        app.session
            .response("not-broken")
            .and_then(|r| r.answer_status)
    };
    assert_eq!(status(&app), Some(AnswerStatus::Answered));
    press(&mut app, KeyCode::Char('m'));
    assert_eq!(status(&app), Some(AnswerStatus::FollowUp));
    press(&mut app, KeyCode::Char('m'));
    assert_eq!(status(&app), None);
}

#[test]
fn agenda_keys_do_nothing_to_notes_or_unanswered_lines() {
    let mut app = on_the_agenda();
    let last = agenda::entries(&app).len() - 1;
    for _ in 0..last {
        press(&mut app, KeyCode::Down);
    }
    assert_eq!(agenda::entries(&app)[last].kind, EntryKind::Unanswered);
    let before = app.session.clone();
    for key in ['*', 'J', 'K', 'r', 'm'] {
        press(&mut app, KeyCode::Char(key));
    }
    assert_eq!(app.mode(), Mode::Agenda);
    assert_eq!(app.session, before);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen_mode(), Mode::Clause);
    assert_eq!(app.current, 31);
}

#[test]
fn e_asks_the_runtime_to_print_and_keeps_where_in_view_until_the_reader_moves_on() {
    let mut app = on_the_agenda();
    assert_eq!(press(&mut app, KeyCode::Char('o')), Vec::<Effect>::new());
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.contains("Press e first"))
    );
    // Nothing names the reader yet: e asks once, and Enter on a blank name prints anyway.
    assert!(press(&mut app, KeyCode::Char('e')).is_empty());
    assert_eq!(app.mode(), Mode::Name);
    assert_eq!(press(&mut app, KeyCode::Enter), vec![Effect::Export]);
    assert_eq!(app.mode(), Mode::Agenda);
    assert_eq!(app.typed_name.as_deref(), Some(""));
    assert_eq!(press(&mut app, KeyCode::Char('e')), vec![Effect::Export]);
    app.update(
        Report::Exported(vec![
            "/d/a-agenda.html".into(),
            "/d/a-full-record.html".into(),
        ]),
        t(2),
    );
    let status = |app: &App| format!("{:?}", app.status());
    assert!(
        status(&app).contains("/d/a-agenda.html"),
        "{}",
        status(&app)
    );
    assert!(
        status(&app).contains("a-full-record.html"),
        "{}",
        status(&app)
    );
    assert!(status(&app).contains("private notes are left out"));
    // Still there after the next keys on the agenda.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('*'));
    assert!(status(&app).contains("/d/a-agenda.html"));
    assert_eq!(
        press(&mut app, KeyCode::Char('o')),
        vec![Effect::OpenPrintout("/d/a-agenda.html".into())]
    );
    app.update(Report::OpenFailed("no browser".into()), t(2));
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.contains("no browser"))
    );
    // Gone once the reader leaves the agenda.
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Char('s'));
    assert!(!status(&app).contains("/d/a-agenda.html"));
    app.update(Report::ExportFailed("disk full".into()), t(2));
    let message = app.message.as_deref().unwrap_or_default();
    assert!(
        message.starts_with("Could not save the copies to print."),
        "{message}"
    );
    assert!(message.ends_with("Detail: disk full"), "{message}");
}

#[test]
fn enter_on_the_agenda_while_advancing_stays_on_the_agenda() {
    let mut app = on_the_agenda();
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    assert_eq!(app.screen_mode(), Mode::Agenda);
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.contains("Press ↓ or ↑"))
    );
    // Once the reader chooses a line, Enter opens its clause.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen_mode(), Mode::Clause);
}

#[test]
fn signing_records_a_name_and_later_changes_show() {
    let mut app = on_the_agenda();
    press(&mut app, KeyCode::Right);
    assert_eq!(app.mode(), Mode::Sign);
    assert!(
        press(&mut app, KeyCode::Enter).is_empty(),
        "no name, no signature"
    );
    assert!(app.message.is_some());
    type_text(&mut app, "Ana aqd");
    assert_eq!(press(&mut app, KeyCode::Enter), vec![Effect::Save]);
    let signature = app
        .session
        .signature(Role::Patient)
        .expect("signed")
        .clone();
    assert_eq!(signature.name, "Ana aqd");
    assert_eq!(signature.signed_at, t(1));
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Dr Lee");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.session.signatures.len(), 2);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Agenda);

    assert!(!app.session.changed_since(&signature));
    // Choose the first line, then open its clause.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Enter);
    app.update(Intent::Disagree, t(5));
    assert!(app.session.changed_since(&signature));
}

#[test]
fn quitting_over_help_keeps_the_overlay_and_saves_nothing() {
    let mut app = begun();
    press(&mut app, KeyCode::Char('?'));
    assert_eq!(ctrl(&mut app, 'c'), vec![Effect::Quit]);
    assert_eq!(app.mode(), Mode::Help);
}

#[test]
fn not_now_is_its_own_key_counts_as_answered_and_toggles_off() {
    let mut app = begun();
    let id = app.clause().id.clone();
    press(&mut app, KeyCode::Char('w'));
    assert_eq!(app.session.stance(&id), Some(Stance::NotNow));
    assert_eq!(app.session.answered(&app.set), 1);
    press(&mut app, KeyCode::Char('a'));
    assert_eq!(app.session.stance(&id), Some(Stance::Agree));
    press(&mut app, KeyCode::Char('w'));
    press(&mut app, KeyCode::Char('w'));
    assert_eq!(app.session.stance(&id), None);
    assert_eq!(app.session.answered(&app.set), 0);
}

#[test]
fn a_suggested_question_is_picked_by_its_number_and_then_edited() {
    let mut app = begun();
    let id = app.clause().id.clone();
    let first = app.clause().questions[0].clone();
    press(&mut app, KeyCode::Char('q'));
    press(&mut app, KeyCode::Char('1'));
    type_text(&mut app, " Soon");
    press(&mut app, KeyCode::Esc);
    let expected = format!("{first} Soon");
    assert_eq!(
        app.session.text(&id, TextField::Question),
        Some(expected.as_str())
    );
}

#[test]
fn typing_first_writes_your_own_question_and_digits_then_are_just_digits() {
    let mut app = begun();
    let id = app.clause().id.clone();
    press(&mut app, KeyCode::Char('q'));
    type_text(&mut app, "Why 2");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.session.text(&id, TextField::Question), Some("Why 2"));
    // Suggestions are offered on a blank page only, never over the reader's words.
    press(&mut app, KeyCode::Char('q'));
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.session.text(&id, TextField::Question), Some("Why 21"));
}

#[test]
fn sharing_from_the_agenda_shows_what_goes_and_asks_about_questions() {
    let mut app = begun();
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(app.mode(), Mode::Agenda);
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(app.mode(), Mode::Share);
    assert_eq!(
        press(&mut app, KeyCode::Esc),
        Vec::new(),
        "Esc shares nothing"
    );
    assert_eq!(app.mode(), Mode::Agenda);
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(
        press(&mut app, KeyCode::Char('y')),
        vec![Effect::Share { questions: true }]
    );
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(
        press(&mut app, KeyCode::Char('n')),
        vec![Effect::Share { questions: false }]
    );
    assert_eq!(app.mode(), Mode::Agenda);
}

#[test]
fn a_draft_left_by_a_crash_reopens_its_editor_and_esc_keeps_it() {
    let set = clauses::default_set();
    let session = Session::new("s".into(), &set, t(0));
    let draft = accord::model::session::Draft {
        clause: "time".into(),
        field: TextField::Question,
        text: "Can we talk".into(),
    };
    let mut app = App::new(Start {
        resumed: true,
        draft: Some(draft.clone()),
        ..Start::new(set, session)
    });
    assert_eq!(app.mode(), Mode::Editor);
    assert_eq!(app.clause().id, "time");
    assert_eq!(app.draft(), Some(draft), "the editor holds the draft");
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.contains("not saved yet"))
    );
    type_text(&mut app, "?");
    assert_eq!(press(&mut app, KeyCode::Esc), vec![Effect::Save]);
    assert_eq!(
        app.session.text("time", TextField::Question),
        Some("Can we talk?")
    );
    assert_eq!(app.draft(), None);
}

#[test]
fn an_older_reflection_says_its_date_and_continue_names_it() {
    let set = clauses::default_set();
    let older = Session::new("older".into(), &set, t(0));
    let newer = Session::new("newer".into(), &set, t(86_400 * 30));
    let mut app = App::new(Start {
        resumed: true,
        history: accord::app::History::Listed(vec![accord::model::summary::Summary::of(&newer)]),
        ..Start::new(set.clone(), older)
    });
    let Screen::Welcome(shown) = &app.screen else {
        panic!("not on the welcome screen");
    };
    let welcome = format!("{:?}", accord::app::screens::welcome::content(&app, shown));
    assert!(
        welcome.contains("in your reflection of 21 Sep 2026"),
        "{welcome}"
    );
    press(&mut app, KeyCode::Enter);
    let header = app.header().expect("a header");
    assert!(
        header.progress.contains("reflection of 21 Sep 2026"),
        "{header:?}"
    );
    // The newest one needs no date: it is what "now" means.
    let mut newest = App::new(Start {
        history: accord::app::History::Listed(vec![accord::model::summary::Summary::of(
            &app.session,
        )]),
        ..Start::new(set, newer)
    });
    press(&mut newest, KeyCode::Enter);
    let header = newest.header().expect("a header");
    assert!(!header.progress.contains("reflection of"), "{header:?}");
}

#[test]
fn enter_on_a_signed_name_asks_before_it_moves_the_signatures_date() {
    let mut app = on_the_agenda();
    press(&mut app, KeyCode::Right);
    type_text(&mut app, "Ana");
    assert_eq!(press(&mut app, KeyCode::Enter), vec![Effect::Save]);
    let first = app
        .session
        .signature(Role::Patient)
        .expect("signed")
        .signed_at;
    // A stray second Enter only asks.
    let effects = send_at(&mut app, KeyCode::Enter, t(500));
    assert!(effects.is_empty(), "{effects:?}");
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.contains("already signed"))
    );
    assert_eq!(
        app.session
            .signature(Role::Patient)
            .expect("signed")
            .signed_at,
        first
    );
    // Another key lets the question go; Enter then asks again.
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    assert!(send_at(&mut app, KeyCode::Enter, t(500)).is_empty());
    // Enter right after the question signs again, with the new time.
    assert_eq!(
        send_at(&mut app, KeyCode::Enter, t(600)),
        vec![Effect::Save]
    );
    assert_eq!(
        app.session
            .signature(Role::Patient)
            .expect("signed")
            .signed_at,
        t(600)
    );
}

fn send_at(app: &mut App, code: KeyCode, now: Timestamp) -> Vec<Effect> {
    match keys::from_event(
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        app.mode(),
    ) {
        Some(msg) => app.update(msg, now),
        None => Vec::new(),
    }
}

#[test]
fn a_name_typed_when_first_printing_goes_on_the_page_and_is_asked_only_once() {
    let mut app = on_the_agenda();
    press(&mut app, KeyCode::Char('e'));
    assert_eq!(app.mode(), Mode::Name);
    // Letters are the name, not keys: n, q and a do nothing else here.
    type_text(&mut app, "Ana Maria");
    assert_eq!(
        press(&mut app, KeyCode::Enter),
        vec![Effect::Save, Effect::Export]
    );
    assert_eq!(app.typed_name.as_deref(), Some("Ana Maria"));
    assert_eq!(app.session.participant.as_deref(), Some("Ana Maria"));
    assert!(app.session.responses.values().all(|r| r.note.is_none()));
    // Esc on the prompt prints nothing.
    let mut other = on_the_agenda();
    press(&mut other, KeyCode::Char('e'));
    assert!(press(&mut other, KeyCode::Esc).is_empty());
    assert_eq!(other.mode(), Mode::Agenda);
    // A signed name is enough: no prompt.
    let mut signed = on_the_agenda();
    signed.session.sign(Role::Patient, "Ana", t(1));
    assert_eq!(press(&mut signed, KeyCode::Char('e')), vec![Effect::Export]);
}

#[test]
fn look_back_after_a_start_that_only_counted_asks_for_the_list_once() {
    let set = clauses::default_set();
    let earlier = Session::new("earlier".into(), &set, t(0));
    let session = Session::new("now".into(), &set, t(86_400));
    let mut app = App::new(Start {
        resumed: true,
        history: accord::app::History::Counted {
            count: 1,
            newest_started: Some(t(0)),
        },
        ..Start::new(set, session)
    });
    assert!(app.footer().iter().any(|o| o.help.contains("look back")));
    assert_eq!(
        app.update(Intent::OpenLookBack, t(86_400)),
        vec![Effect::LoadHistory]
    );
    assert_eq!(app.screen_mode(), Mode::LookBack);
    let listed = vec![accord::model::summary::Summary::of(&earlier)];
    app.update(
        Report::HistoryLoaded(listed, std::collections::BTreeMap::new()),
        t(86_400),
    );
    assert_eq!(
        accord::app::screens::look_back::ids(&app),
        ["now", "earlier"]
    );
    // Listed now: going back and in again reads nothing more.
    app.update(Intent::Close, t(86_400));
    assert_eq!(app.update(Intent::OpenLookBack, t(86_400)), Vec::new());
}
