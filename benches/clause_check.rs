//! Checking a large clause set is linear in its size and its problems.
//!
//! `cargo bench --bench clause_check` times a set of 100,000 clauses, and the
//! same set with 10,000 problems (ids used twice, each reported with its line
//! and column). The README keeps the figures.

use accord::model::clauses;

fn main() {
    divan::main();
}

/// A clause set of `count` clauses; every `every`-th repeats the id before it.
fn set_text(count: usize, every: usize) -> String {
    let mut text = String::from(
        "id = \"big\"\ntitle = \"Big\"\nversion = 1\nlanguage = \"en\"\nsource = \"bench\"\nintro = \"x\"\n",
    );
    for n in 0..count {
        let id = if every > 0 && n % every == every - 1 {
            n - 1
        } else {
            n
        };
        text.push_str(&format!(
            "\n[[clause]]\nid = \"c-{id}\"\ntitle = \"Clause {n}\"\nspeaker = \"patient\"\n\
             text = \"We agree on point {n}.\"\nprompt = \"Does point {n} work for you?\"\n"
        ));
    }
    text
}

#[divan::bench(sample_count = 5)]
fn hundred_thousand_clauses(bencher: divan::Bencher) {
    let text = set_text(100_000, 0);
    assert!(
        clauses::parse("big.toml", &text).is_ok(),
        "the set is valid"
    );
    bencher.bench(|| clauses::parse("big.toml", divan::black_box(&text)).is_ok());
}

#[divan::bench(sample_count = 5)]
fn hundred_thousand_clauses_ten_thousand_problems(bencher: divan::Bencher) {
    let text = set_text(100_000, 10);
    bencher.bench(
        || match clauses::parse("big.toml", divan::black_box(&text)) {
            Err(clauses::LoadError::Invalid { problems, .. }) => problems.len(),
            _ => 0,
        },
    );
}
