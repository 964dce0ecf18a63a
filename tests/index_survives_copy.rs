//! The index is only a cache, but a copy of the data folder (a backup
//! restored, a new computer) must keep it: otherwise the first start after a
//! copy reads every session again.

use std::fs::{self, File};
use std::path::Path;
use std::process::Command;

use accord::model::clauses;
use accord::model::session::{Session, Stance};
use accord::store::{Store, Unreadables};
use accord::tui::runtime::{Options, Walkthrough};

/// A data folder of three sessions begun at the same time, s0 to s2.
fn three_sessions(data: &Path) -> Store {
    let store = Store::open(data.to_path_buf()).expect("open");
    let set = clauses::default_set();
    let at = "2026-11-01T10:00:00Z".parse().expect("time");
    for n in 0..3 {
        let mut s = Session::new(format!("s{n}"), &set, at);
        s.set_stance("time", Some(Stance::Agree), at);
        store.save(&s).expect("save");
    }
    store
}

/// Copies `from` to `to` as a backup would: `cp -a` keeps names, sizes and times.
fn cp_a(from: &Path, to: &Path) {
    let status = Command::new("cp")
        .arg("-a")
        .arg(from)
        .arg(to)
        .status()
        .expect("cp runs");
    assert!(status.success());
}

#[test]
fn the_index_is_reused_after_cp_a() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let store = three_sessions(&data);
    let (before, _) = store.catalog(Unreadables::Leave);
    assert_eq!(before.len(), 3);

    let copy = dir.path().join("copy");
    cp_a(&data, &copy);
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

/// A walkthrough started on data folder `data`.
fn start(data: &Path) -> Walkthrough {
    let options = Options::new(data.to_path_buf());
    Walkthrough::start(clauses::default_set(), options).expect("starts")
}

/// Starts on `data` until its first screen comes from the head, copies it
/// with `cp -a` to `copy`, and starts there: the copy's head must be trusted.
fn start_on_a_copy(data: &Path, copy: &Path) -> Walkthrough {
    // The first start makes the head; leaving brings it in step with the lock it made.
    start(data).finish();
    assert!(start(data).app.history.is_counted_only(), "from the head");
    cp_a(data, copy);
    let w = start(copy);
    assert!(
        w.app.history.is_counted_only(),
        "the copy's head was trusted"
    );
    w
}

#[test]
fn the_first_screen_comes_from_the_head_after_cp_a() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    three_sessions(&data);
    let w = start_on_a_copy(&data, &dir.path().join("copy"));
    assert_eq!(w.app.session.id, "s2");
}

#[test]
fn a_long_used_folder_keeps_its_head_after_cp_a() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    three_sessions(&data);
    // Years of saves through temporary files leave a folder's listing larger
    // than a fresh copy of it needs: on ext4 a folder never shrinks.
    let sessions = data.join("sessions");
    let temps: Vec<_> = (0..500)
        .map(|n| sessions.join(format!(".s{n}.json.a-long-temporary-name.tmp")))
        .collect();
    for temp in &temps {
        fs::write(temp, "").expect("temp");
    }
    for temp in &temps {
        fs::remove_file(temp).expect("gone");
    }
    let copy = dir.path().join("copy");
    start_on_a_copy(&data, &copy);
    let size = |folder: &Path| fs::metadata(folder.join("sessions")).expect("folder").len();
    if size(&copy) == size(&data) {
        eprintln!("this file system copies a folder's size too: the test shows less here");
    }
}
