//! An idle walkthrough sleeps: nothing is written to the terminal (over SSH,
//! no packets) and nothing wakes it until a key, a resize or a signal.

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

#[test]
fn an_idle_walkthrough_writes_nothing_for_two_seconds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut tui = Tui::spawn(&dir.path().join("data"), &[], 100, 30);
    tui.wait_for("Press Enter to");
    tui.press_until(ENTER, "Clause 1 of 32");
    assert_eq!(bytes_written_over(&mut tui, Duration::from_secs(2)), 0);

    // In the editor too, once its draft is kept: no timer is left running.
    tui.press_until("n", "Your private note");
    tui.type_text("a thought");
    sleep(Duration::from_secs(1));
    assert_eq!(bytes_written_over(&mut tui, Duration::from_secs(2)), 0);

    // It still wakes for a key.
    tui.press_until(ESC, "Clause 1 of 32");
    tui.press(ESC);
    assert_eq!(tui.wait_exit().0, 0);
}
