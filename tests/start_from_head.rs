//! Starting from the index head: the first screen of a long history comes
//! from one small file, says the same as the long way, is not trusted once
//! the folder changes, keeps each participant's reflections apart, and Look
//! back still lists everything.

use std::fs;
use std::path::Path;

use accord::app::screens::look_back;
use accord::app::{App, Intent, Overlay};
use accord::model::clauses::{self, ClauseSet};
use accord::model::session::{Session, Stance, TextField};
use accord::store::Store;
use accord::tui::runtime::{Options, Walkthrough};
use accord::tui::{self as ui, theme::Theme};
use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn day(n: i64) -> Timestamp {
    Timestamp::from_second(1_793_000_000 + n * 86_400).expect("time")
}

fn screen(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(100, 40)).expect("terminal");
    terminal
        .draw(|f| {
            ui::draw(f, app, &Theme::new(false));
        })
        .expect("draw");
    terminal.backend().to_string()
}

fn start(data: &Path, who: Option<&str>) -> Walkthrough {
    let options = Options {
        participant: who.map(str::to_owned),
        ..Options::new(data.to_path_buf())
    };
    Walkthrough::start(clauses::default_set(), options).expect("starts")
}

/// Whether the walkthrough started from the head: only then are the earlier
/// reflections counted rather than listed.
fn from_head(w: &Walkthrough) -> bool {
    w.app.history.is_counted_only()
}

/// A reflection of `who`, begun on `on`: finished (every clause agreed, its
/// question asked) or left open on "time" with `words` as its note there.
fn reflection(set: &ClauseSet, id: &str, who: Option<&str>, on: i64, words: &str) -> Session {
    let at = day(on);
    let mut s = Session::new(id.into(), set, at);
    s.participant = who.map(str::to_owned);
    s.set_stance("time", Some(Stance::Disagree), at);
    s.set_text("time", TextField::Note, words, at);
    s.set_position("time", at);
    s
}

fn finished(mut s: Session, set: &ClauseSet) -> Session {
    let at = s.started_at;
    for c in &set.clauses {
        if s.stance(&c.id).is_none() {
            s.set_stance(&c.id, Some(Stance::Agree), at);
        }
    }
    s
}

/// Week 1 finished, week 2 left open on "time".
fn two_weeks(data: &Path) -> (Store, ClauseSet) {
    let store = Store::open(data.to_path_buf()).expect("store");
    let set = clauses::default_set();
    let week1 = reflection(&set, "week1", None, 0, "They ran late.");
    store.save(&finished(week1, &set)).expect("save");
    store
        .save(&reflection(&set, "week2", None, 7, "On time today."))
        .expect("save");
    (store, set)
}

/// Starts and leaves, as a reader who only looked would: the head is then in step.
fn settle(data: &Path, who: Option<&str>) {
    start(data, who).finish();
}

/// Ana's finished first week and open second, Ben's open first, and a head
/// in step with each of them.
fn ana_and_ben(data: &Path) {
    let store = Store::open(data.to_path_buf()).expect("store");
    let set = clauses::default_set();
    let ana1 = reflection(&set, "ana1", Some("Ana"), 0, "Ana's first note.");
    store.save(&finished(ana1, &set)).expect("save");
    let ana2 = reflection(&set, "ana2", Some("Ana"), 7, "Ana's second note.");
    store.save(&ana2).expect("save");
    let ben1 = reflection(&set, "ben1", Some("Ben"), 9, "Ben's note.");
    store.save(&ben1).expect("save");
    // Each window makes its lock file once; after that the folder stays as it is.
    for _ in 0..2 {
        settle(data, Some("Ana"));
        settle(data, Some("Ben"));
    }
}

#[test]
fn the_first_screen_from_the_head_says_what_the_long_way_says() {
    let dir = tempfile::tempdir().expect("tempdir");
    two_weeks(dir.path());
    let mut long_way = start(dir.path(), None);
    assert!(!from_head(&long_way), "no head yet");
    let welcome = screen(&long_way.app);
    long_way.handle(Intent::Begin);
    let clause = screen(&long_way.app);
    long_way.finish();

    let mut quick = start(dir.path(), None);
    assert!(from_head(&quick));
    assert_eq!(quick.app.session.id, "week2");
    assert_eq!(quick.app.last_time["time"].session, "week1");
    assert_eq!(screen(&quick.app), welcome);
    assert!(welcome.contains("Continue where you left off"), "{welcome}");
    assert!(welcome.contains("1 other reflection"), "{welcome}");
    quick.handle(Intent::Begin);
    assert_eq!(screen(&quick.app), clause);
    assert!(clause.contains("Last time"), "{clause}");
    assert!(clause.contains("They ran late."), "{clause}");
}

#[test]
fn a_head_out_of_step_with_the_folder_is_not_trusted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, set) = two_weeks(dir.path());
    settle(dir.path(), None);
    assert!(from_head(&start(dir.path(), None)));

    // Another window saves a newer reflection: continue that one.
    store
        .save(&reflection(&set, "week3", None, 14, "Rushed."))
        .expect("save");
    let w = start(dir.path(), None);
    assert!(!from_head(&w), "a file was added");
    assert_eq!(w.app.session.id, "week3");
    assert_eq!(w.app.last_time["time"].session, "week2");
    w.finish();
    assert!(from_head(&start(dir.path(), None)), "in step again");

    // Week 3 finished by a program that writes the file in place.
    let path = dir.path().join("sessions/week3.json");
    let week3 = finished(reflection(&set, "week3", None, 14, "Rushed."), &set);
    fs::write(&path, accord::store::to_json(&week3)).expect("write");
    let w = start(dir.path(), None);
    assert!(!from_head(&w), "a file was changed");
    assert_eq!(w.app.session.id, "week2");
    w.finish();

    // Week 1 removed: nothing is said about "time" from before week 2.
    fs::remove_file(dir.path().join("sessions/week1.json")).expect("remove");
    let w = start(dir.path(), None);
    assert!(!from_head(&w), "a file was removed");
    assert_eq!(w.app.session.id, "week2");
    assert!(!w.app.last_time.contains_key("time"));
}

#[test]
fn each_participant_sees_only_their_own_from_the_head() {
    let dir = tempfile::tempdir().expect("tempdir");
    ana_and_ben(dir.path());

    let mut ana = start(dir.path(), Some("Ana"));
    assert!(from_head(&ana));
    assert_eq!(ana.app.session.id, "ana2");
    assert_eq!(ana.app.history.len(), 1, "her first week only");
    assert_eq!(ana.app.last_time["time"].session, "ana1");
    let shown = screen(&ana.app);
    ana.handle(Intent::Begin);
    let shown = shown + &screen(&ana.app);
    assert!(shown.contains("Ana's first note."), "{shown}");
    assert!(!shown.contains("Ben"), "{shown}");

    let mut ben = start(dir.path(), Some("Ben"));
    assert!(from_head(&ben));
    assert_eq!(ben.app.session.id, "ben1");
    assert!(ben.app.history.is_empty());
    assert!(ben.app.last_time.is_empty(), "Ana's answers are not his");
    let shown = screen(&ben.app);
    ben.handle(Intent::Begin);
    let shown = shown + &screen(&ben.app);
    assert!(!shown.contains("Ana"), "{shown}");
}

#[test]
fn look_back_and_timelines_list_everything_after_a_start_from_the_head() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, set) = two_weeks(dir.path());
    let week0 = reflection(&set, "week0", None, -7, "Early days.");
    store.save(&finished(week0, &set)).expect("save");
    settle(dir.path(), None);

    let mut w = start(dir.path(), None);
    assert!(from_head(&w));
    assert_eq!(w.app.history.len(), 2);
    w.handle(Intent::OpenLookBack);
    assert_eq!(look_back::ids(&w.app), ["week2", "week1", "week0"]);
    let shown = screen(&w.app);
    assert_eq!(shown.matches("32/32 answered").count(), 2, "{shown}");

    let mut w = start(dir.path(), None);
    assert!(from_head(&w));
    w.handle(Intent::Begin);
    w.handle(Intent::Timeline);
    let Some(Overlay::Timeline(timeline)) = &w.app.overlay else {
        panic!("no timeline");
    };
    let said: Vec<&str> = timeline
        .entries
        .iter()
        .map(|e| e.session.as_str())
        .collect();
    assert_eq!(said, ["week1", "week0"]);
}

#[test]
fn a_head_edited_to_name_someone_elses_reflection_is_not_followed() {
    let dir = tempfile::tempdir().expect("tempdir");
    ana_and_ben(dir.path());
    // Ben's view made to name Ana's reflection, with her file's stamp.
    let path = dir.path().join("index-head.json");
    let mut head: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&path).expect("head")).expect("json");
    let views = head["views"].as_array_mut().expect("views");
    let whose = |v: &serde_json::Value, who: &str| v["participant"] == who;
    let anas_stamp =
        views.iter().find(|v| whose(v, "Ana")).expect("Ana's")["sources"]["ana1"].clone();
    let bens_view = views.iter_mut().find(|v| whose(v, "Ben")).expect("Ben's");
    bens_view["resumable"] = "ana1".into();
    bens_view["sources"]["ana1"] = anas_stamp;
    fs::write(&path, head.to_string()).expect("write");

    let ben = start(dir.path(), Some("Ben"));
    assert_ne!(ben.app.session.id, "ana1");
    assert_eq!(ben.app.session.participant.as_deref(), Some("Ben"));
}

#[test]
fn closing_after_answering_keeps_the_head_in_step_without_the_index() {
    let dir = tempfile::tempdir().expect("tempdir");
    two_weeks(dir.path());
    settle(dir.path(), None);
    let mut w = start(dir.path(), None);
    assert!(from_head(&w));
    // An index nobody could read: the long way would write it again.
    let index = dir.path().join("index.json");
    fs::write(&index, "not an index").expect("write");
    w.handle(Intent::Begin);
    w.handle(Intent::Agree);
    w.finish();
    assert_eq!(fs::read_to_string(&index).expect("index"), "not an index");

    let w = start(dir.path(), None);
    assert!(from_head(&w), "the head took this window's saves");
    assert_eq!(w.app.session.id, "week2");
    assert_eq!(w.app.session.stance("time"), Some(Stance::Agree));
}

#[test]
fn another_windows_save_during_a_sitting_is_not_taken_into_the_head() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, set) = two_weeks(dir.path());
    settle(dir.path(), None);
    for before_answering in [true, false] {
        let mut w = start(dir.path(), None);
        assert!(from_head(&w));
        let elsewhere = || {
            let newer = reflection(&set, "week3", None, 14, "Rushed.");
            store.save(&newer).expect("save");
        };
        w.handle(Intent::Begin);
        if before_answering {
            elsewhere();
        }
        w.handle(Intent::Disagree);
        if !before_answering {
            elsewhere();
        }
        w.finish();
        let next = start(dir.path(), None);
        assert_eq!(next.app.session.id, "week3", "{before_answering}");
        next.finish();
        fs::remove_file(dir.path().join("sessions/week3.json")).expect("remove");
        settle(dir.path(), None);
    }
}

#[test]
fn an_unreadable_head_is_written_again_by_the_long_way() {
    let dir = tempfile::tempdir().expect("tempdir");
    two_weeks(dir.path());
    settle(dir.path(), None);
    let head = dir.path().join("index-head.json");
    for broken in ["{\"format\":\"accord.index-head/1\",", "[]", ""] {
        fs::write(&head, broken).expect("write");
        let w = start(dir.path(), None);
        assert!(!from_head(&w), "{broken:?}");
        assert_eq!(w.app.session.id, "week2");
        w.finish();
        assert!(from_head(&start(dir.path(), None)), "{broken:?} was mended");
    }
}
