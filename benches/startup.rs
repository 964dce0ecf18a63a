//! Start-up with a thousand sessions must feel like start-up with one.
//!
//! `cargo bench` times, over a data folder of 1,000 sessions of 32 answered
//! clauses (and, for comparison, a folder of one): start-up to the first
//! frame (from the index head, and the long way through the whole index),
//! opening "Look back", and comparing two sessions. The README keeps the
//! figures; `examples/first_frame.rs` times the real binary in a terminal.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use accord::app::App;
use accord::app::Intent;
use accord::model::clauses::{self, ClauseSet};
use accord::tui::runtime::{Options, Walkthrough};
use accord::tui::{self as ui, theme::Theme};
use divan::Bencher;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    divan::main();
}

#[path = "support/folder.rs"]
mod sample;

/// A folder of `count` finished sessions, answered and questioned, kept for the whole run.
fn folder(count: usize) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    sample::fill(&data, &clauses::default_set(), count);
    // The first start builds the index, the next ones bring the index head in
    // step (each window's lock file is made once); the benchmarks measure the starts after.
    for _ in 0..2 {
        start(&data).finish();
    }
    (dir, data)
}

static ONE: LazyLock<(tempfile::TempDir, PathBuf)> = LazyLock::new(|| folder(1));
static THOUSAND: LazyLock<(tempfile::TempDir, PathBuf)> = LazyLock::new(|| folder(1000));
static SET: LazyLock<ClauseSet> = LazyLock::new(clauses::default_set);

fn start(data: &Path) -> Walkthrough {
    let options = Options::new(data.to_path_buf());
    Walkthrough::start(SET.clone(), options).expect("starts")
}

fn draw(app: &App) {
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
    terminal
        .draw(|f| {
            ui::draw(f, app, &Theme::new(true));
        })
        .expect("draw");
}

/// Start-up to the first frame, from the index head: nothing is listed.
#[divan::bench(args = [1, 1000])]
fn start_up_to_first_frame(bencher: Bencher, sessions: usize) {
    let data = if sessions == 1 { &ONE.1 } else { &THOUSAND.1 };
    bencher.bench(|| {
        let w = start(data);
        draw(&w.app);
        w
    });
}

/// Start-up when the index head cannot be trusted (another window changed the
/// folder): the whole index is read, and the head written again.
#[divan::bench(args = [1, 1000])]
fn start_up_the_long_way(bencher: Bencher, sessions: usize) {
    let data = if sessions == 1 { &ONE.1 } else { &THOUSAND.1 };
    bencher
        .with_inputs(|| {
            let _ = std::fs::remove_file(data.join("index-head.json"));
        })
        .bench_local_values(|()| {
            let w = start(data);
            draw(&w.app);
            w
        });
}

/// What `accord export` does first: name the latest session, from the index head.
#[divan::bench(args = [1, 1000])]
fn latest_from_the_head(bencher: Bencher, sessions: usize) {
    let data = if sessions == 1 { &ONE.1 } else { &THOUSAND.1 };
    let store = accord::store::Store::at(data.clone());
    bencher.bench(|| store.latest_from_head(&SET.id).expect("the head names one"));
}

#[divan::bench(args = [1, 1000])]
fn open_look_back(bencher: Bencher, sessions: usize) {
    let data = if sessions == 1 { &ONE.1 } else { &THOUSAND.1 };
    bencher
        .with_inputs(|| start(data))
        .bench_local_values(|mut w| {
            w.handle(Intent::OpenLookBack);
            draw(&w.app);
            w
        });
}

#[divan::bench]
fn compare_two_sessions(bencher: Bencher) {
    bencher
        .with_inputs(|| {
            let mut w = start(&THOUSAND.1);
            w.handle(Intent::OpenLookBack);
            w.handle(Intent::Down);
            w.handle(Intent::Mark);
            w.handle(Intent::Down);
            w
        })
        .bench_local_values(|mut w| {
            w.handle(Intent::Compare);
            draw(&w.app);
            w
        });
}
