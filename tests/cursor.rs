//! The terminal cursor rests where the reader is: at the editor's caret and
//! on the highlighted row of a list, for magnifiers and screen readers.

use accord::app::{App, Intent, Start};
use accord::model::clauses;
use accord::model::session::Session;
use accord::tui::{self as ui, theme::Theme};
use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::{Backend, TestBackend};
use ratatui::layout::Position;
use ratatui::style::Modifier;

fn app(intents: &[Intent]) -> App {
    let set = clauses::default_set();
    let session = Session::new("test".into(), &set, Timestamp::UNIX_EPOCH);
    let mut app = App::new(Start::new(set, session));
    for intent in [Intent::Begin].iter().chain(intents) {
        app.update(intent.clone(), Timestamp::UNIX_EPOCH);
    }
    app
}

/// Where the cursor is after drawing `app`, and the row of text it is on.
fn cursor(app: &App, width: u16, height: u16) -> (Position, String) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    // Twice: the editor learns how far it scrolled while drawing.
    for _ in 0..2 {
        terminal
            .draw(|frame| {
                ui::draw(frame, app, &Theme::new(false));
            })
            .expect("draw");
    }
    let at = terminal
        .backend_mut()
        .get_cursor_position()
        .expect("cursor");
    let buffer = terminal.backend().buffer();
    let row: String = (0..width)
        .map(|x| buffer[(x, at.y)].symbol().to_owned())
        .collect();
    (at, row)
}

#[test]
fn the_cursor_is_at_the_editors_caret() {
    let app = app(&[Intent::EditQuestion, Intent::Paste("Is it safe?".into())]);
    for (width, height) in [(80, 24), (40, 15)] {
        let (at, row) = cursor(&app, width, height);
        let before: String = row.chars().take(usize::from(at.x)).collect();
        assert!(
            before.ends_with("Is it safe?"),
            "{width}x{height}: {row:?} at {at:?}"
        );
    }
}

#[test]
fn the_cursor_follows_the_caret_to_a_new_line() {
    let app = app(&[Intent::EditNote, Intent::Paste("first\nsecond".into())]);
    let (at, row) = cursor(&app, 80, 24);
    let before: String = row.chars().take(usize::from(at.x)).collect();
    assert!(before.ends_with("second"), "{row:?} at {at:?}");
}

#[test]
fn the_cursor_is_on_the_highlighted_row_of_the_clause_list() {
    let app = app(&[Intent::OpenList, Intent::Down, Intent::Down]);
    let (_, row) = cursor(&app, 80, 40);
    assert!(row.contains("Your body does the healing"), "{row:?}");
}

#[test]
fn the_cursor_is_on_the_highlighted_line_of_the_agenda() {
    let app = app(&[Intent::OpenAgenda, Intent::Down, Intent::Down]);
    let (_, row) = cursor(&app, 80, 40);
    // With nothing answered, the agenda lists unanswered clauses; the third is highlighted.
    assert!(row.contains("Your body does the healing"), "{row:?}");
}

#[test]
fn a_name_longer_than_its_field_keeps_the_cursor_after_the_last_letter() {
    let name = "Maria de los Angeles Fernandez Castillo y Gutierrez de la Fuente Villanueva";
    let app = app(&[Intent::OpenAgenda, Intent::Next, Intent::Paste(name.into())]);
    let (at, row) = cursor(&app, 60, 24);
    let before: String = row.chars().take(usize::from(at.x)).collect();
    assert!(before.ends_with("Villanueva"), "{row:?} at {at:?}");
    assert!(
        !row.contains("Maria"),
        "the field shows the row being typed: {row:?}"
    );
}

#[test]
fn the_editors_hint_is_italic_and_faint_and_typed_text_is_not() {
    let style_of = |app: &App, word: &str| {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("test terminal");
        terminal
            .draw(|frame| {
                ui::draw(frame, app, &Theme::new(false));
            })
            .expect("draw");
        let cells = terminal.backend().buffer().content().to_vec();
        let text: Vec<char> = cells
            .iter()
            .map(|c| c.symbol().chars().next().unwrap_or(' '))
            .collect();
        let word: Vec<char> = word.chars().collect();
        let at = text.windows(word.len()).position(|w| w == word.as_slice());
        at.map(|i| cells[i].modifier)
    };
    let empty = app(&[Intent::EditNote]);
    let hint = style_of(&empty, "Type here").expect("the hint shows");
    assert!(hint.contains(Modifier::ITALIC | Modifier::DIM), "{hint:?}");
    let typed = app(&[Intent::EditNote, Intent::Paste("Type here myself".into())]);
    let text = style_of(&typed, "Type here").expect("the text shows");
    assert!(
        !text.intersects(Modifier::ITALIC | Modifier::DIM),
        "{text:?}"
    );
}
