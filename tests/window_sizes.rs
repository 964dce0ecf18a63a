//! At every size accord accepts, each screen shows first what the reader
//! must act on: the answer line, the choices and the keys.

use accord::app::{App, Intent, Start};
use accord::model::clauses;
use accord::model::session::{Session, Stance, TextField};
use accord::tui::{self as ui, theme::Theme};
use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SIZES: [(u16, u16); 3] = [(40, 15), (60, 20), (80, 24)];

fn t() -> Timestamp {
    Timestamp::UNIX_EPOCH
}

/// An app with answers, a long note and history-free start, after `intents`.
fn app(resumed: bool, intents: &[Intent]) -> App {
    let set = clauses::default_set();
    let mut s = Session::new("test".into(), &set, t());
    s.set_stance("partnership", Some(Stance::Agree), t());
    s.set_stance("not-broken", Some(Stance::Disagree), t());
    s.set_text("not-broken", TextField::Question, "Why is that so?", t());
    let long = "My knee took months to heal, and I kept a diary of it. ".repeat(6);
    s.set_text("not-broken", TextField::Note, &long, t());
    s.set_position("not-broken", t());
    let mut app = App::new(Start {
        resumed,
        ..Start::new(set, s)
    });
    for intent in intents {
        app.update(intent.clone(), t());
    }
    app
}

/// The screen's text, one row a line, with runs of spaces kept.
fn screen(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|frame| {
            ui::draw(frame, app, &Theme::new(false));
        })
        .expect("draw");
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            (0..width)
                .map(|x| buffer[(x, y)].symbol().to_owned())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Asserts every `needed` text shows at every size.
fn shows(name: &str, app: &App, needed: &[&str]) {
    for (width, height) in SIZES {
        let text = screen(app, width, height);
        for want in needed {
            assert!(
                text.contains(want),
                "{name} at {width}x{height} hides {want:?}:\n{text}"
            );
        }
    }
}

#[test]
fn a_returning_readers_welcome_shows_every_choice() {
    let app = app(true, &[]);
    shows(
        "welcome",
        &app,
        &[
            "Continue where you left off",
            "Start a new reflection",
            "Enter",
        ],
    );
}

#[test]
fn the_clause_keeps_the_answer_line_and_keys_in_view() {
    let app = app(true, &[Intent::Begin]);
    shows("clause", &app, &["Your answer:", "a agree", "Esc quit"]);
}

#[test]
fn the_signing_step_keeps_its_prompt_beside_the_name_field() {
    let app = app(false, &[Intent::Begin, Intent::OpenAgenda, Intent::Next]);
    shows("sign", &app, &["Type your name", "Enter sign"]);
}

#[test]
fn the_agenda_keeps_the_highlighted_item_and_its_keys_in_view() {
    let app = app(false, &[Intent::Begin, Intent::OpenAgenda]);
    shows(
        "agenda",
        &app,
        &[
            "Our Partnership Agreement",
            "2 of 32 answered",
            "You are not broken",
            "* ask first",
            "Esc quit",
        ],
    );
}

#[test]
fn the_editor_shows_how_to_finish() {
    let app = app(false, &[Intent::Begin, Intent::EditQuestion]);
    shows("editor", &app, &["Esc done"]);
}

#[test]
fn the_clause_list_shows_the_current_clause() {
    let app = app(false, &[Intent::Begin, Intent::OpenList]);
    shows("list", &app, &["We are partners", "Enter go to clause"]);
}

#[test]
fn the_editor_keeps_a_reading_width_in_a_wide_window() {
    let long = "I would like to know more about this before I agree to it. ".repeat(8);
    let app = app(
        false,
        &[Intent::Begin, Intent::EditQuestion, Intent::Paste(long)],
    );
    let text = screen(&app, 250, 40);
    let widest = text
        .lines()
        .filter(|l| l.contains("I would like"))
        .map(|l| l.trim().chars().count())
        .max()
        .unwrap_or(0);
    assert!((40..=90).contains(&widest), "{widest} columns:\n{text}");
}
