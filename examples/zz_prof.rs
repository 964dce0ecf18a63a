use accord::document::markdown::Markdown;
use accord::model::clauses;
use accord::printouts::journal::Journal;
use accord::store::Store;
use std::time::Instant;
fn main() {
    let store = Store::at("/tmp/jd".into());
    let set = clauses::default_set();
    let order = store.in_order(&set.id);
    let sessions: Vec<_> = order
        .ids
        .iter()
        .take(3000)
        .map(|id| store.load(id).unwrap())
        .collect();
    let tz = jiff::tz::TimeZone::UTC;
    for _ in 0..12 {
        let t = Instant::now();
        let mut j = Journal::new(
            &set,
            &tz,
            false,
            &Markdown,
            std::io::Cursor::new(Vec::new()),
        );
        for s in &sessions {
            j.add(s).unwrap();
        }
        let out = j.finish(std::io::sink()).unwrap();
        let _ = out;
        println!("layout 3000 md {:?}", t.elapsed());
    }
}
