//! Coming back over weeks: last time, timelines, look back and compare,
//! profiles, changed clauses, orphaned answers and the index.

use std::path::Path;

use accord::app::screens::timeline::Timeline;
use accord::app::{App, Intent, Mode, Overlay, Screen, Start};
use accord::model::clauses::{self, ClauseSet};
use accord::model::session::{Session, Stance, TextField};
use accord::printouts::{Format, record};
use accord::store::{self, Store, Unreadables};
use accord::tui::runtime::{Options, Walkthrough};
use accord::tui::{self as ui, theme::Theme};
use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn day(n: i64) -> Timestamp {
    Timestamp::from_second(1_793_000_000 + n * 86_400).expect("time")
}

/// The ids of the sessions on the review screen, if it is shown.
fn viewing(app: &App) -> Vec<String> {
    match &app.screen {
        Screen::Review(review) => review.sessions.iter().map(|s| s.id.clone()).collect(),
        _ => Vec::new(),
    }
}

fn screen(app: &accord::app::App) -> String {
    tall_screen(app, 40)
}

fn tall_screen(app: &accord::app::App, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(100, height)).expect("terminal");
    terminal
        .draw(|f| {
            ui::draw(f, app, &Theme::new(false));
        })
        .expect("draw");
    terminal.backend().to_string()
}

/// Two finished earlier weeks, so every run starts a new session beside them.
fn two_weeks(data: &Path) -> ClauseSet {
    let store = Store::open(data.to_path_buf()).expect("store");
    let set = clauses::default_set();
    for (n, id) in ["week1", "week2"].iter().enumerate() {
        let at = day(7 * n as i64);
        let mut s = Session::new((*id).into(), &set, at);
        // Ana's own weeks: with a name given, accord shows only that person's reflections.
        s.participant = Some("Ana".into());
        for c in &set.clauses {
            s.set_stance(&c.id, Some(Stance::Agree), at);
        }
        if n == 0 {
            s.set_text("time", TextField::Question, "Can we start on time?", at);
            // Asked at the visit: the week is done.
            s.cycle_answer_status("time", at);
        } else {
            s.set_stance("time", Some(Stance::Disagree), at);
            s.set_text("time", TextField::Note, "They ran late again.", at);
        }
        store.save(&s).expect("save");
    }
    set
}

/// The session's Markdown export, notes included, the day after.
fn markdown(session: &Session, set: &ClauseSet) -> String {
    let options = record::Options {
        notes: true,
        tz: jiff::tz::TimeZone::UTC,
        now: day(1),
    };
    record::render(session, set, Format::Markdown, &options)
}

fn start(data: &Path) -> Walkthrough {
    let options = Options {
        participant: Some("Ana".into()),
        ..Options::new(data.to_path_buf())
    };
    Walkthrough::start(clauses::default_set(), options).expect("starts")
}

fn go_to(w: &mut Walkthrough, clause_id: &str) {
    let index = w.app.set.index_of(clause_id).expect("clause");
    w.handle(Intent::OpenList);
    for _ in 0..index {
        w.handle(Intent::Down);
    }
    w.handle(Intent::Select);
}

#[test]
fn each_clause_shows_what_was_said_last_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    two_weeks(dir.path());
    let mut w = start(dir.path());
    assert!(
        !w.app.resumed,
        "both weeks are finished, so this is a new one"
    );
    assert_eq!(w.app.session.participant.as_deref(), Some("Ana"));
    w.handle(Intent::Begin);
    go_to(&mut w, "time");
    let text = screen(&w.app);
    assert!(
        text.contains("Last time (")
            && text.contains("✗ not on board · ✎ \"They ran late again.\""),
        "{text}"
    );
    go_to(&mut w, "truth");
    assert!(screen(&w.app).contains("): ✓ agree"));
}

#[test]
fn p_shows_the_clauses_whole_timeline_newest_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    two_weeks(dir.path());
    let mut w = start(dir.path());
    w.handle(Intent::Begin);
    go_to(&mut w, "time");
    w.handle(Intent::Timeline);
    let Some(Overlay::Timeline(Timeline { entries, .. })) = &w.app.overlay else {
        panic!("no timeline: {:?}", w.app.overlay);
    };
    let sessions: Vec<&str> = entries.iter().map(|e| e.session.as_str()).collect();
    assert_eq!(sessions, ["week2", "week1"]);
    let text = screen(&w.app);
    assert!(
        text.contains("Earlier answers: Your time matters too"),
        "{text}"
    );
    assert!(text.contains("? Can we start on time?"), "{text}");
    w.handle(Intent::Close);
    assert!(w.app.overlay.is_none());
}

#[test]
fn look_back_reads_one_session_and_compares_two() {
    let dir = tempfile::tempdir().expect("tempdir");
    two_weeks(dir.path());
    let mut w = start(dir.path());
    assert_eq!(w.app.history.len(), 2);
    w.handle(Intent::OpenLookBack);
    assert_eq!(w.app.screen_mode(), Mode::LookBack);
    let list = screen(&w.app);
    // The reflection just begun is not on disk yet: nothing to look back at.
    assert!(!list.contains("This reflection"), "{list}");
    assert_eq!(list.matches(" answered · ").count(), 2, "{list}");

    // Read week 1 (the oldest, last in the list).
    w.handle(Intent::Down);
    w.handle(Intent::Select);
    assert_eq!(w.app.screen_mode(), Mode::Review);
    assert_eq!(viewing(&w.app), ["week1"]);
    assert!(screen(&w.app).contains("Read-only"));
    w.handle(Intent::Close);
    assert_eq!(w.app.screen_mode(), Mode::LookBack);

    // Mark week 1, compare with week 2.
    w.handle(Intent::Mark);
    w.handle(Intent::Up);
    w.handle(Intent::Compare);
    assert_eq!(w.app.screen_mode(), Mode::Review);
    assert_eq!(viewing(&w.app), ["week1", "week2"], "older first");
    let text = screen(&w.app);
    assert!(
        text.contains("1 clause changed; 31 unchanged (folded away)."),
        "{text}"
    );
    assert!(text.contains("✓ agree → ✗ not on board"), "{text}");
    assert!(
        text.contains("question removed: Can we start on time?"),
        "{text}"
    );
    assert!(text.contains("note added: They ran late again."), "{text}");
    w.handle(Intent::Close);
    w.handle(Intent::Close);
    assert_eq!(w.app.screen_mode(), Mode::Welcome);

    // The reflection open now never had week 2's note: it is not "removed".
    w.handle(Intent::Begin);
    w.handle(Intent::Agree);
    w.app.screen = accord::app::Screen::Welcome(Default::default());
    w.handle(Intent::OpenLookBack);
    w.handle(Intent::Down);
    w.handle(Intent::Compare);
    assert_eq!(viewing(&w.app)[0], "week2");
    let accord::app::Screen::Review(review) = &w.app.screen else {
        panic!("not comparing");
    };
    let text = format!(
        "{:?}",
        accord::app::screens::review::content(&w.app, review)
    );
    assert!(text.contains("no note in this reflection"), "{text}");
    assert!(!text.contains("note removed"), "{text}");
}

#[test]
fn look_back_can_carry_on_with_an_earlier_session() {
    let dir = tempfile::tempdir().expect("tempdir");
    two_weeks(dir.path());
    let mut w = start(dir.path());
    let fresh = w.app.session.id.clone();
    // Once the fresh reflection holds an answer it is on the list, first.
    w.handle(Intent::Begin);
    w.handle(Intent::Agree);
    w.handle(Intent::AskQuit);
    w.handle(Intent::Close);
    w.app.screen = accord::app::Screen::Welcome(Default::default());
    w.handle(Intent::OpenLookBack);
    assert!(screen(&w.app).contains("This reflection"));
    // Row 0 is the session open now: nothing to reopen.
    w.handle(Intent::Reopen);
    assert_eq!(w.app.session.id, fresh);
    assert!(!screen(&w.app).contains("o continue it"));

    // Week 2, to write down what the doctor said after that visit.
    w.handle(Intent::Down);
    assert!(screen(&w.app).contains("o continue it"));
    w.handle(Intent::Reopen);
    assert_eq!(w.app.session.id, "week2");
    assert_eq!(w.app.screen_mode(), Mode::Clause);
    assert!(w.app.resumed && !w.app.read_only);
    let week2 = store::Store::at(dir.path().to_path_buf());
    assert!(
        week2.lock("week2").expect("lock").is_none(),
        "this window holds it now"
    );
    w.handle(Intent::Disagree);
    let saved = week2.load("week2").expect("load");
    assert_eq!(
        saved.stance(&w.app.set.clauses[w.app.current].id),
        Some(Stance::Disagree)
    );
    // Its history is the other sessions, the fresh one (saved with its answer) among them.
    assert!(w.app.history.listed().iter().any(|h| h.id == fresh));
    assert!(w.app.history.listed().iter().all(|h| h.id != "week2"));
    assert!(w.app.history.listed().iter().any(|h| h.id == "week1"));
}

#[test]
fn profiles_keep_sessions_apart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ana = store::profile_dir(dir.path(), Some("ana")).expect("profile");
    let ben = store::profile_dir(dir.path(), Some("ben")).expect("profile");
    assert_eq!(
        store::profile_dir(dir.path(), None).expect("default"),
        dir.path()
    );
    two_weeks(&ana);
    let w = start(&ben);
    assert!(w.app.history.is_empty(), "Ben sees none of Ana's sessions");
    let (ana_sessions, _) = Store::at(ana).catalog(Unreadables::Leave);
    assert_eq!(ana_sessions.len(), 2);
    for bad in ["", "../x", "a/b", ".hidden", &"x".repeat(41)] {
        let err = store::profile_dir(dir.path(), Some(bad)).expect_err(bad);
        assert!(err.to_string().contains("letters, digits"), "{err}");
    }
}

#[test]
fn a_changed_clause_is_marked_on_screen_in_the_agenda_and_in_exports() {
    let set = clauses::default_set();
    let mut s = Session::new("s".into(), &set, day(0));
    s.set_stance("time", Some(Stance::Disagree), day(0));
    s.stamp(&set.clauses[set.index_of("time").expect("time")]);
    s.set_stance("truth", Some(Stance::Agree), day(0));
    s.stamp(&set.clauses[set.index_of("truth").expect("truth")]);

    let edited_text = include_str!("../clauses/partnership.toml").replace(
        "Your time is worth just as much as your doctor's time.",
        "Your time matters as much as your doctor's time.",
    );
    let edited = clauses::parse("edited.toml", &edited_text).expect("valid");
    let time = &edited.clauses[edited.index_of("time").expect("time")];
    let truth = &edited.clauses[edited.index_of("truth").expect("truth")];
    assert!(s.clause_changed(time));
    assert!(!s.clause_changed(truth));

    let mut app = accord::app::App::new(Start {
        resumed: true,
        ..Start::new(edited.clone(), s.clone())
    });
    app.update(Intent::Begin, day(1));
    app.current = edited.index_of("time").expect("time");
    assert!(screen(&app).contains("This clause has changed since you answered it"));
    app.update(Intent::OpenAgenda, day(1));
    assert!(screen(&app).contains("this clause has changed since you answered it"));
    // The README's words, not the constant the exports happen to use: a
    // changed wording or a marker left out is caught.
    let md = markdown(&s, &edited).to_lowercase();
    assert_eq!(
        md.matches("this clause has changed since you answered it")
            .count(),
        2,
        "agenda item and clause: {md}"
    );
}

#[test]
fn answers_to_removed_clauses_are_kept_and_listed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let set = clauses::default_set();
    let store = Store::open(dir.path().to_path_buf()).expect("store");
    let mut s = Session::new("old".into(), &set, day(0));
    s.participant = Some("Ana".into());
    s.set_stance("retired-clause", Some(Stance::Agree), day(0));
    s.set_text("retired-clause", TextField::Note, "Mattered to me", day(0));
    store.save(&s).expect("save");

    let mut w = start(dir.path());
    assert!(w.app.resumed);
    w.handle(Intent::Begin);
    w.handle(Intent::Agree);
    let on_disk = store.load("old").expect("loads");
    assert!(
        on_disk.responses.contains_key("retired-clause"),
        "never dropped"
    );
    w.handle(Intent::OpenAgenda);
    // The kept answers come last, below the 31 unanswered clauses.
    let text = tall_screen(&w.app, 80);
    assert!(
        text.contains("Answers to clauses no longer in this set (kept)"),
        "{text}"
    );
    assert!(
        text.contains("retired-clause · ✓ agree · ✎ \"Mattered to me\""),
        "{text}"
    );
    let md = markdown(&on_disk, &set);
    assert!(
        md.contains("## Answers to clauses no longer in this set"),
        "{md}"
    );
    assert!(md.contains("- retired-clause: ✓ Agree"), "{md}");
}

#[test]
fn the_index_is_rebuilt_when_deleted_stale_or_broken() {
    let dir = tempfile::tempdir().expect("tempdir");
    two_weeks(dir.path());
    let store = Store::at(dir.path().to_path_buf());
    let index = dir.path().join("index.json");
    let (first, _) = store.catalog(Unreadables::Leave);
    assert!(index.exists(), "the first look writes the index");

    std::fs::remove_file(&index).expect("delete");
    let (rebuilt, _) = store.catalog(Unreadables::Leave);
    assert_eq!(rebuilt, first);
    assert!(index.exists());

    std::fs::write(&index, "garbage").expect("break");
    assert_eq!(store.catalog(Unreadables::Leave).0, first);

    // A session changes: its summary follows.
    let mut week1 = store.load("week1").expect("load");
    week1.set_text("truth", TextField::Question, "And when it hurts?", day(30));
    Store::open(dir.path().to_path_buf())
        .expect("store")
        .save(&week1)
        .expect("save");
    let (after, _) = store.catalog(Unreadables::Leave);
    let summary = after.iter().find(|s| s.id == "week1").expect("week1");
    assert_eq!(summary.questions, 2);

    // A new session appears; a deleted one disappears.
    std::fs::remove_file(dir.path().join("sessions/week2.json")).expect("remove");
    let (after, _) = store.catalog(Unreadables::Leave);
    assert_eq!(after.len(), 1);
}

#[test]
fn a_current_index_entry_spares_reading_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    two_weeks(dir.path());
    let store = Store::at(dir.path().to_path_buf());
    store.catalog(Unreadables::Leave);
    // Change the index's summary behind its back: if the file were re-read, this would vanish.
    let index = dir.path().join("index.json");
    let text = std::fs::read_to_string(&index).expect("index");
    std::fs::write(&index, text.replace("\"questions\":1", "\"questions\":99")).expect("write");
    let (summaries, _) = store.catalog(Unreadables::Leave);
    assert!(
        summaries.iter().any(|s| s.questions == 99),
        "the current entry was trusted, not the file re-read"
    );
}
