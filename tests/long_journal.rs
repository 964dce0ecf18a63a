//! `accord journal` over a long history, as the real binary writes it: read
//! one reflection at a time, each clause's lines set aside in a scratch file
//! that leaves nothing behind.

mod support;

use std::path::Path;

use accord::i18n::{self, Language};
use accord::model::clauses;
use accord::model::session::{Session, Stance, TextField};
use accord::printouts::{Format, journal};
use accord::store::Store;
use jiff::Timestamp;
use jiff::tz::TimeZone;

use support::{accord, output_of as run};

/// Enough reflections, each with a long note, that the journal's lines pass
/// the few megabytes it holds in memory and move to its scratch file.
const REFLECTIONS: usize = 120;

/// Weekly reflections whose file names run against their dates, each with a
/// 40 KB note and a question, the stance on "time" changing every week.
fn long_history(data: &Path) -> Vec<Session> {
    let store = Store::open(data.to_path_buf()).expect("store");
    let set = clauses::default_set();
    let start: Timestamp = "2024-01-01T09:00:00Z".parse().expect("time");
    let note = "I keep thinking about how long the wait felt. ".repeat(900);
    let mut sessions = Vec::new();
    for week in 0..REFLECTIONS {
        let at = start + jiff::SignedDuration::from_hours(24 * 7 * week as i64);
        let id = format!("z{:03}", REFLECTIONS - week);
        let mut s = Session::new(id, &set, at);
        let stance = [Stance::Agree, Stance::Disagree][week % 2];
        s.set_stance("time", Some(stance), at);
        s.set_text("time", TextField::Note, &format!("Week {week}. {note}"), at);
        s.set_text(
            "truth",
            TextField::Question,
            &format!("Question of week {week}?"),
            at,
        );
        store.save(&s).expect("save");
        sessions.push(s);
    }
    sessions
}

/// The names in a folder, sorted.
fn names_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_long_journal_is_whole_in_date_order_and_leaves_no_scratch_behind() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let sessions = long_history(&data);
    let before = names_in(&data);
    let set = clauses::default_set();
    let refs: Vec<&Session> = sessions.iter().collect();

    for (format, name) in [(Format::Markdown, "markdown"), (Format::Html, "html")] {
        let out = dir.path().join(format!("journal.{name}"));
        let (ok, _, stderr) = run(accord(&data)
            .args(["journal", "--notes", "--format", name, "-o"])
            .arg(&out));
        assert!(ok, "{stderr}");
        let written = std::fs::read_to_string(&out).expect("written");
        assert!(written.len() > 4 << 20, "the lines passed the memory limit");
        let expected = journal::render(&refs, &set, &TimeZone::UTC, true, format).expect("render");
        assert!(
            written == expected,
            "{name}: the journal differs from its whole rendering"
        );

        // The clause whose stance moved lists every week, oldest first.
        let weeks: Vec<usize> = (0..REFLECTIONS)
            .map(|week| {
                written
                    .find(&format!("Week {week}."))
                    .expect("every week is there")
            })
            .collect();
        assert!(
            weeks.windows(2).all(|w| w[0] < w[1]),
            "{name}: weeks out of order"
        );
    }
    let (ok, stdout, stderr) = run(accord(&data).args(["journal", "--notes"]));
    assert!(ok, "{stderr}");
    assert!(stdout.contains(&format!("Question of week {}?", REFLECTIONS - 1)));
    // The scratch file had no name, so the data folder holds what it held.
    assert_eq!(names_in(&data), before);
}

#[test]
fn the_reading_threads_speak_the_journals_language() {
    i18n::set_language(Language::Spanish);
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let store = Store::open(data.clone()).expect("store");
    let set = clauses::built_in("acuerdo").expect("built in");
    let start: Timestamp = "2026-01-05T09:00:00Z".parse().expect("time");
    // More than one hand-over of 32, so both reading threads lay sessions out.
    let sessions: Vec<Session> = (0..80)
        .map(|day| {
            let at = start + jiff::SignedDuration::from_hours(24 * day);
            let mut s = Session::new(format!("d{day:03}"), &set, at);
            let stance = [Stance::Agree, Stance::Disagree][day as usize % 2];
            s.set_stance("time", Some(stance), at);
            s.set_text(
                "time",
                TextField::Question,
                "¿Cuánto tengo que esperar?",
                at,
            );
            store.save(&s).expect("save");
            s
        })
        .collect();
    let refs: Vec<&Session> = sessions.iter().collect();
    let (ok, stdout, stderr) = run(accord(&data).args(["--set", "acuerdo", "journal"]));
    assert!(ok, "{stderr}");
    let expected =
        journal::render(&refs, &set, &TimeZone::UTC, false, Format::Markdown).expect("render");
    assert!(stdout.contains("de enero de 2026"), "{stdout}");
    assert!(
        stdout == expected,
        "the journal differs from its Spanish rendering"
    );
}
