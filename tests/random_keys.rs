//! Random key sequences at random window sizes: nothing panics, and no saved
//! answer is lost or changed by keys that are not about it.

use accord::app::keys;
use accord::app::screens::agenda::{self, EntryKind};
use accord::app::{App, Effect, Overlay, Screen, Start};
use accord::app::{Intent, Mode, Msg, Report};
use accord::model::clauses;
use accord::model::session::Session;
use accord::tui::{self as ui, theme::Theme};
use jiff::Timestamp;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

#[derive(Debug, Clone)]
enum Input {
    Key(KeyCode),
    Shift(KeyCode),
    Ctrl(char),
    Paste(String),
}

fn input() -> impl Strategy<Value = Input> {
    let keys = prop::sample::select(vec![
        KeyCode::Char('a'),
        KeyCode::Char('d'),
        KeyCode::Char('w'),
        KeyCode::Char('g'),
        KeyCode::Char('y'),
        KeyCode::Char('q'),
        KeyCode::Char('n'),
        KeyCode::Char('l'),
        KeyCode::Char('h'),
        KeyCode::Char('j'),
        KeyCode::Char('k'),
        KeyCode::Char('s'),
        KeyCode::Char('?'),
        KeyCode::Char(' '),
        KeyCode::Char('*'),
        KeyCode::Char('r'),
        KeyCode::Char('m'),
        KeyCode::Char('e'),
        KeyCode::Char('J'),
        KeyCode::Char('K'),
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::Home,
        KeyCode::End,
    ]);
    prop_oneof![
        6 => keys.prop_map(Input::Key),
        2 => any::<char>().prop_map(|c| Input::Key(KeyCode::Char(c))),
        1 => prop::sample::select(vec!['c', 'z', 'y', 'u', 'w']).prop_map(Input::Ctrl),
        1 => prop::sample::select(vec![KeyCode::Up, KeyCode::Down]).prop_map(Input::Shift),
        1 => "[a-zé東🙂 \\n\\x1b\\t]{0,40}".prop_map(Input::Paste),
    ]
}

fn event(input: &Input) -> Event {
    match input {
        Input::Key(code) => Event::Key(KeyEvent::new(*code, KeyModifiers::NONE)),
        Input::Shift(code) => Event::Key(KeyEvent::new(*code, KeyModifiers::SHIFT)),
        Input::Ctrl(c) => Event::Key(KeyEvent::new(KeyCode::Char(*c), KeyModifiers::CONTROL)),
        Input::Paste(text) => Event::Paste(text.clone()),
    }
}

/// The one clause whose answer this action may change, if any.
fn may_change(app: &App, action: &Msg) -> Option<usize> {
    match (app.mode(), action, &app.overlay) {
        (Mode::Clause, Msg::Intent(Intent::Agree | Intent::Disagree | Intent::NotNow), _) => {
            Some(app.current)
        }
        (Mode::Agenda, Msg::Intent(Intent::CycleStatus), _) => match &app.screen {
            Screen::Agenda(agenda) => agenda::entries(app).get(agenda.selected).copied(),
            _ => None,
        }
        .filter(|e| e.kind == EntryKind::Agenda)
        .map(|e| e.clause),
        (
            Mode::Editor,
            Msg::Intent(Intent::Close | Intent::Quit),
            Some(Overlay::Editor(editor)),
        ) => Some(editor.clause),
        _ => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn random_keys_at_random_sizes(
        inputs in prop::collection::vec((input(), 1u16..=200, 1u16..=60), 1..80),
    ) {
        let set = clauses::default_set();
        let start = Timestamp::from_second(1_790_000_000).expect("time");
        let session = Session::new("prop".into(), &set, start);
        let mut app = App::new(Start::new(set, session));
        let mut saved = app.session.clone();
        let theme = Theme::new(true);

        for (step, (input, width, height)) in inputs.iter().enumerate() {
            let now = start.checked_add(jiff::SignedDuration::from_secs(step as i64 + 1)).expect("time");
            let Some(action) = keys::from_event(event(input), app.mode()) else { continue };
            let allowed = may_change(&app, &action).map(|i| app.set.clauses[i].id.clone());
            let before = app.session.responses.clone();
            let effects = app.update(action.clone(), now);

            let after = &app.session.responses;
            let ids = before.keys().chain(after.keys());
            for id in ids {
                if before.get(id) != after.get(id) {
                    prop_assert_eq!(Some(id), allowed.as_ref(), "{:?} changed the answer to {}", action, id);
                    prop_assert!(effects.contains(&Effect::Save), "a change without a save");
                }
            }
            if effects.contains(&Effect::Save) {
                saved = app.session.clone();
            }
            // Every saved answer is still there, unless this very action was about it.
            for (id, response) in &saved.responses {
                prop_assert_eq!(after.get(id), Some(response), "saved answer to {} lost", id);
            }

            // Draw, then report how far the screen scrolls, as the runtime does.
            let mut terminal = Terminal::new(TestBackend::new(*width, *height)).expect("terminal");
            let mut limit = 0;
            terminal
                .draw(|frame| {
                    limit = ui::draw(frame, &app, &theme);
                })
                .expect("draw");
            let effects = app.update(Report::ScrollLimit(limit), now);
            prop_assert!(effects.is_empty(), "a scroll limit changed the answers");
        }
    }
}
