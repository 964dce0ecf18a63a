//! A data folder of many finished reflections, as a long-time reader has:
//! every clause answered, some questions and private notes. Shared by the
//! benchmarks and `examples/sample_folder.rs` (for timing the real binary).

use std::path::Path;

use accord::model::clauses::ClauseSet;
use accord::model::session::{Session, Stance, TextField};
use accord::store::Store;

/// Fills `data` with `count` finished sessions of `set`, an hour apart.
pub fn fill(data: &Path, set: &ClauseSet, count: usize) {
    let store = Store::open(data.to_path_buf()).expect("store");
    for n in 0..count {
        let at = jiff::Timestamp::from_second(1_700_000_000 + n as i64 * 3_600).expect("time");
        let mut s = Session::new(format!("s{n:05}"), set, at);
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
}
