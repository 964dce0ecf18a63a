//! Crash at any instant: the real binary is killed (SIGKILL) at random moments
//! while answers change, many times over. After every kill the session file
//! must parse and hold every change that was on screen, since accord draws a
//! change only after saving it.
//!
//! `cargo test --test crash -- --nocapture` prints the figures; set
//! `ACCORD_CRASH_RUNS` for a longer run and `ACCORD_CRASH_SEED` to replay one.

mod support;

use std::collections::BTreeMap;
use std::path::Path;
use std::thread;
use std::time::{Duration, SystemTime};

use accord::model::clauses;
use accord::model::session::{Session, Stance};
use support::keys::ENTER;
use support::{Tui, session_files};

/// Clauses the test moves among; fewer than all, so the session never
/// finishes and every run resumes the same one.
const CLAUSES_USED: usize = 8;
/// How long a change may take to show before the process is taken for dead.
const PATIENCE: Duration = Duration::from_secs(5);

/// A small deterministic generator, so a failing run can be replayed from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn label(stance: Option<Stance>) -> &'static str {
    match stance {
        Some(Stance::Agree) => "✓ agree",
        Some(Stance::Disagree) => "✗ not on board",
        None => "· not answered yet",
    }
}

fn the_session(data: &Path) -> Session {
    let files = session_files(data);
    assert_eq!(files.len(), 1, "one session, always resumed: {files:?}");
    let bytes = std::fs::read(&files[0]).expect("read");
    accord::store::decode_session(&bytes).expect("a session file is never torn")
}

fn clause_on_screen(tui: &mut Tui) -> usize {
    let screen = tui.screen();
    let at = screen.find("Clause ").expect("a clause is on screen") + "Clause ".len();
    let number: String = screen[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    number.parse::<usize>().expect("clause number") - 1
}

#[test]
fn killed_at_random_moments_nothing_is_torn_or_lost() {
    let runs: usize = std::env::var("ACCORD_CRASH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(30);
    let seed = std::env::var("ACCORD_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
                | 1
        });
    println!("crash test: seed {seed}, {runs} runs");
    let mut rng = Rng(seed);
    let set = clauses::default_set();
    let ids: Vec<String> = set.clauses.iter().map(|c| c.id.clone()).collect();
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");

    // What the screen has confirmed, clause by clause.
    let mut shown: BTreeMap<usize, Option<Stance>> = BTreeMap::new();
    let (mut kills, mut confirmed, mut in_flight) = (0, 0, 0);
    for _ in 0..runs {
        let mut tui = Tui::spawn(&data, &[], 100, 30);
        tui.wait_for("Press Enter to");
        tui.send(ENTER);
        tui.wait_for("Clause ");
        let mut current = clause_on_screen(&mut tui);

        let pid = tui.pid();
        let delay = Duration::from_millis(100 + rng.below(1200));
        let killer = thread::spawn(move || {
            thread::sleep(delay);
            // SAFETY: kill only sends a signal to the child this test started.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        });

        // The one change sent but not yet seen: it may or may not have been saved.
        let mut pending: Option<(usize, Option<Stance>)> = None;
        while tui.alive() {
            let roll = rng.below(10);
            if roll < 7 {
                let before = shown.get(&current).copied().flatten();
                let (key, stance) = if roll < 4 {
                    ("a", Stance::Agree)
                } else {
                    ("d", Stance::Disagree)
                };
                let after = (before != Some(stance)).then_some(stance);
                pending = Some((current, after));
                if !tui.send_now(key) || !tui.try_wait_for(label(after), PATIENCE) {
                    break;
                }
                shown.insert(current, after);
                pending = None;
                confirmed += 1;
            } else {
                let target = if current == 0 || (roll == 9 && current + 1 < CLAUSES_USED) {
                    current + 1
                } else {
                    current - 1
                };
                let key = if target > current { "l" } else { "h" };
                let heading = format!("Clause {} of", target + 1);
                if !tui.send_now(key) || !tui.try_wait_for(&heading, PATIENCE) {
                    break;
                }
                current = target;
            }
        }
        killer.join().expect("killer thread");
        tui.wait_killed();
        kills += 1;

        let session = the_session(&data);
        for (i, id) in ids.iter().enumerate() {
            let on_disk = session.stance(id);
            let expected = shown.get(&i).copied().flatten();
            match pending {
                Some((p, after)) if p == i && on_disk == after && on_disk != expected => {
                    // Saved, then killed before it was drawn: it counts from now on.
                    shown.insert(i, after);
                    in_flight += 1;
                }
                _ => assert_eq!(
                    on_disk, expected,
                    "clause {id} lost a change that was on screen (seed {seed})"
                ),
            }
        }
    }
    println!(
        "crash test: survived {kills} kills; {confirmed} answer changes confirmed on screen, \
         {in_flight} more saved in the instant before a kill; no file torn, no change lost"
    );
    assert_eq!(kills, runs);
    assert!(
        confirmed > runs,
        "too few changes to mean anything: {confirmed}"
    );
}
