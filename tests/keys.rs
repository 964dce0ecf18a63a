//! The one key table: what keys mean, and whether the flags it carries
//! (changes answers, help words) tell the truth about what the keys do.

use accord::app::keys::{self, bindings};
use accord::app::{App, Intent, Mode, Msg, Report, Start};
use accord::i18n::{Language, table};
use accord::model::clauses;
use accord::model::session::{Session, TextField};
use jiff::Timestamp;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

fn t(n: i64) -> Timestamp {
    Timestamp::from_second(1_790_000_000 + n).expect("time")
}

fn press(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn intent(event: Event, mode: Mode) -> Option<Intent> {
    match keys::from_event(event, mode) {
        Some(Msg::Intent(intent)) => Some(intent),
        _ => None,
    }
}

#[test]
fn the_contract_keys_map_on_a_clause() {
    let on_clause = |code| intent(press(code), Mode::Clause);
    assert_eq!(on_clause(KeyCode::Char('a')), Some(Intent::Agree));
    assert_eq!(on_clause(KeyCode::Char('d')), Some(Intent::Disagree));
    assert_eq!(on_clause(KeyCode::Char('q')), Some(Intent::EditQuestion));
    assert_eq!(on_clause(KeyCode::Char('n')), Some(Intent::EditNote));
    for next in [KeyCode::Right, KeyCode::Char('l'), KeyCode::Enter] {
        assert_eq!(on_clause(next), Some(Intent::Next));
    }
    for prev in [KeyCode::Left, KeyCode::Char('h')] {
        assert_eq!(on_clause(prev), Some(Intent::Prev));
    }
    assert_eq!(on_clause(KeyCode::Tab), Some(Intent::OpenList));
    assert_eq!(on_clause(KeyCode::Char('?')), Some(Intent::Help));
    assert_eq!(on_clause(KeyCode::Esc), Some(Intent::AskQuit));
    assert_eq!(on_clause(KeyCode::Char('x')), None);
}

#[test]
fn ctrl_c_quits_everywhere_even_in_the_editor() {
    let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    for mode in Mode::ALL {
        assert_eq!(intent(ctrl_c.clone(), mode), Some(Intent::Quit), "{mode:?}");
    }
}

#[test]
fn the_editor_takes_letters_as_text() {
    match intent(press(KeyCode::Char('a')), Mode::Editor) {
        Some(Intent::Edit(_)) => {}
        other => panic!("expected text input, got {other:?}"),
    }
    assert_eq!(
        intent(press(KeyCode::Esc), Mode::Editor),
        Some(Intent::Close)
    );
}

#[test]
fn shift_arrows_move_agenda_items_and_plain_arrows_select() {
    let shifted = Event::Key(KeyEvent::new(KeyCode::Up, KeyModifiers::SHIFT));
    assert_eq!(intent(shifted, Mode::Agenda), Some(Intent::MoveUp));
    assert_eq!(intent(press(KeyCode::Up), Mode::Agenda), Some(Intent::Up));
    let big_j = Event::Key(KeyEvent::new(KeyCode::Char('J'), KeyModifiers::SHIFT));
    assert_eq!(intent(big_j, Mode::Agenda), Some(Intent::MoveDown));
    assert_eq!(
        intent(press(KeyCode::Char('j')), Mode::Agenda),
        Some(Intent::Down)
    );
}

#[test]
fn pastes_are_their_own_intent_and_resizes_a_report() {
    let pasted = keys::from_event(Event::Paste("aqd".into()), Mode::Clause);
    assert_eq!(pasted, Some(Msg::Intent(Intent::Paste("aqd".into()))));
    let resized = keys::from_event(Event::Resize(80, 24), Mode::Clause);
    assert_eq!(resized, Some(Msg::Report(Report::Resized)));
}

#[test]
fn a_window_too_small_to_show_anything_takes_only_ctrl_c() {
    let key = |c| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    assert_eq!(keys::while_too_small(key('a')), None);
    assert_eq!(keys::while_too_small(Event::Paste("aqd".into())), None);
    let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert_eq!(
        keys::while_too_small(ctrl_c),
        Some(Msg::Intent(Intent::Quit))
    );
    assert_eq!(
        keys::while_too_small(Event::Resize(80, 24)),
        Some(Msg::Report(Report::Resized))
    );
}

#[test]
fn key_releases_are_ignored() {
    let mut release = KeyEvent::new(KeyCode::Char('a'), KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    assert_eq!(keys::from_event(Event::Key(release), Mode::Clause), None);
}

#[test]
fn every_key_has_its_help_words_in_every_language() {
    for language in Language::ALL {
        for mode in Mode::ALL {
            for b in bindings(mode) {
                assert!(
                    table(language).has(b.help_key()),
                    "{language:?} {mode:?}: {} has no words",
                    b.help_key()
                );
            }
        }
    }
}

/// An app with something to act on in every mode: answers, a question on
/// the agenda, and (on the signing step) a name typed.
fn in_mode(mode: Mode) -> App {
    let set = clauses::default_set();
    let mut session = Session::new("test".into(), &set, t(0));
    session.set_text("partnership", TextField::Question, "Why?", t(0));
    session.set_text("partnership", TextField::Note, "Mine.", t(0));
    let mut app = App::new(Start::new(set, session));
    // Saved once, so Look back has this session to read.
    app.on_disk = true;
    let mut go = |msg: Msg| {
        app.update(msg, t(1));
    };
    let steps: &[Intent] = match mode {
        Mode::Welcome => &[],
        Mode::Clause => &[Intent::Begin],
        Mode::Editor => &[Intent::Begin, Intent::EditQuestion],
        Mode::List => &[Intent::Begin, Intent::OpenList],
        Mode::Help => &[Intent::Begin, Intent::Help],
        Mode::Agenda => &[Intent::Begin, Intent::OpenAgenda],
        Mode::Sign => &[Intent::Begin, Intent::OpenAgenda, Intent::Next],
        Mode::LookBack => &[Intent::OpenLookBack],
        Mode::Review => &[Intent::OpenLookBack, Intent::Select],
        Mode::Timeline => &[Intent::Begin],
        Mode::Share => &[Intent::Begin, Intent::OpenAgenda, Intent::OpenShare],
        Mode::Leave => &[Intent::Begin, Intent::AskQuit],
        Mode::Name => &[Intent::Begin, Intent::OpenAgenda, Intent::Export],
    };
    for step in steps {
        go(Msg::Intent(step.clone()));
    }
    match mode {
        Mode::Sign => go(Msg::Intent(Intent::Paste("Ann".into()))),
        Mode::Timeline => go(Msg::Report(Report::TimelineLoaded(Vec::new()))),
        _ => {}
    }
    assert_eq!(app.mode(), mode, "the test could not reach {mode:?}");
    app
}

/// What a read-only window must never change.
fn answers(app: &App) -> String {
    let s = &app.session;
    format!("{:?} {:?} {:?}", s.responses, s.agenda, s.signatures)
}

#[test]
fn keys_marked_as_changing_answers_are_refused_in_a_read_only_window() {
    for mode in Mode::ALL {
        for b in bindings(mode).iter().filter(|b| b.changes_answers) {
            let mut app = in_mode(mode);
            app.read_only = true;
            let before = answers(&app);
            app.update(b.intent.clone(), t(2));
            // Whatever opened (an editor, the signing step) must not let a change through either.
            app.update(Intent::Paste("more".into()), t(3));
            app.update(Intent::Close, t(4));
            assert_eq!(answers(&app), before, "{mode:?} {:?} got through", b.intent);
        }
    }
}

#[test]
fn keys_not_marked_as_changing_answers_change_none() {
    for mode in Mode::ALL {
        for b in bindings(mode).iter().filter(|b| !b.changes_answers) {
            let mut app = in_mode(mode);
            let before = answers(&app);
            app.update(b.intent.clone(), t(2));
            assert_eq!(
                answers(&app),
                before,
                "{mode:?} {:?} changed answers but is not marked so",
                b.intent
            );
        }
    }
}

#[test]
fn with_caps_lock_on_the_answer_keys_act_as_lowercase() {
    let on_clause = |c| intent(press(KeyCode::Char(c)), Mode::Clause);
    assert_eq!(on_clause('A'), Some(Intent::Agree));
    assert_eq!(on_clause('D'), Some(Intent::Disagree));
    assert_eq!(on_clause('Q'), Some(Intent::EditQuestion));
    assert_eq!(on_clause('N'), Some(Intent::EditNote));
    assert_eq!(
        intent(press(KeyCode::Char('N')), Mode::Welcome),
        Some(Intent::StartNew)
    );
    // A capital that has its own meaning keeps it.
    assert_eq!(
        intent(press(KeyCode::Char('K')), Mode::Agenda),
        Some(Intent::MoveUp)
    );
    // And in the editor a capital is text.
    assert!(matches!(
        intent(press(KeyCode::Char('A')), Mode::Editor),
        Some(Intent::Edit(_))
    ));
}

#[test]
fn leaving_asks_and_only_y_leaves() {
    let asked = |c| intent(press(c), Mode::Leave);
    assert_eq!(asked(KeyCode::Char('y')), Some(Intent::Quit));
    assert_eq!(asked(KeyCode::Char('Y')), Some(Intent::Quit));
    for stay in [
        KeyCode::Esc,
        KeyCode::Enter,
        KeyCode::Char('n'),
        KeyCode::Char('a'),
    ] {
        assert_eq!(asked(stay), Some(Intent::Close), "{stay:?}");
    }
}
