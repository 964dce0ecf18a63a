//! The costs that grow with what a reader writes and keeps, each beside a
//! minimal ratatui app's frame in the same run (the yardstick the README's
//! Speed table compares with):
//!
//! - key to frame moving between clauses, with the session on a real disk;
//! - a key typed into an empty note, at the end of a note that is one 1 MiB
//!   line, and in the middle of 1 MiB of short lines;
//! - the journal of 1,000 reflections, gathered one at a time.

use std::io;
use std::path::PathBuf;
use std::sync::LazyLock;

use accord::app::intent::{EditCode, EditKey};
use accord::app::{App, Intent};
use accord::document::markdown::Markdown;
use accord::model::clauses::{self, ClauseSet};
use accord::printouts::journal::Journal;
use accord::printouts::json;
use accord::store::Store;
use accord::tui::runtime::{Options, Walkthrough};
use accord::tui::{self as ui, theme::Theme};
use divan::Bencher;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

#[path = "support/folder.rs"]
mod sample;

fn main() {
    divan::main();
}

static SET: LazyLock<ClauseSet> = LazyLock::new(clauses::default_set);

/// A folder of 1,000 finished reflections, kept for the whole run.
static THOUSAND: LazyLock<(tempfile::TempDir, PathBuf)> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    sample::fill(&data, &SET, 1000);
    (dir, data)
});

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(100, 30)).expect("terminal")
}

/// A walkthrough begun in a new folder on the disk, on the first clause.
fn begun() -> (tempfile::TempDir, Walkthrough) {
    let dir = tempfile::tempdir().expect("tempdir");
    let options = Options {
        fresh: true,
        ..Options::new(dir.path().join("data"))
    };
    let mut w = Walkthrough::start(SET.clone(), options).expect("starts");
    w.handle(Intent::Begin);
    (dir, w)
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    terminal
        .draw(|f| {
            ui::draw(f, app, &Theme::new(true));
        })
        .expect("draw");
}

/// The yardstick: one key's frame in a minimal ratatui app (a bordered,
/// wrapped paragraph that grows by the key).
#[divan::bench]
fn minimal_ratatui_key_to_frame(bencher: Bencher) {
    let mut terminal = terminal();
    let mut text = String::from("A minimal ratatui app. Press q to leave.");
    bencher.bench_local(|| {
        text.push('a');
        terminal
            .draw(|frame| {
                let paragraph = Paragraph::new(text.as_str())
                    .wrap(Wrap { trim: false })
                    .block(Block::new().borders(Borders::ALL));
                frame.render_widget(paragraph, frame.area());
            })
            .expect("draw");
    });
}

/// Moving to the next clause and back, each drawn, the session on the disk.
#[divan::bench]
fn key_to_frame_between_clauses_on_disk(bencher: Bencher) {
    let (_dir, mut w) = begun();
    let mut terminal = terminal();
    let mut forward = true;
    bencher.bench_local(|| {
        w.handle(if forward { Intent::Next } else { Intent::Prev });
        forward = !forward;
        draw(&mut terminal, &w.app);
    });
}

/// One letter typed at the end of a note already holding `bytes` of text
/// in one line (a paste with no line break), then drawn.
#[divan::bench(args = [0, 1 << 20])]
fn key_to_frame_typing_in_a_note(bencher: Bencher, bytes: usize) {
    let line = "A long note, written over many evenings, with thoughts. ";
    let (_dir, mut w) = begun();
    w.handle(Intent::EditNote);
    if bytes > 0 {
        w.handle(Intent::Paste(line.repeat(bytes / line.len() + 1)));
    }
    typing(bencher, w);
}

/// One letter typed in the middle of a note of 1 MiB in short lines, then drawn.
#[divan::bench]
fn key_to_frame_typing_in_the_middle_of_many_lines(bencher: Bencher) {
    let line = "A short line of a long note, one of many.\n";
    let lines = (1 << 20) / line.len() + 1;
    let (_dir, mut w) = begun();
    w.handle(Intent::EditNote);
    w.handle(Intent::Paste(line.repeat(lines)));
    for _ in 0..lines / 2 {
        w.handle(Intent::Edit(EditKey::plain(EditCode::Up)));
    }
    typing(bencher, w);
}

/// Times a letter typed and its frame drawn, the walkthrough's editor open.
fn typing(bencher: Bencher, mut w: Walkthrough) {
    let mut terminal = terminal();
    draw(&mut terminal, &w.app);
    let key = Intent::Edit(EditKey::plain(EditCode::Char('a')));
    bencher.bench_local(|| {
        w.handle(key.clone());
        draw(&mut terminal, &w.app);
    });
}

/// The journal of 1,000 reflections in Markdown, as `accord journal` writes
/// it: listed in order from the index, glanced at and laid out on the
/// reading threads, each clause's lines set aside in a scratch file.
#[divan::bench(sample_count = 10)]
fn journal_of_a_thousand(bencher: Bencher) {
    let store = Store::at(THOUSAND.1.clone());
    let tz = jiff::tz::TimeZone::UTC;
    bencher.bench(|| {
        let order = store.in_order(&SET.id);
        let scratch = store.scratch().expect("scratch");
        let mut journal = Journal::new(&SET, &tz, true, &Markdown, scratch);
        let layout = journal.layout();
        for laid in store.glance_ahead(&order.ids, move |s| layout.lay_out(s)) {
            journal.add_laid(laid).expect("add");
        }
        journal.finish(io::sink()).expect("write")
    });
}

/// The same journal in JSON, as `accord journal --format json` writes it:
/// each reflection read whole and laid out on the reading threads.
#[divan::bench(sample_count = 10)]
fn json_journal_of_a_thousand(bencher: Bencher) {
    let store = Store::at(THOUSAND.1.clone());
    bencher.bench(|| {
        let order = store.in_order(&SET.id);
        let mut journal = json::Journal::start(io::sink(), &SET, true).expect("start");
        for entry in store.read_ahead(&order.ids, |s| json::journal_entry(s, true)) {
            journal.add_entry(&entry.expect("laid out")).expect("add");
        }
        journal.finish().expect("write")
    });
}
