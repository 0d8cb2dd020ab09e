//! ISO 8601 weeks and the local dates records are stamped with. A week runs Monday to Sunday and
//! belongs to the year its Thursday falls in, so 2026-12-31 may sit in 2027-W53's neighbour
//! and 2027-01-01 in 2026-W53. Pure calendar arithmetic; must never read a clock or convert a
//! stamp to another time zone (a lift belongs to the day the lifter lived it).

use std::fmt;

use jiff::Span;
use jiff::civil::Date;

/// One ISO week, held as its Monday so weeks order and step like dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Week(Date);

impl Week {
    /// The week `date` falls in.
    pub fn of(date: Date) -> Week {
        let back = i64::from(date.weekday().to_monday_zero_offset());
        Week(date.saturating_sub(Span::new().days(back)))
    }

    /// Its Monday.
    pub fn monday(self) -> Date {
        self.0
    }

    /// The week after.
    pub fn next(self) -> Week {
        Week(self.0.saturating_add(Span::new().days(7)))
    }

    /// The week before.
    pub fn previous(self) -> Week {
        Week(self.0.saturating_sub(Span::new().days(7)))
    }

    /// The ISO week-numbering year and week number (1 to 53).
    pub fn year_and_number(self) -> (i16, i8) {
        let iso = self.0.iso_week_date();
        (iso.year(), iso.week())
    }
}

/// `2026-W48`, as ISO 8601 writes a week.
impl fmt::Display for Week {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, number) = self.year_and_number();
        write!(f, "{year:04}-W{number:02}")
    }
}

/// The local calendar date an RFC 3339 stamp was written in ("2026-11-29T23:30:00-05:00" is
/// the 29th, wherever it is read). `None` when the stamp does not start with a real date.
pub fn local_date(stamp: &str) -> Option<Date> {
    let text = stamp.get(..10)?;
    let bytes = text.as_bytes();
    if bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<i16> {
        let digits = &bytes[range];
        digits
            .iter()
            .all(u8::is_ascii_digit)
            .then(|| digits.iter().fold(0i16, |n, d| n * 10 + i16::from(d - b'0')))
    };
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn weeks_cross_the_year_boundary_as_iso_says() {
        // 2026-12-31 is a Thursday: its week is 2026's 53rd, and 2027-01-03 (Sunday) is in it.
        assert_eq!(Week::of(date(2026, 12, 31)).to_string(), "2026-W53");
        assert_eq!(Week::of(date(2027, 1, 3)).to_string(), "2026-W53");
        assert_eq!(Week::of(date(2027, 1, 4)).to_string(), "2027-W01");
        // 2024-12-30 is a Monday whose Thursday is in 2025.
        assert_eq!(Week::of(date(2024, 12, 30)).to_string(), "2025-W01");
        assert_eq!(Week::of(date(2024, 12, 29)).to_string(), "2024-W52");
        assert_eq!(Week::of(date(2026, 11, 28)).next().to_string(), "2026-W49");
        assert_eq!(Week::of(date(2027, 1, 4)).previous(), Week::of(date(2026, 12, 28)));
    }

    #[test]
    fn a_stamp_keeps_the_date_it_was_written_in() {
        assert_eq!(local_date("2026-11-29T23:30:00-05:00"), Some(date(2026, 11, 29)));
        assert_eq!(local_date("2026-11-30T01:00:00+09:00"), Some(date(2026, 11, 30)));
        assert_eq!(local_date("2026-02-30T01:00:00Z"), None);
        assert_eq!(local_date("26-11-30"), None);
        assert_eq!(local_date("2026-1a-30T"), None);
        assert_eq!(local_date("2026-11-3é"), None);
    }
}
