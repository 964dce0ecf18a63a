//! How dates read on screen and in exports: "24 Nov 2026 at 10:30", in the reader's time zone.

use jiff::Timestamp;
use jiff::tz::TimeZone;

/// A date and time, as people write them.
pub fn human(at: Timestamp, tz: &TimeZone) -> String {
    at.to_zoned_datetime(tz.clone())
        .strftime("%-d %b %Y at %H:%M")
        .to_string()
}

/// A date alone.
pub fn day(at: Timestamp, tz: &TimeZone) -> String {
    at.to_zoned_datetime(tz.clone())
        .strftime("%-d %b %Y")
        .to_string()
}

/// A day and month, for "Last time (3 Nov)".
pub fn short_day(at: Timestamp, tz: &TimeZone) -> String {
    at.to_zoned_datetime(tz.clone())
        .strftime("%-d %b")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_naturally_in_the_given_zone() {
        let at: Timestamp = "2026-11-03T09:05:00Z".parse().expect("time");
        assert_eq!(human(at, &TimeZone::UTC), "3 Nov 2026 at 09:05");
        let plus_two = TimeZone::fixed(jiff::tz::offset(2));
        assert_eq!(human(at, &plus_two), "3 Nov 2026 at 11:05");
        assert_eq!(day(at, &TimeZone::UTC), "3 Nov 2026");
        assert_eq!(short_day(at, &TimeZone::UTC), "3 Nov");
    }
}
