//! Record times as instants, to merge journals written in different time zones: seconds since
//! the Unix epoch from the RFC 3339 stamps the records carry. A fast path reads the exact
//! shape liftpace writes (`2026-11-27T06:30:05+01:00`); anything else goes through jiff. Pure;
//! must never fail loudly: an unreadable stamp is `None` and the reader keeps the record.

/// Seconds since the epoch of an RFC 3339 stamp, or `None` when it is not one.
pub fn seconds(stamp: &str) -> Option<i64> {
    fast(stamp.as_bytes()).or_else(|| {
        let at: jiff::Timestamp = stamp.parse().ok()?;
        Some(at.as_second())
    })
}

/// `YYYY-MM-DDTHH:MM:SS±HH:MM` or `…Z`, with nothing else; `None` sends it to jiff.
fn fast(b: &[u8]) -> Option<i64> {
    let num = |range: std::ops::Range<usize>| -> Option<i64> {
        let mut n = 0i64;
        for &c in b.get(range)? {
            if !c.is_ascii_digit() {
                return None;
            }
            n = n * 10 + i64::from(c - b'0');
        }
        Some(n)
    };
    let punctuation = [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')];
    if punctuation.iter().any(|&(i, c)| b.get(i) != Some(&c)) {
        return None;
    }
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 {
        return None;
    }
    if second > 59 {
        return None;
    }
    let offset = match (b.get(19), b.len()) {
        (Some(b'Z'), 20) => 0,
        (Some(&sign @ (b'+' | b'-')), 25) if b[22] == b':' => {
            let minutes = num(20..22)? * 60 + num(23..25)?;
            if sign == b'-' { -minutes } else { minutes }
        }
        _ => return None,
    };
    let days = days_from_civil(year, month, day);
    Some(days * 86_400 + hour * 3600 + minute * 60 + second - offset * 60)
}

/// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_path_agrees_with_jiff() {
        for stamp in [
            "2026-11-27T06:30:05+01:00",
            "1970-01-01T00:00:00Z",
            "2000-02-29T23:59:59-05:30",
            "2026-03-01T00:00:00+14:00",
            "1969-12-31T23:59:59+00:00",
            "9999-12-30T00:00:00+00:00",
        ] {
            let jiff: jiff::Timestamp = stamp.parse().unwrap();
            assert_eq!(fast(stamp.as_bytes()), Some(jiff.as_second()), "{stamp}");
        }
    }

    #[test]
    fn other_forms_go_to_jiff_and_nonsense_is_none() {
        assert_eq!(seconds("2026-11-27T06:30:05.75+01:00"), seconds("2026-11-27T05:30:05Z"));
        assert_eq!(seconds("t"), None);
        assert_eq!(seconds("2026-13-27T06:30:05+01:00"), None);
        assert_eq!(seconds(""), None);
    }

    #[test]
    fn one_instant_in_two_zones_is_one_time() {
        assert_eq!(seconds("2026-11-27T18:02:00+01:00"), seconds("2026-11-27T12:02:00-05:00"));
    }
}
