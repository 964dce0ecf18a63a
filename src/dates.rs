//! How dates read on screen and in exports: "24 Nov 2026 at 10:30" or
//! "24 de noviembre de 2026 a las 10:30", in the reader's language and time zone.

use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;

use crate::t;

fn local(at: Timestamp, tz: &TimeZone) -> DateTime {
    tz.to_datetime(at)
}

fn month(at: DateTime) -> String {
    t!("month-short", month = i32::from(at.month()))
}

/// A date and time, as people write them.
pub fn human(at: Timestamp, tz: &TimeZone) -> String {
    let at = local(at, tz);
    t!(
        "date-time",
        day = i32::from(at.day()),
        month = month(at),
        year = i32::from(at.year()),
        time = at.strftime("%H:%M").to_string(),
    )
}

/// A date alone.
pub fn day(at: Timestamp, tz: &TimeZone) -> String {
    let at = local(at, tz);
    t!(
        "date-day",
        day = i32::from(at.day()),
        month = month(at),
        year = i32::from(at.year()),
    )
}

/// A day and month, for "Last time (3 Nov)".
pub fn short_day(at: Timestamp, tz: &TimeZone) -> String {
    let at = local(at, tz);
    t!(
        "date-day-month",
        day = i32::from(at.day()),
        month = month(at)
    )
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

    #[test]
    fn dates_read_the_spanish_way_in_spanish() {
        crate::i18n::set_language(crate::i18n::Language::Spanish);
        let at: Timestamp = "2026-11-03T09:05:00Z".parse().expect("time");
        assert_eq!(
            human(at, &TimeZone::UTC),
            "3 de noviembre de 2026 a las 09:05"
        );
        assert_eq!(day(at, &TimeZone::UTC), "3 de noviembre de 2026");
        assert_eq!(short_day(at, &TimeZone::UTC), "3 de noviembre");
        let january: Timestamp = "2027-01-21T18:30:00Z".parse().expect("time");
        assert_eq!(short_day(january, &TimeZone::UTC), "21 de enero");
    }

    #[test]
    fn every_month_has_its_own_name() {
        let names: std::collections::BTreeSet<String> = (1..=12)
            .map(|m| {
                let at = jiff::civil::date(2026, m, 1).at(12, 0, 0, 0);
                month(at)
            })
            .collect();
        assert_eq!(names.len(), 12);
        assert!(names.contains("Jan") && names.contains("Dec"));
    }
}
