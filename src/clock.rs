//! The system clock, read in one place so a wrong clock never crashes accord.

use std::time::{SystemTime, UNIX_EPOCH};

use jiff::{Timestamp, Unit};

/// The current time to the second (finer detail would only clutter the files).
pub fn now() -> Timestamp {
    of(SystemTime::now())
}

/// Whether the system clock is set to a date accord can write (the years 1 to 9999).
pub fn is_sane() -> bool {
    Timestamp::try_from(SystemTime::now()).is_ok()
}

/// A clock reading as a timestamp: one past the years a date can be written in
/// reads as the nearest moment that can, instead of panicking in the time library.
fn of(at: SystemTime) -> Timestamp {
    let stamp = Timestamp::try_from(at).unwrap_or(if at < UNIX_EPOCH {
        Timestamp::MIN
    } else {
        Timestamp::MAX
    });
    stamp.round(Unit::Second).unwrap_or(stamp)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_clock_past_the_year_9999_reads_as_the_last_moment_accord_can_write() {
        let far = UNIX_EPOCH + Duration::from_secs(400_000_000_000);
        assert_eq!(of(far).strftime("%Y").to_string(), "9999");
        let before = UNIX_EPOCH - Duration::from_secs(400_000_000_000);
        assert!(of(before) < Timestamp::UNIX_EPOCH);
        let ordinary = UNIX_EPOCH + Duration::from_millis(1_790_000_000_400);
        assert_eq!(of(ordinary).as_second(), 1_790_000_000);
    }
}
