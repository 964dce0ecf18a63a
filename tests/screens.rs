//! Every screen rendered into a test terminal at several sizes, as snapshots.

mod screen_fixtures;

use accord::app::screens::welcome::Welcome;
use accord::app::{App, Intent, Report, Screen, Start};
use accord::model::clauses;
use accord::model::session::{Role, Session, Stance, TextField};
use accord::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;
use screen_fixtures::{Typed, render, t};

fn snapshot(name: &str, app: &App, width: u16, height: u16) {
    let terminal = render(app, width, height, Theme::new(false));
    insta::assert_snapshot!(format!("{name}_{width}x{height}"), terminal.backend());
}

/// What the reader typed, in English with a wide character or two.
const TYPED: Typed = Typed {
    id: "test",
    question: "What would you do if I said no to a test? Café, 東京 🙂",
    note: "My knee took months.\nIt did heal.",
};

fn fresh() -> App {
    screen_fixtures::fresh(clauses::default_set(), &TYPED)
}

fn answered() -> App {
    screen_fixtures::answered(clauses::default_set(), &TYPED)
}

#[test]
fn welcome_lists_profiles_when_none_was_chosen() {
    let set = clauses::default_set();
    let session = Session::new("test".into(), &set, t(0));
    let start = Start {
        profiles: vec!["ana".into(), "ben".into()],
        ..Start::new(set, session)
    };
    snapshot("welcome_profiles", &App::new(start), 80, 30);
}

#[test]
fn welcome() {
    snapshot("welcome", &fresh(), 80, 24);
    snapshot("welcome", &fresh(), 100, 30);
    let mut resumed = answered();
    resumed.screen = Screen::Welcome(Welcome::default());
    resumed
        .notices
        .push("Could not read sessions/old.json; it was kept as old.json.unreadable.".into());
    snapshot("welcome_resumed", &resumed, 80, 30);
    resumed.notices.clear();
    resumed.open_elsewhere = true;
    snapshot("welcome_open_elsewhere", &resumed, 80, 24);
}

#[test]
fn clause() {
    snapshot("clause", &answered(), 80, 24);
    snapshot("clause", &answered(), 100, 30);
    snapshot("clause_short", &answered(), 40, 10);
    let mut scrolled = answered();
    for _ in 0..3 {
        scrolled.update(Intent::Down, t(8));
    }
    snapshot("clause_scrolled", &scrolled, 40, 10);
}

#[test]
fn editor() {
    let mut app = answered();
    app.update(Intent::EditNote, t(8));
    app.update(Intent::Paste(" And a long line that must wrap inside the editor rather than run off the edge of the box.".into()), t(9));
    snapshot("editor", &app, 80, 24);
    snapshot("editor", &app, 40, 10);
}

#[test]
fn editor_offers_suggested_questions() {
    let mut app = fresh();
    app.update(Intent::Begin, t(1));
    app.update(Intent::EditQuestion, t(2));
    snapshot("editor_suggestions", &app, 80, 24);
    snapshot("editor_suggestions", &app, 40, 10);
}

#[test]
fn the_editor_shows_all_its_text_again_after_the_window_grows() {
    let mut app = answered();
    app.update(Intent::EditQuestion, t(8));
    let question = "The first words of a long question that wraps over many rows in a narrow window, \
                    so the editor has to scroll to keep the cursor in view, ending here.";
    app.update(Intent::Paste(question.into()), t(9));
    let text = |terminal: &Terminal<TestBackend>| {
        let buffer = terminal.backend().buffer();
        buffer
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect::<String>()
    };
    // A narrow, short window: the editor scrolls down to the cursor.
    let narrow = render(&app, 40, 10, Theme::new(false));
    assert!(!text(&narrow).contains("The first words"));
    app.update(Report::Resized, t(10));
    let wide = render(&app, 100, 30, Theme::new(false));
    assert!(
        text(&wide).contains("The first words"),
        "the start stays hidden"
    );
    // The cursor stayed where the reader left it: typing goes on at the end.
    app.update(Intent::Paste("!".into()), t(11));
    app.update(Intent::Close, t(12));
    let saved = app.session.text("body-heals", TextField::Question);
    assert_eq!(
        saved.map(|q| q.ends_with("ending here.!")),
        Some(true),
        "{saved:?}"
    );
}

#[test]
fn clause_list() {
    let mut app = answered();
    app.update(Intent::OpenList, t(8));
    snapshot("list", &app, 80, 24);
    for _ in 0..25 {
        app.update(Intent::Down, t(8));
    }
    snapshot("list_scrolled", &app, 80, 24);
}

#[test]
fn help() {
    let mut app = answered();
    app.update(Intent::Help, t(8));
    snapshot("help", &app, 80, 24);
    snapshot("help", &app, 40, 10);
    for _ in 0..100 {
        app.update(Intent::Down, t(8));
    }
    snapshot("help_scrolled_to_the_end", &app, 40, 10);
}

#[test]
fn agenda() {
    let mut app = answered();
    app.update(Intent::OpenAgenda, t(8));
    snapshot("agenda", &app, 80, 24);
    for _ in 0..20 {
        app.update(Intent::Down, t(8));
    }
    snapshot("agenda_scrolled", &app, 80, 24);
}

#[test]
fn share_shows_exactly_what_goes() {
    let mut app = answered();
    app.update(Intent::OpenAgenda, t(8));
    app.update(Intent::OpenShare, t(9));
    snapshot("share", &app, 80, 40);
}

/// After the visit: a starred question answered, one to follow up, signed and changed since.
fn after_the_visit() -> App {
    let mut app = answered();
    let s = &mut app.session;
    s.set_text("time", TextField::Question, "Can we start on time?", t(10));
    s.sign(Role::Patient, "Ana López", t(11));
    s.sign(Role::Doctor, "Dr Lee", t(11));
    s.set_text(
        "not-broken",
        TextField::Answer,
        "Then we talk about why, and find another way.",
        t(12),
    );
    s.cycle_answer_status("not-broken", t(12));
    s.set_stance("time", Some(Stance::Disagree), t(13));
    s.cycle_answer_status("time", t(13));
    s.cycle_answer_status("time", t(13));
    app.update(Intent::OpenAgenda, t(14));
    app.update(Intent::Down, t(14));
    app.update(Intent::Star, t(14));
    app
}

#[test]
fn agenda_after_the_visit() {
    let mut app = after_the_visit();
    snapshot("agenda_after_the_visit", &app, 90, 30);
    for _ in 0..2 {
        app.update(Intent::Down, t(15));
    }
    app.update(Intent::Star, t(15));
    assert!(
        app.message.is_some(),
        "a note cannot be starred, and the reader is told"
    );
    app.update(Intent::Export, t(15));
    app.update(
        Report::Exported(vec![
            "/home/ana/Documents/accord/s-agenda.html".into(),
            "/home/ana/Documents/accord/s-agenda.txt".into(),
            "/home/ana/Documents/accord/s-full-record.html".into(),
        ]),
        t(15),
    );
    snapshot("agenda_exported", &app, 90, 30);
}

#[test]
fn signing() {
    let mut app = answered();
    screen_fixtures::open_signing(&mut app);
    snapshot("sign_empty", &app, 80, 24);
    screen_fixtures::sign_then_hand_over(&mut app, "Ana López");
    snapshot("sign_signed", &app, 80, 24);
}

#[test]
fn a_failed_save_shows_in_the_status_line() {
    let mut app = answered();
    app.update(
        Report::SaveFailed(
            "could not save your answers to /data/s.json: No space left on device".into(),
        ),
        t(8),
    );
    snapshot("save_failed", &app, 100, 30);
}

#[test]
fn too_small() {
    snapshot("too_small", &answered(), 39, 10);
    snapshot("too_small", &answered(), 80, 9);
    snapshot("too_small", &answered(), 12, 4);
}

#[test]
fn tiny_sizes_never_panic() {
    let mut app = answered();
    app.update(Intent::OpenList, t(8));
    for (w, h) in [(1, 1), (1, 30), (200, 1), (2, 2), (40, 10), (41, 11)] {
        render(&app, w, h, Theme::new(true));
    }
}

fn colours_used(terminal: &Terminal<TestBackend>) -> Vec<Color> {
    let buffer = terminal.backend().buffer();
    buffer
        .content()
        .iter()
        .flat_map(|cell| [cell.fg, cell.bg])
        .filter(|c| *c != Color::Reset)
        .collect()
}

#[test]
fn without_colour_nothing_is_coloured_and_every_state_still_reads() {
    let app = answered();
    let plain = render(&app, 100, 30, Theme::new(false));
    assert!(colours_used(&plain).is_empty());
    let text = plain.backend().to_string();
    assert!(text.contains("✓ agree"), "{text}");
    assert!(text.contains("✎ Your private note"), "{text}");

    let coloured = render(&app, 100, 30, Theme::new(true));
    assert!(!colours_used(&coloured).is_empty());
    assert_eq!(
        coloured.backend().to_string(),
        text,
        "colour adds nothing but colour"
    );
}

#[test]
fn the_doctors_answer_on_its_clause_and_the_name_prompt() {
    let mut app = after_the_visit();
    // Choose the second line ("You are not broken", answered), then open its clause.
    app.update(Intent::Up, t(15));
    app.update(Intent::Down, t(15));
    app.update(Intent::Select, t(15));
    snapshot("clause_with_doctors_answer", &app, 80, 30);
    let mut unnamed = answered();
    unnamed.update(Intent::OpenAgenda, t(15));
    unnamed.update(Intent::Export, t(15));
    snapshot("agenda_name_prompt", &unnamed, 80, 24);
}

#[test]
fn the_editor_never_splits_a_flag_or_an_emoji_family_when_it_wraps() {
    let mut app = answered();
    app.update(Intent::EditNote, t(8));
    let text = format!("{}{}", "🇫🇷".repeat(30), "👨\u{200d}👩\u{200d}👧".repeat(20));
    app.update(Intent::Paste(text), t(9));
    for width in [41, 42, 60] {
        let terminal = render(&app, width, 24, Theme::new(false));
        let cells = terminal.backend().buffer().content();
        let drawn: Vec<&str> = cells
            .iter()
            .map(|c| c.symbol())
            .filter(|s| !s.is_ascii())
            .collect();
        assert!(
            cells.iter().any(|c| c.symbol() == "🇫🇷"),
            "the flags are drawn: {drawn:?}"
        );
        for cell in cells {
            let symbol = cell.symbol();
            let regional = symbol
                .chars()
                .filter(|c| ('\u{1f1e6}'..='\u{1f1ff}').contains(c))
                .count();
            assert_eq!(regional % 2, 0, "half a flag at width {width}: {symbol:?}");
            assert!(
                !symbol.starts_with('\u{200d}') && !symbol.ends_with('\u{200d}'),
                "a family split at width {width}: {symbol:?}"
            );
        }
    }
}
