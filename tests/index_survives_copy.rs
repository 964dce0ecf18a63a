//! The index is only a cache, but a copy of the data folder (a backup
//! restored, a new computer) must keep it: otherwise the first start after a
//! copy reads every session again.

use std::fs::{self, File};
use std::process::Command;

use accord::model::clauses;
use accord::model::session::{Session, Stance};
use accord::store::{Store, Unreadables};

#[test]
fn the_index_is_reused_after_cp_a() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let store = Store::open(data.clone()).expect("open");
    let set = clauses::default_set();
    let at = "2026-11-01T10:00:00Z".parse().expect("time");
    for n in 0..3 {
        let mut s = Session::new(format!("s{n}"), &set, at);
        s.set_stance("time", Some(Stance::Agree), at);
        store.save(&s).expect("save");
    }
    let (before, _) = store.catalog(Unreadables::Leave);
    assert_eq!(before.len(), 3);

    let copy = dir.path().join("copy");
    let status = Command::new("cp")
        .arg("-a")
        .arg(&data)
        .arg(&copy)
        .status()
        .expect("cp runs");
    assert!(status.success());
    // Spoil one copied file without changing its size or time: only a reused
    // index still knows what it held.
    let file = copy.join("sessions/s1.json");
    let modified = fs::metadata(&file)
        .and_then(|m| m.modified())
        .expect("time");
    let len = fs::metadata(&file).expect("meta").len();
    fs::write(&file, vec![b'x'; usize::try_from(len).expect("len")]).expect("spoil");
    File::options()
        .write(true)
        .open(&file)
        .and_then(|f| f.set_modified(modified))
        .expect("set time");

    let copied = Store::open(copy).expect("open copy");
    let (after, notices) = copied.catalog(Unreadables::Leave);
    assert!(notices.is_empty(), "the copy was read again: {notices:?}");
    assert_eq!(after, before);
}

#[test]
fn the_first_screen_comes_from_the_head_after_cp_a() {
    use accord::tui::runtime::{Options, Walkthrough};
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let store = Store::open(data.clone()).expect("open");
    let set = clauses::default_set();
    let at = "2026-11-01T10:00:00Z".parse().expect("time");
    for n in 0..3 {
        let mut s = Session::new(format!("s{n}"), &set, at);
        s.set_stance("time", Some(Stance::Agree), at);
        store.save(&s).expect("save");
    }
    let start = |data: &std::path::Path| {
        Walkthrough::start(set.clone(), Options::new(data.to_path_buf())).expect("starts")
    };
    // The first start makes the head; leaving brings it in step with the lock it made.
    start(&data).finish();
    assert!(start(&data).app.history.is_counted_only(), "from the head");

    let copy = dir.path().join("copy");
    let status = Command::new("cp")
        .arg("-a")
        .arg(&data)
        .arg(&copy)
        .status()
        .expect("cp runs");
    assert!(status.success());
    let w = start(&copy);
    assert!(
        w.app.history.is_counted_only(),
        "the copy's head was trusted"
    );
    assert_eq!(w.app.session.id, "s2");
}
