//! Start-up with a thousand sessions must feel like start-up with one.
//!
//! `cargo bench` times, over a data folder of 1,000 sessions of 32 answered
//! clauses (and, for comparison, a folder of one): start-up to the first
//! frame, opening "Look back", and comparing two sessions. The README keeps
//! the figures.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use accord::app::App;
use accord::app::Intent;
use accord::model::clauses::{self, ClauseSet};
use accord::model::session::{Session, Stance, TextField};
use accord::store::Store;
use accord::tui::runtime::{Options, Walkthrough};
use accord::tui::{self as ui, theme::Theme};
use divan::Bencher;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    divan::main();
}

/// A folder of `count` finished sessions, answered and questioned, kept for the whole run.
fn folder(count: usize) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let store = Store::open(data.clone()).expect("store");
    let set = clauses::default_set();
    for n in 0..count {
        let at = jiff::Timestamp::from_second(1_700_000_000 + n as i64 * 3_600).expect("time");
        let mut s = Session::new(format!("s{n:05}"), &set, at);
        for (i, c) in set.clauses.iter().enumerate() {
            let stance = if (i + n) % 5 == 0 {
                Stance::Disagree
            } else {
                Stance::Agree
            };
            s.set_stance(&c.id, Some(stance), at);
            if i % 4 == 0 {
                s.set_text(
                    &c.id,
                    TextField::Question,
                    "What would help here, week by week?",
                    at,
                );
            }
            if i % 6 == 0 {
                s.set_text(
                    &c.id,
                    TextField::Note,
                    "A private note of a sentence or two.",
                    at,
                );
            }
        }
        store.save(&s).expect("save");
    }
    // The first start builds the index; the benchmarks measure the starts after it.
    start(&data);
    (dir, data)
}

static ONE: LazyLock<(tempfile::TempDir, PathBuf)> = LazyLock::new(|| folder(1));
static THOUSAND: LazyLock<(tempfile::TempDir, PathBuf)> = LazyLock::new(|| folder(1000));
static SET: LazyLock<ClauseSet> = LazyLock::new(clauses::default_set);

fn start(data: &Path) -> Walkthrough {
    let options = Options {
        data_dir: data.to_path_buf(),
        fresh: false,
        participant: None,
        profiles: Vec::new(),
        offer_sets: false,
        follow_set_language: false,
    };
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

#[divan::bench(args = [1, 1000])]
fn start_up_to_first_frame(bencher: Bencher, sessions: usize) {
    let data = if sessions == 1 { &ONE.1 } else { &THOUSAND.1 };
    bencher.bench(|| {
        let w = start(data);
        draw(&w.app);
        w
    });
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
