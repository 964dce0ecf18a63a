//! An idle walkthrough sleeps: nothing is written to the terminal (over SSH,
//! no packets) and no thread wakes until a key, a resize or a signal.

mod support;

use std::thread::sleep;
use std::time::{Duration, Instant};

use support::keys::{ENTER, ESC};
use support::{Terminal, Tui};

/// Everything accord writes to the terminal over `span`.
fn bytes_written_over(tui: &mut Tui, span: Duration) -> usize {
    let mut buf = [0u8; 4096];
    let mut total = 0;
    let start = Instant::now();
    while start.elapsed() < span {
        while let Ok(n @ 1..) = tui.read_waiting(&mut buf) {
            total += n;
        }
        sleep(Duration::from_millis(20));
    }
    total
}

/// How many times accord's threads have gone to sleep and woken since they
/// started: a timer, however slow, adds to it; waiting for a key does not.
fn wake_ups(pid: i32) -> u64 {
    let tasks = std::fs::read_dir(format!("/proc/{pid}/task")).expect("tasks");
    tasks
        .filter_map(Result::ok)
        .filter_map(|task| std::fs::read_to_string(task.path().join("status")).ok())
        .flat_map(|status| {
            status
                .lines()
                .filter_map(|l| l.strip_prefix("voluntary_ctxt_switches:"))
                .filter_map(|n| n.trim().parse::<u64>().ok())
                .collect::<Vec<_>>()
        })
        .sum()
}

#[test]
fn an_idle_walkthrough_writes_nothing_for_two_seconds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::spawn(&dir.path().join("data"), &[], 100, 30);
    tui.wait_for("Press Enter to");
    tui.press_until(ENTER, "Clause 1 of 32");
    let woken = wake_ups(tui.pid());
    assert_eq!(bytes_written_over(&mut tui, Duration::from_secs(2)), 0);
    assert_eq!(
        wake_ups(tui.pid()),
        woken,
        "something woke accord while idle"
    );

    // In the editor too, once its draft is kept: no timer is left running.
    tui.press_until("n", "Your private note");
    tui.type_text("a thought");
    sleep(Duration::from_secs(1));
    let woken = wake_ups(tui.pid());
    assert_eq!(bytes_written_over(&mut tui, Duration::from_secs(2)), 0);
    assert_eq!(wake_ups(tui.pid()), woken, "a draft timer kept running");

    // It still wakes for a key.
    tui.press_until(ESC, "Clause 1 of 32");
    tui.leave();
    assert_eq!(tui.wait_exit().0, 0);
}
