//! The system clock and time zone, read in one place so a wrong clock never
//! crashes accord.

use std::io::Read;
use std::time::{SystemTime, UNIX_EPOCH};

use jiff::tz::TimeZone;
use jiff::{Timestamp, Unit};

/// Where the system keeps its time zone (usually a link into the zone database).
const LOCALTIME: &str = "/etc/localtime";

/// Far more than any zone file; anything bigger is not one.
const MAX_ZONE_FILE: u64 = 1 << 20;

/// The current time to the second (finer detail would only clutter the files).
pub fn now() -> Timestamp {
    of(SystemTime::now())
}

/// Whether the system clock is set to a date accord can write (the years 1 to 9999).
pub fn is_sane() -> bool {
    Timestamp::try_from(SystemTime::now()).is_ok()
}

/// The reader's time zone, as `TimeZone::system()` finds it but without its
/// first walk over the whole zone database (0.75 ms, a fifth of a start):
/// with `TZ` unset, the zone file `/etc/localtime` is read directly, named by
/// where it links to. Anything unusual is left to the time library.
pub fn zone() -> TimeZone {
    local_zone().unwrap_or_else(TimeZone::system)
}

/// `/etc/localtime` as a named zone, when `TZ` leaves the choice to it.
fn local_zone() -> Option<TimeZone> {
    if std::env::var_os("TZ").is_some() {
        return None;
    }
    let target = std::fs::read_link(LOCALTIME).ok()?;
    let (_, name) = target.to_str()?.rsplit_once("zoneinfo/")?;
    // Only an ordinary file: opening a FIFO would wait for a writer.
    if !std::fs::metadata(LOCALTIME).ok()?.is_file() {
        return None;
    }
    let mut bytes = Vec::new();
    std::fs::File::open(LOCALTIME)
        .ok()?
        .take(MAX_ZONE_FILE)
        .read_to_end(&mut bytes)
        .ok()?;
    TimeZone::tzif(name, &bytes).ok()
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
    fn the_zone_is_the_one_the_time_library_finds() {
        let at = of(UNIX_EPOCH + Duration::from_secs(1_790_000_000));
        let (ours, theirs) = (zone(), TimeZone::system());
        assert_eq!(ours.to_offset(at), theirs.to_offset(at));
        assert_eq!(ours.iana_name(), theirs.iana_name());
    }

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
