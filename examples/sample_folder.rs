//! Writes a data folder of N finished reflections, for timing the real
//! binary on a long history: `cargo run --release --example sample_folder -- DIR N`.

#[path = "../benches/support/folder.rs"]
mod folder;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(count)) = (args.next(), args.next()) else {
        eprintln!("usage: sample_folder DIR COUNT");
        std::process::exit(2);
    };
    let count: usize = count.parse().expect("COUNT is a number");
    folder::fill(dir.as_ref(), &accord::model::clauses::default_set(), count);
}
