//! A facilitator's tally of 1,000 share files must take well under a second:
//! reading the folder, counting, and writing the HTML page with its bars.

use std::path::PathBuf;
use std::sync::LazyLock;

use accord::model::clauses;
use accord::model::session::{Session, Stance, TextField};
use accord::model::share::Share;
use accord::model::tally;
use accord::printouts::Format;
use accord::printouts::tally::{TallyFormat, render};
use accord::store;

fn main() {
    divan::main();
}

/// A folder of 1,000 share files, a third with questions, kept for the whole run.
static FOLDER: LazyLock<(tempfile::TempDir, PathBuf)> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().to_path_buf();
    let set = clauses::default_set();
    let at = jiff::Timestamp::from_second(1_790_000_000).expect("time");
    for n in 0..1_000 {
        let mut s = Session::new(format!("s{n}"), &set, at);
        for (i, c) in set.clauses.iter().enumerate() {
            let stance = [Stance::Agree, Stance::Disagree, Stance::NotNow][(i + n) % 3];
            s.set_stance(&c.id, Some(stance), at);
            s.set_text(
                &c.id,
                TextField::Question,
                &format!("Question {n} on {i}?"),
                at,
            );
        }
        let share = Share::of(
            &s,
            &set,
            format!("{n:032x}"),
            jiff::civil::date(2026, 11, 3),
            n % 3 == 0,
        );
        std::fs::write(path.join(format!("{n}.json")), share.to_json()).expect("write");
    }
    (dir, path)
});

#[divan::bench(sample_count = 10)]
fn tally_1000_share_files_to_html() -> usize {
    let set = clauses::default_set();
    let found = store::read_shares(std::slice::from_ref(&FOLDER.1));
    let counted = tally::count(&set, found);
    render(&counted, &set.title, TallyFormat::Document(Format::Html), 3).len()
}
