//! Crash at any instant: the real binary is killed (SIGKILL) at random moments
//! while answers change, many times over. After every kill the session file
//! must parse and hold every change that was on screen, since accord draws a
//! change only after saving it.
//!
//! The kill times and keys come from a seed: a fixed one by default, so
//! every run of the suite does the same thing. `ACCORD_CRASH_SEED=random`
//! draws a new one from the clock, a number replays that one (the same kill
//! times and keys; how far each run gets before its kill still depends on
//! the machine), and `ACCORD_CRASH_RUNS` sets how many kills. A failure
//! prints the command that replays it; `cargo test --test crash --
//! --nocapture` prints the figures.

mod support;

use std::collections::BTreeMap;
use std::path::Path;
use std::thread;
use std::time::{Duration, SystemTime};

use accord::model::clauses;
use accord::model::session::{Session, Stance};
use support::keys::ENTER;
use support::{Terminal, Tui, session_files};

/// Clauses the test moves among; fewer than all, so the session never
/// finishes and every run resumes the same one.
const CLAUSES_USED: usize = 8;
/// How long a change may take to show before the process is taken for dead.
const PATIENCE: Duration = Duration::from_secs(5);
/// The seed of an ordinary run.
const FIXED_SEED: u64 = 0x5eed_ac0d;
/// How many kills an ordinary run survives.
const RUNS: usize = 30;
/// How many sessions are crashed side by side, each in a folder of its own:
/// the test spends most of its time waiting for kills, and lanes share the wait.
const LANES: usize = 3;

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

/// The seed asked for in `ACCORD_CRASH_SEED`: a number, `random`, or the fixed one.
fn seed() -> u64 {
    let seed = match std::env::var("ACCORD_CRASH_SEED").ok().as_deref() {
        None | Some("") => FIXED_SEED,
        Some("random") => SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(FIXED_SEED, |d| d.as_nanos() as u64),
        Some(number) => number
            .parse()
            .unwrap_or_else(|_| panic!("ACCORD_CRASH_SEED is {number:?}: use a number or random")),
    };
    // xorshift never leaves zero: never start there.
    seed.max(1)
}

/// Prints how to run this very test again, if it fails (a panic while the guard is held).
struct Replay {
    seed: u64,
    runs: usize,
}

impl Drop for Replay {
    fn drop(&mut self) {
        if thread::panicking() {
            eprintln!(
                "crash test failed with seed {seed}; to replay it:\n    \
                 ACCORD_CRASH_SEED={seed} ACCORD_CRASH_RUNS={runs} cargo test --test crash",
                seed = self.seed,
                runs = self.runs
            );
        }
    }
}

/// When each run is killed, from 100 ms to 1.3 s after it starts: one in each
/// of `runs` equal slices of that span, in shuffled order, so early and late
/// kills are all tried and the test takes as long whatever the seed.
///
/// Drawn before any key, so a seed replays the same kill times however fast
/// the machine types.
fn kill_times(rng: &mut Rng, runs: usize) -> Vec<Duration> {
    let (first, span) = (100, 1200);
    let runs = runs as u64;
    let slice = (span / runs.max(1)).max(1);
    let mut times: Vec<Duration> = (0..runs)
        .map(|i| Duration::from_millis(first + i * span / runs + rng.below(slice)))
        .collect();
    for i in (1..times.len()).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        times.swap(i, j);
    }
    times
}

fn label(stance: Option<Stance>) -> &'static str {
    match stance {
        Some(Stance::Agree) => "✓ agree",
        Some(Stance::Disagree) => "✗ not on board",
        Some(Stance::NotNow) => "- not now (passed)",
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

/// What a lane of runs saw.
#[derive(Debug, Default)]
struct Figures {
    kills: usize,
    /// Answer changes confirmed on screen before a kill.
    confirmed: usize,
    /// Changes saved in the instant before a kill, not yet drawn.
    in_flight: usize,
}

#[test]
fn killed_at_random_moments_nothing_is_torn_or_lost() {
    let runs: usize = std::env::var("ACCORD_CRASH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(RUNS);
    let seed = seed();
    println!("crash test: seed {seed}, {runs} runs in {LANES} lanes");
    let _replay = Replay { seed, runs };
    let mut rng = Rng(seed);
    let lanes: Vec<_> = (0..LANES)
        .map(|lane| {
            let lane_rng = Rng(rng.next());
            let lane_runs = runs / LANES + usize::from(lane < runs % LANES);
            thread::spawn(move || crash_lane(lane_rng, lane_runs))
        })
        .collect();
    let mut total = Figures::default();
    for lane in lanes {
        let figures = lane
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        total.kills += figures.kills;
        total.confirmed += figures.confirmed;
        total.in_flight += figures.in_flight;
    }
    let Figures {
        kills,
        confirmed,
        in_flight,
    } = total;
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

/// Starts, changes answers in and kills one session `runs` times, checking
/// its file after every kill.
fn crash_lane(mut rng: Rng, runs: usize) -> Figures {
    let kill_times = kill_times(&mut rng, runs);
    let set = clauses::default_set();
    let ids: Vec<String> = set.clauses.iter().map(|c| c.id.clone()).collect();
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");

    // What the screen has confirmed, clause by clause.
    let mut shown: BTreeMap<usize, Option<Stance>> = BTreeMap::new();
    let mut figures = Figures::default();
    for delay in kill_times {
        let mut tui = Tui::spawn(&data, &[], 100, 30);
        tui.wait_for("Press Enter to");
        tui.press_until(ENTER, "Clause ");
        let mut current = clause_on_screen(&mut tui);

        let pid = tui.pid();
        let killer = thread::spawn(move || {
            thread::sleep(delay);
            // SAFETY: kill only sends a signal to the child this test started.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        });

        // The one change sent but not yet seen: it may or may not have been saved.
        let mut pending: Option<(usize, Option<Stance>)> = None;
        while tui.running() {
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
                if tui.try_press_until(key, label(after), PATIENCE).is_err() {
                    break;
                }
                shown.insert(current, after);
                pending = None;
                figures.confirmed += 1;
            } else {
                let target = if current == 0 || (roll == 9 && current + 1 < CLAUSES_USED) {
                    current + 1
                } else {
                    current - 1
                };
                let key = if target > current { "l" } else { "h" };
                let heading = format!("Clause {} of", target + 1);
                if tui.try_press_until(key, &heading, PATIENCE).is_err() {
                    break;
                }
                current = target;
            }
        }
        killer.join().expect("killer thread");
        tui.wait_killed();
        figures.kills += 1;

        let session = the_session(&data);
        for (i, id) in ids.iter().enumerate() {
            let on_disk = session.stance(id);
            let expected = shown.get(&i).copied().flatten();
            match pending {
                Some((p, after)) if p == i && on_disk == after && on_disk != expected => {
                    // Saved, then killed before it was drawn: it counts from now on.
                    shown.insert(i, after);
                    figures.in_flight += 1;
                }
                _ => assert_eq!(
                    on_disk, expected,
                    "clause {id} lost a change that was on screen"
                ),
            }
        }
    }
    figures
}
