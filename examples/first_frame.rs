//! Times a real first frame for the README's Speed table: starts a program in
//! a pseudo-terminal of 100 × 30 until its output holds the last word of its
//! first frame, and reads what memory it held by then (its peak, from /proc).
//!
//! `cargo run --release --example first_frame -- RUNS WORD PROGRAM [ARGS…]`,
//! for instance `30 quit target/release/accord --data-dir DIR` beside
//! `30 leave target/release/examples/minimal_ratatui`, in the same run.

use std::io::Read;
use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::session::OsSession;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [runs, word, program, rest @ ..] = args.as_slice() else {
        eprintln!("usage: first_frame RUNS WORD PROGRAM [ARGS…]");
        std::process::exit(2);
    };
    let runs: usize = runs.parse().expect("RUNS is a number");
    few_files();
    let mut times = Vec::new();
    let mut held = Vec::new();
    for _ in 0..runs {
        let mut cmd = Command::new(program);
        cmd.args(rest).env("TERM", "xterm-256color");
        let start = Instant::now();
        let mut session = OsSession::spawn(cmd).expect("spawn in a pty");
        session
            .get_process_mut()
            .set_window_size(100, 30)
            .expect("set the pty size");
        // Blocking reads, not expectrl's polling: the time is the program's, not a poll's.
        let mut seen = Vec::new();
        let mut buf = [0u8; 65536];
        while !seen.windows(word.len()).any(|w| w == word.as_bytes()) {
            let n = session.read(&mut buf).expect("the program's output");
            assert!(n > 0, "the program ended before its first frame");
            seen.extend_from_slice(&buf[..n]);
        }
        times.push(start.elapsed());
        let pid = session.get_process().pid().as_raw();
        held.push(peak_kib(pid));
        // A polite end (as a closed window), so the program leaves its folder as a reader would.
        // SAFETY: kill only sends a signal to our own child.
        unsafe { libc::kill(pid, libc::SIGTERM) };
        let mut rest = Vec::new();
        let _ = session.read_to_end(&mut rest);
        let _ = session.get_process().wait();
    }
    times.sort();
    held.sort_unstable();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{program}: first frame median {:.2} ms (best {:.2} ms); memory held at it, median {:.1} MiB; {runs} runs",
        ms(times[runs / 2]),
        ms(times[0]),
        held[runs / 2] as f64 / 1024.0,
    );
}

/// Lowers this process's limit on open files, which the programs inherit:
/// the pty library closes every possible descriptor before it starts a
/// program, and with a high limit that alone takes longer than a first frame.
fn few_files() {
    let limit = libc::rlimit {
        rlim_cur: 256,
        rlim_max: libc::RLIM_INFINITY,
    };
    let mut now = limit;
    // SAFETY: both calls only read or write the rlimit structs given.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut now) == 0 {
            let lower = libc::rlimit {
                rlim_cur: limit.rlim_cur.min(now.rlim_cur),
                rlim_max: now.rlim_max,
            };
            libc::setrlimit(libc::RLIMIT_NOFILE, &lower);
        }
    }
}

/// The most memory the process has held so far, in KiB (`VmHWM`).
fn peak_kib(pid: i32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
            line.split_whitespace().nth(1)?.parse().ok()
        })
        .unwrap_or(0)
}
